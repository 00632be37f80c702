package org.jixiao.security;

import java.time.Instant;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.jixiao.kernel.ValidationException;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two small pages: the administrator's list of accounts (with the lock and its release), and everyone's own API
 * tokens (create: shown once on the page that answers the form, never stored readable; revoke).
 */
@Controller
class AccountPages implements org.jixiao.kernel.HtmlPages {
    private final Users users;
    private final ApiTokens tokens;
    private final Orgs orgs;

    AccountPages(Users users, ApiTokens tokens, Orgs orgs) {
        this.users = users;
        this.tokens = tokens;
        this.orgs = orgs;
    }

    /** One account as the page shows it. */
    record Row(String username, String displayName, String role, String org, boolean locked) {}

    @Allow(Permission.USER_ADMIN)
    @GetMapping("/users")
    String users(Model model) {
        Instant now = Instant.now();
        model.addAttribute("accounts", users.visible().stream().map(a -> new Row(a.username(), a.displayName(),
                a.role().name(), orgs.byIdUnscoped(a.orgId()).map(Org::name).orElse(""), a.lockedAt(now))).toList());
        return "security/users";
    }

    @Allow(Permission.USER_ADMIN)
    @PostMapping("/users/{username}/unlock")
    String unlock(@PathVariable String username) {
        users.unlock(username);
        return "redirect:/users?unlocked";
    }

    @Allow(Permission.SIGNED_IN)
    @GetMapping("/tokens")
    String tokens(Model model) {
        model.addAttribute("tokens", tokens.mine());
        return "security/tokens";
    }

    @Allow(Permission.SIGNED_IN)
    @PostMapping("/tokens")
    String createToken(@RequestParam(required = false) String name, Model model) {
        try {
            // answered directly, not by a redirect: the token must not travel through the (stored) session
            model.addAttribute("created", tokens.create(name));
        } catch (ValidationException e) {
            model.addAttribute("problems", e.violations());
        }
        return tokens(model);
    }

    @Allow(Permission.SIGNED_IN)
    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id) {
        tokens.revoke(id);
        return "redirect:/tokens";
    }
}
