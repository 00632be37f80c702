package org.jixiao.orgs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.Scope;
import org.jixiao.kernel.TextChecks;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The org tree in PostgreSQL. Reads are limited to the caller's scope; an org outside it does not exist. */
@Repository
public class Orgs {
    /** The longest official org name is about 40 characters. */
    static final int MAX_NAME = 100;
    private static final String COLUMNS = "id, parent_id, name, code, level, path";
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public Orgs(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The orgs the caller may see, parents before children. */
    public List<Org> visible() {
        return jdbc.sql("select " + COLUMNS + " from org where path like :scope order by path")
                .param("scope", Actor.current().scope().likePattern()).query(Orgs::map).list();
    }

    public Optional<Org> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from org where id = :id and path like :scope")
                .param("id", id).param("scope", Actor.current().scope().likePattern()).query(Orgs::map).optional();
    }

    public Org require(long id) { return find(id).orElseThrow(() -> new OrgNotFoundException(id)); }

    /** The org of this name inside the scope, the highest one first when names repeat. */
    public Optional<Org> byName(String name, Scope scope) {
        if (name == null || name.isBlank()) return Optional.empty();
        return jdbc.sql("select " + COLUMNS + " from org where name = :name and path like :scope order by length(path), id limit 1")
                .param("name", name.trim()).param("scope", scope.likePattern()).query(Orgs::map).optional();
    }

    /** Unscoped: for loading a signed-in user's own org. */
    public Optional<Org> byIdUnscoped(long id) {
        return jdbc.sql("select " + COLUMNS + " from org where id = :id").param("id", id).query(Orgs::map).optional();
    }

    public Org root() {
        return jdbc.sql("select " + COLUMNS + " from org where parent_id is null").query(Orgs::map).single();
    }

    @Transactional
    public Org create(long parentId, String name, String code, Level level) {
        Org parent = require(parentId);
        List<Violation> v = new ArrayList<>();
        if (name == null || name.isBlank()) v.add(new Violation("name", "机构名称不能为空", "name is required"));
        else if (TextChecks.nameProblem("name", name, MAX_NAME) != null) v.add(TextChecks.nameProblem("name", name, MAX_NAME));
        if (level == null) v.add(new Violation("level", "级别无效，应为 省/市/县/单位", "level must be PROVINCE, CITY, COUNTY or UNIT"));
        else if (!parent.level().mayContain(level)) {
            v.add(new Violation("level", parent.level().label() + "「" + parent.name() + "」下不能建" + level.label(),
                    "a " + level + " cannot be placed under the " + parent.level() + " " + parent.name()));
        }
        if (!v.isEmpty()) throw new ValidationException(v);
        checkUnique(parentId, name.trim(), code, null);
        long id = jdbc.sql("insert into org (parent_id, name, code, level) values (:p, :n, :c, :l) returning id")
                .param("p", parentId).param("n", name.trim()).param("c", code).param("l", level.name())
                .query(Long.class).single();
        jdbc.sql("update org set path = :path where id = :id").param("path", parent.path() + id + "/").param("id", id).update();
        events.publishEvent(new OrgEvent.Created(id,
                level.label() + " " + name.trim() + (code == null ? "" : " " + code) + "（上级 " + parent.name() + "）"));
        return byIdUnscoped(id).orElseThrow();
    }

    /** Renames or recodes an org; its place in the tree does not change (scopes and history depend on it). */
    @Transactional
    public Org update(long id, String name, String code) {
        Org org = require(id);
        if (name == null || name.isBlank()) {
            throw new ValidationException(List.of(new Violation("name", "机构名称不能为空", "name is required")));
        }
        if (TextChecks.nameProblem("name", name, MAX_NAME) != null) {
            throw new ValidationException(List.of(TextChecks.nameProblem("name", name, MAX_NAME)));
        }
        checkUnique(org.parentId(), name.trim(), code, id);
        jdbc.sql("update org set name = :n, code = :c where id = :id").param("n", name.trim()).param("c", code)
                .param("id", id).update();
        if (!org.name().equals(name.trim())) events.publishEvent(new OrgEvent.Changed(id, "name", org.name(), name.trim()));
        if (!java.util.Objects.equals(org.code(), code)) events.publishEvent(new OrgEvent.Changed(id, "code", org.code(), code));
        return byIdUnscoped(id).orElseThrow();
    }

