package org.jixiao.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user ({@code me}, null when anonymous) and what their role may do. */
@ControllerAdvice
class SignedInModel {

    @ModelAttribute("me")
    SignedIn me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedIn s ? s : null;
    }

    @ModelAttribute("mayAdministerOrgs")
    boolean mayAdministerOrgs() { return Actor.current().has(Permission.ORG_ADMIN); }

    @ModelAttribute("mayWrite")
    boolean mayWrite() { return Actor.current().has(Permission.SCORECARD_WRITE); }

    @ModelAttribute("mayImport")
    boolean mayImport() { return Actor.current().has(Permission.IMPORT); }
}
