package org.jixiao.kernel;

import java.util.EnumSet;
import java.util.Set;

/** What an endpoint requires. The roles holding each permission are listed here and nowhere else. */
public enum Permission {
    /** Anyone, signed in or not (public pages, published scorecards, error pages). */
    PUBLIC(EnumSet.allOf(Role.class)),
    /** Any signed-in user (their own account, the org tree they can see). */
    SIGNED_IN(EnumSet.allOf(Role.class)),
    SCORECARD_READ(EnumSet.allOf(Role.class)),
    SCORECARD_WRITE(EnumSet.of(Role.FILLER, Role.ADMIN)),
    SCORECARD_SUBMIT(EnumSet.of(Role.FILLER, Role.ADMIN)),
    SCORECARD_REVIEW(EnumSet.of(Role.REVIEWER, Role.ADMIN)),
    SCORECARD_PUBLISH(EnumSet.of(Role.REVIEWER, Role.ADMIN)),
    SCORECARD_COMMENT(EnumSet.of(Role.FINANCE, Role.REVIEWER, Role.ADMIN)),
    ADJUSTMENT_REQUEST(EnumSet.of(Role.FILLER, Role.ADMIN)),
    IMPORT(EnumSet.of(Role.FILLER, Role.ADMIN)),
    ORG_ADMIN(EnumSet.of(Role.ADMIN)),
    USER_ADMIN(EnumSet.of(Role.ADMIN));

    private final Set<Role> roles;

    Permission(Set<Role> roles) { this.roles = roles; }

    public Set<Role> roles() { return roles; }

    public boolean grantedTo(Role role) { return roles.contains(role); }
}