    public String exportCsv() { return OrgCsv.format(visible(), tree()); }

    /** Every org by id, unscoped: only for naming ancestors (full parent paths in CSV). */
    private Map<Long, Org> tree() {
        Map<Long, Org> byId = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from org").query(Orgs::map).list().forEach(o -> byId.put(o.id(), o));
        return byId;
    }

    /** What an import did. */
    public record ImportResult(int created, int updated, int unchanged) {}

    /**
     * Adds the CSV's orgs under the caller's scope: rows matched by parent path and name update the code,
     * others are created. All rows are checked before anything is written.
     */
    @Transactional
    public ImportResult importCsv(String csv) {
        List<OrgCsv.Row> rows = OrgCsv.parse(csv);
        Map<String, Org> byPath = new HashMap<>();
        List<Org> visible = visible();
        Map<Long, Org> byId = tree();
        for (Org o : visible) {
            String p = OrgCsv.namePath(byId, o.parentId());
            byPath.put(p.isEmpty() ? o.name() : p + "/" + o.name(), o);
        }
        List<Violation> problems = new ArrayList<>();
        java.util.Set<String> known = new java.util.HashSet<>(byPath.keySet());
        for (OrgCsv.Row r : rows) {
            String at = "line " + r.line();
            if (r.name().isEmpty()) problems.add(new Violation(at, "第" + r.line() + "行：名称为空", "line " + r.line() + ": name is empty"));
            if (Level.parse(r.level()) == null) problems.add(new Violation(at, "第" + r.line() + "行：级别「" + r.level() + "」无效",
                    "line " + r.line() + ": unknown level " + r.level()));
            if (!byPath.containsKey(r.path()) && !known.contains(r.parent())) {
                problems.add(new Violation(at, "第" + r.line() + "行：上级「" + r.parent() + "」不存在或不在您的范围内",
                        "line " + r.line() + ": parent " + r.parent() + " not found in your scope"));
            }
            known.add(r.path());
        }
        if (!problems.isEmpty()) throw new ValidationException(problems);
        int created = 0, updated = 0, unchanged = 0;
        for (OrgCsv.Row r : rows) {
            Org existing = byPath.get(r.path());
            if (existing == null) {
                byPath.put(r.path(), create(byPath.get(r.parent()).id(), r.name(), r.code(), Level.parse(r.level())));
                created++;
            } else if (r.code() != null && !r.code().equals(existing.code())) {
                byPath.put(r.path(), update(existing.id(), existing.name(), r.code()));
                updated++;
            } else {
                unchanged++;
            }
        }
        return new ImportResult(created, updated, unchanged);
    }

    private void checkUnique(Long parentId, String name, String code, Long self) {
        boolean nameTaken = jdbc.sql("select count(*) from org where coalesce(parent_id, 0) = :p and name = :n and id <> :self")
                .param("p", parentId == null ? 0 : parentId).param("n", name).param("self", self == null ? -1 : self)
                .query(Long.class).single() > 0;
        boolean codeTaken = code != null && jdbc.sql("select count(*) from org where code = :c and id <> :self")
                .param("c", code).param("self", self == null ? -1 : self).query(Long.class).single() > 0;
        List<Violation> v = new ArrayList<>();
        if (nameTaken) v.add(new Violation("name", "同一上级下已有机构「" + name + "」", "an org named " + name + " already exists there"));
        if (codeTaken) v.add(new Violation("code", "代码 " + code + " 已被使用", "code " + code + " is already used"));
        if (!v.isEmpty()) throw new ValidationException(v);
    }

    private static Org map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Org(rs.getLong("id"), (Long) rs.getObject("parent_id"), rs.getString("name"), rs.getString("code"),
                Level.valueOf(rs.getString("level")), rs.getString("path"));
    }
}
