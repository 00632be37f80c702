package org.jixiao.security;

import org.jixiao.kernel.Actor;
import org.jixiao.kernel.LayoutModel;
import org.jixiao.kernel.Permission;
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
class SignedInModel implements LayoutModel {

    @ModelAttribute
    void signedIn(Model model) { addTo(model); }

    @Override
    public void addTo(Model model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Actor actor = Actor.current();
        model.addAttribute("me", auth != null && auth.getPrincipal() instanceof SignedIn s ? s : null);
        model.addAttribute("mayAdministerOrgs", Permission.ORG_ADMIN.grantedTo(actor.role()));
        model.addAttribute("mayWrite", Permission.SCORECARD_WRITE.grantedTo(actor.role()));
        model.addAttribute("mayImport", Permission.IMPORT.grantedTo(actor.role()));
    }
}
