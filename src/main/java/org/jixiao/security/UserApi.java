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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account and its API tokens, and the accounts administrators manage (within their own scope). */
@RestController
class UserApi {
    private final Users users;
    private final Orgs orgs;
    private final ApiTokens tokens;

    UserApi(Users users, Orgs orgs, ApiTokens tokens) {
        this.users = users;
        this.orgs = orgs;
        this.tokens = tokens;
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

    @Allow(Permission.USER_ADMIN)
    @PostMapping(path = "/api/v1/users/{username}/unlock", produces = MediaType.APPLICATION_JSON_VALUE)
    UserView unlock(@PathVariable String username) {
        return view(users.unlock(username));
    }

    record TokenView(long id, String name, java.time.Instant createdAt, java.time.Instant revokedAt, boolean active) {
        static TokenView of(ApiTokens.Token t) { return new TokenView(t.id(), t.name(), t.createdAt(), t.revokedAt(), t.active()); }
    }

    /** @param token the token itself: this answer is the only place it is ever shown */
    record NewToken(long id, String name, java.time.Instant createdAt, String token) {}

    record TokenRequest(String name) {}

    @Allow(Permission.SIGNED_IN)
    @GetMapping(path = "/api/v1/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TokenView> tokens() {
        return tokens.mine().stream().map(TokenView::of).toList();
    }

    @Allow(Permission.SIGNED_IN)
    @PostMapping(path = "/api/v1/tokens", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    NewToken createToken(@RequestBody TokenRequest request) {
        ApiTokens.Created c = tokens.create(request == null ? null : request.name());
        return new NewToken(c.token().id(), c.token().name(), c.token().createdAt(), c.secret());
    }

    @Allow(Permission.SIGNED_IN)
    @DeleteMapping(path = "/api/v1/tokens/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    TokenView revokeToken(@PathVariable long id) {
        return TokenView.of(tokens.revoke(id));
    }

    private UserView view(Users.Account a) {
        String org = orgs.byIdUnscoped(a.orgId()).map(Org::name).orElse(null);
        return new UserView(a.username(), a.displayName(), a.role(), a.role().label(), a.orgId(), org,
                a.lockedAt(java.time.Instant.now()));
    }
}
