package org.jixiao.kernel;

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

    /** Whether the org at this materialised path lies inside the scope. */
    public boolean contains(String orgPath) { return orgPath.startsWith(path); }
}
