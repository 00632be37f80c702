package org.jixiao.security;

import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form (the POST is handled by Spring Security). A failure says the same for every reason, a lockout included. */
@Controller
class LoginPage {

    @Allow(Permission.PUBLIC)
    @GetMapping("/login")
    String login() {
        // no session is read or made here: a failed sign-in shows one message whatever the reason (?error)
        return "security/login";
    }
}
