package org.jixiao.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in user ({@code me}, null when anonymous) and what their role may do. One method for
 * all four: each {@code @ModelAttribute} method is a reflective call on every request.
 */
@ControllerAdvice
class SignedInModel {

    @ModelAttribute
    void signedIn(Model model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Actor actor = Actor.current();
        model.addAttribute("me", auth != null && auth.getPrincipal() instanceof SignedIn s ? s : null);
        model.addAttribute("mayAdministerOrgs", actor.has(Permission.ORG_ADMIN));
        model.addAttribute("mayWrite", actor.has(Permission.SCORECARD_WRITE));
        model.addAttribute("mayImport", actor.has(Permission.IMPORT));
    }
}
