package org.jixiao.kernel;

/** The four roles of issue 6; each user has one role and one org, and acts within the org's scope. */
public enum Role {
    /** 填报人: fills their unit's scorecards. */
    FILLER("填报人"),
    /** 审核人: reviews an org and its subtree. */
    REVIEWER("审核人"),
    /** 财政: reads everything in its scope and comments. */
    FINANCE("财政"),
    /** 管理员: users, orgs, scoring rules (and, at the root org, everything else). */
    ADMIN("管理员");

    private final String label;

    Role(String label) { this.label = label; }

    public String label() { return label; }
}
