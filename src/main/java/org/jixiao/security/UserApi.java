package org.jixiao.security;

import java.util.List;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.jixiao.kernel.Role;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account, and the accounts administrators manage (within their own scope). */
@RestController
class UserApi {
    private final Users users;
    private final Orgs orgs;

    UserApi(Users users, Orgs orgs) {
        this.users = users;
        this.orgs = orgs;
    }

    record UserView(String username, String displayName, Role role, String roleLabel, long orgId, String orgName,
                    boolean locked) {}

    record NewUser(String username, String password, Role role, Long orgId, String displayName) {}

    @Allow(Permission.SIGNED_IN)
    @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    UserView me() {
        return view(users.byUsername(Actor.current().name()).orElseThrow());
    }

    @Allow(Permission.USER_ADMIN)
    @GetMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
    List<UserView> list() {
        return users.visible().stream().map(this::view).toList();
    }

    @Allow(Permission.USER_ADMIN)
    @PostMapping(path = "/api/v1/users", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@RequestBody NewUser u) {
        return view(users.create(u.username(), u.password(), u.role(),
                u.orgId() == null ? Actor.current().orgId() : u.orgId(), u.displayName()));
    }

    private UserView view(Users.Account a) {
        String org = orgs.byIdUnscoped(a.orgId()).map(Org::name).orElse(null);
        return new UserView(a.username(), a.displayName(), a.role(), a.role().label(), a.orgId(), org,
                a.lockedAt(java.time.Instant.now()));
    }
}
