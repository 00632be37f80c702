package org.jixiao.orgs;

import org.jixiao.kernel.Scope;

/**
 * 机构 / 区划: a node of the administrative tree.
 *
 * @param code 行政区划代码 where known (e.g. 510900 遂宁市), or the unit's own code; may be null
 * @param path materialised path of ids, "/1/4/9/": the org and its descendants are the paths it prefixes
 */
public record Org(long id, Long parentId, String name, String code, Level level, String path) {

    /** The org's 本级及以下 scope. */
    public Scope scope() { return new Scope(id, path); }

    public boolean contains(Org other) { return other.path.startsWith(path); }
}
