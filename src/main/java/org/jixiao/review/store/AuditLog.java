package org.jixiao.review.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.Change;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 操作日志: every change (to scorecards, and to orgs and accounts with no scorecard id) appended in the transaction that
 * makes it, never edited (the application's database role may only insert, and a trigger refuses updates and deletes
 * even from the superuser). Each entry's link is an HMAC, keyed with a secret kept outside the database
 * ({@link AuditKey}), over the previous link and the entry's canonical content: a row changed or removed behind the
 * application's back breaks the chain at that row, and nobody without the key can recompute the links after it. The
 * head is anchored outside the database ({@link AuditAnchors}), so a trail cut short is found too.
 */
@Repository
public class AuditLog {
    public static final String GENESIS = "0".repeat(64);
    /** Serialises appends so the chain has one order (pg_advisory_xact_lock key). */
    private static final long CHAIN_LOCK = 0x6A69786961L;
    private final JdbcClient jdbc;
    private final AuditKey key;
    private final AuditAnchors anchors;

    public AuditLog(JdbcClient jdbc, AuditKey key, AuditAnchors anchors) {
        this.jdbc = jdbc;
        this.key = key;
        this.anchors = anchors;
    }

    public record Event(long id, Instant at, String actor, String address, Long scorecardId, String action,
                        String field, String oldValue, String newValue, String prevHash, String hash) {}

    /** Result of checking the chain: how many entries were read and the first whose link is broken. */
    public record Verification(long checked, Long firstBrokenId, String reason, AuditAnchors.Anchor anchor) {
        public boolean ok() { return firstBrokenId == null && reason == null; }
    }

    /**
     * The chain's head: how many entries, the last one's id and link. Printed on exported documents and written as an
     * anchor at each day's close, so a later shortened or rebuilt trail no longer matches what was printed.
     */
    public record Head(long count, long lastId, String hash) {
        /** One line for a document's footer. */
        public String stamp() {
            return "操作日志 " + count + " 条，链头 " + hash.substring(0, 16) + " / audit trail: " + count + " entries, head "
                    + hash.substring(0, 16);
        }
    }

