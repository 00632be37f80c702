package org.jixiao.security;

import jakarta.servlet.http.HttpSession;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form (the POST is handled by Spring Security); says why the last attempt failed, e.g. a lockout. */
@Controller
class LoginPage {

    @Allow(Permission.PUBLIC)
    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        if (session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AuthenticationException e) {
            model.addAttribute("failure", e.getMessage());
        }
        return "security/login";
    }
}
