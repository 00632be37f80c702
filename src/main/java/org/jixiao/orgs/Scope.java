package org.jixiao.orgs;

/**
 * 本级及以下: an org and all its descendants, as the prefix of their materialised paths. Every read and write of
 * org-owned rows filters with {@link #likePattern()}; {@link #EVERYTHING} is for the operator's own tools
 * (CLI, start-up jobs), which hold the database anyway.
 */
public record Scope(Long orgId, String path) {
    public static final Scope EVERYTHING = new Scope(null, "/");
    /** Anonymous callers: no org-owned row is visible. */
    public static final Scope NOTHING = new Scope(null, "#");

    /** For SQL {@code path like :scope}; paths hold only digits and slashes, so no escaping is needed. */
    public String likePattern() { return path + "%"; }

    public boolean contains(Org org) { return org.path().startsWith(path); }
}