    public static final String CREATE = "CREATE", UPDATE = "UPDATE", DELETE = "DELETE", STATUS = "STATUS",
            COMMENT = "COMMENT", ADJUSTMENT_REQUESTED = "ADJUSTMENT_REQUESTED", ADJUSTMENT_APPROVED = "ADJUSTMENT_APPROVED",
            ADJUSTMENT_REJECTED = "ADJUSTMENT_REJECTED", ORG_CREATE = "ORG_CREATE", ORG_UPDATE = "ORG_UPDATE",
            USER_CREATE = "USER_CREATE";

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long scorecardId, String action, List<Change> changes) {
        for (Change c : changes) record(scorecardId, action, c.field(), c.oldValue(), c.newValue());
    }

    /** Appends one entry by the current actor; must run inside the transaction of the change it records. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Event record(Long scorecardId, String action, String field, String oldValue, String newValue) {
        Actor actor = Actor.current();
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:k)) l").param("k", CHAIN_LOCK).query(Integer.class).single();
        String prev = jdbc.sql("select hash from audit_event order by id desc limit 1").query(String.class).optional()
                .orElse(GENESIS);
        long id = jdbc.sql("select nextval('audit_event_seq')").query(Long.class).single();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps, so the hash recomputes
        Event draft = new Event(id, at, actor.name(), actor.address(), scorecardId, action, field, oldValue, newValue, prev, null);
        Event e = new Event(id, at, draft.actor(), draft.address(), scorecardId, action, field, oldValue, newValue, prev, hash(draft));
        jdbc.sql("""
                insert into audit_event (id, at, actor, address, scorecard_id, action, field, old_value, new_value, prev_hash, hash)
                values (:id, :at, :actor, :address, :sid, :action, :field, :old, :new, :prev, :hash)""")
                .param("id", id).param("at", at.atOffset(java.time.ZoneOffset.UTC)).param("actor", e.actor()).param("address", e.address())
                .param("sid", scorecardId).param("action", action).param("field", field).param("old", oldValue)
                .param("new", newValue).param("prev", prev).param("hash", e.hash()).update();
        return e;
    }

    public List<Event> forScorecard(long scorecardId) {
        return jdbc.sql("select * from audit_event where scorecard_id = :id order by id").param("id", scorecardId)
                .query(AuditLog::map).list();
    }

    public List<Event> forScorecard(long scorecardId, String action) {
        return jdbc.sql("select * from audit_event where scorecard_id = :id and action = :a order by id")
                .param("id", scorecardId).param("a", action).query(AuditLog::map).list();
    }

    /** The entries of one scorecard with any of these actions, oldest first. */
    public List<Event> forScorecard(long scorecardId, List<String> actions) {
        return jdbc.sql("select * from audit_event where scorecard_id = :id and action in (:a) order by id")
                .param("id", scorecardId).param("a", actions).query(AuditLog::map).list();
    }

    public Head head() {
        return jdbc.sql("""
                select (select count(*) from audit_event) as n, e.id, e.hash
                from (select 1) one left join (select id, hash from audit_event order by id desc limit 1) e on true""")
                .query((rs, i) -> new Head(rs.getLong("n"), rs.getLong("id"), rs.getString("hash") == null ? GENESIS
                        : rs.getString("hash"))).single();
    }

    /**
     * Writes an anchor of the current head (at each day's close, and `jixiao audit anchor`), but only over a chain
     * that verifies: anchoring a damaged trail would make its damage look like the official state.
     */
    public Verification anchor() {
        Verification v = verify();
        if (v.ok()) anchors.write(head());
        return v;
    }

    /**
     * Walks the whole chain in order and reports the first entry whose content or link does not match, then checks
     * the chain still reaches the last anchor (same entry, same link, at the same position).
     */
    public Verification verify() {
        AuditAnchors.Anchor anchor;
        try {
            anchor = anchors.last().orElse(null);
        } catch (IllegalStateException e) {
            return new Verification(0, null, e.getMessage(), null);
        }
        long[] checked = {0};
        String[] expectedPrev = {GENESIS};
        Long[] broken = {null};
        String[] reason = {null};
        jdbc.sql("select * from audit_event order by id").query(rs -> {
            if (broken[0] != null) return;
            Event e = map(rs, 0);
            checked[0]++;
            if (!e.prevHash().equals(expectedPrev[0])) {
                broken[0] = e.id();
                reason[0] = "上一条记录的哈希不符（之前的记录被删除或修改） / previous hash does not match (an earlier entry was removed or changed)";
            } else if (!hash(e).equals(e.hash())) {
                broken[0] = e.id();
                reason[0] = "记录内容与其哈希不符（该记录被修改） / content does not match its hash (this entry was changed)";
            } else if (anchor != null && checked[0] == anchor.count() && (e.id() != anchor.lastId() || !e.hash().equals(anchor.head()))) {
                broken[0] = e.id();
                reason[0] = "与 " + anchor.at() + " 的锚点不符（第 " + anchor.count() + " 条应为记录 " + anchor.lastId()
                        + "，日志被重建） / does not match the anchor of " + anchor.at() + " (entry number " + anchor.count()
                        + " should be " + anchor.lastId() + " with the anchored link: the trail was rebuilt)";
            }
            expectedPrev[0] = e.hash();
        });
        if (broken[0] == null && anchor != null && checked[0] < anchor.count()) {
            broken[0] = anchor.lastId();
            reason[0] = "该记录不见了：" + anchor.at() + " 的锚点记载了 " + anchor.count() + " 条，现只有 " + checked[0]
                    + " 条（日志末尾被截断） / this entry is missing: the anchor of " + anchor.at() + " records " + anchor.count()
                    + " entries, only " + checked[0] + " are left (the trail was truncated)";
        }
        return new Verification(checked[0], broken[0], reason[0], anchor);
    }

    /** HMAC-SHA256 (keyed, see {@link AuditKey}) over the previous link and the entry's fields, each length-prefixed so no two rows collide. */
    String hash(Event e) {
        StringBuilder canonical = new StringBuilder(e.prevHash());
        for (Object v : new Object[] {e.id(), e.at(), e.actor(), e.address(), e.scorecardId(), e.action(), e.field(),
                e.oldValue(), e.newValue()}) {
            String s = v == null ? null : v.toString();
            canonical.append('|').append(s == null ? "-" : s.length() + ":" + s);
        }
        return key.mac(canonical.toString());
    }

    private static Event map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Event(rs.getLong("id"), rs.getObject("at", java.time.OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("address"), (Long) rs.getObject("scorecard_id"), rs.getString("action"),
                rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
