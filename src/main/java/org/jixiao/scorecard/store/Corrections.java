package org.jixiao.scorecard.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jixiao.kernel.RefusedException;
import org.jixiao.scorecard.ScorecardEvent;
import org.jixiao.scorecard.Status;
import org.jixiao.scorecard.StoredScorecard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of published scorecards (issue 15): what the public has seen is never changed; a correction is a new
 * scorecard — a new version, linked to the one it corrects by {@code corrects_id} — that is edited, reviewed and
 * published again like any other. Both stay; the public list shows the latest published version, each public page
 * its versions. One correction per version, and only of the latest one (the versions form a line).
 */
@Repository
public class Corrections {
    /** Audit action of a correction's creation (on the new version). */
    public static final String CORRECTION = "CORRECTION";
    private final JdbcClient jdbc;
    private final Scorecards scorecards;
    private final ApplicationEventPublisher events;

    Corrections(JdbcClient jdbc, Scorecards scorecards, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.scorecards = scorecards;
        this.events = events;
    }

    /** One version of a scorecard: its id, its number (1 the first published), status and last change (its publication, once published). */
    public record Version(long id, int number, Status status, Instant at) {}

    /**
     * Starts the correction of a PUBLISHED scorecard in the caller's scope: a new DRAFT of the same org with the same
     * content, to be edited and sent through review. The published one is not touched.
     * @throws RefusedException when the scorecard is not published or already has a correction (409)
     */
    @Transactional
    public StoredScorecard start(long publishedId) {
        StoredScorecard st = scorecards.require(publishedId);
        // one at a time per version: concurrent starts wait here, then see the first one's correction
        jdbc.sql("select id from scorecard where id = :id for update").param("id", publishedId).query(Long.class).single();
        if (st.status() != Status.PUBLISHED) {
            throw new RefusedException("只有已公开的表才能新建更正版本；「" + st.status().label() + "」的表请直接修改或提交调整申请",
                    "only a published scorecard is corrected by a new version; this one is " + st.status()
                            + " (edit it, or request an adjustment)");
        }
        Optional<Long> open = correctionOf(publishedId);
        if (open.isPresent()) {
            throw new RefusedException("这张表已有更正版本（表 " + open.get() + "），请在该版本上修改",
                    "this scorecard already has a correction (scorecard " + open.get() + "); edit that version");
        }
        StoredScorecard copy = scorecards.create(st.scorecard(), st.orgId(), null, null);
        jdbc.sql("update scorecard set corrects_id = :p where id = :c").param("p", publishedId).param("c", copy.id()).update();
        events.publishEvent(new ScorecardEvent.Noted(copy.id(), CORRECTION, "correctsId", String.valueOf(publishedId),
                String.valueOf(copy.id())));
        return copy;
    }

    /** The correction started from this version, if any (in any status). */
    public Optional<Long> correctionOf(long id) {
        return jdbc.sql("select id from scorecard where corrects_id = :id").param("id", id).query(Long.class).optional();
    }

    /** The version this one corrects, if it is a correction. */
    public Optional<Long> corrects(long id) {
        return jdbc.sql("select corrects_id from scorecard where id = :id and corrects_id is not null")
                .param("id", id).query(Long.class).optional();
    }

    /**
     * The PUBLISHED versions of the scorecard this id belongs to, first to latest, for anyone (the public pages):
     * scope does not apply, status does. Empty when the id is not a published scorecard.
     */
    public List<Version> publishedVersions(long id) {
        boolean published = jdbc.sql("select count(*) from scorecard where id = :id and status = 'PUBLISHED'")
                .param("id", id).query(Long.class).single() > 0;
        if (!published) return List.of();
        return jdbc.sql("""
                with recursive up(id, corrects_id) as (
                    select id, corrects_id from scorecard where id = :id
                    union all select s.id, s.corrects_id from scorecard s join up on s.id = up.corrects_id),
                  line(id, n) as (
                    select id, 1 from up where corrects_id is null
                    union all select s.id, line.n + 1 from scorecard s join line on s.corrects_id = line.id)
                select s.id, line.n, s.status, s.updated_at from line join scorecard s on s.id = line.id
                where s.status = 'PUBLISHED' order by line.n""")
                .param("id", id)
                .query((rs, n) -> new Version(rs.getLong(1), rs.getInt(2), Status.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}
