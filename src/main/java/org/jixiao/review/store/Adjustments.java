package org.jixiao.review.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 指标调整 requests: an approved target changes only through one of these, with a reason, decided by a reviewer.
 * {@code initialTarget} is the target as first approved (年初指标值), kept however many adjustments follow.
 * Callers check the scorecard's scope first (through Scorecards), so rows here are reached only via a visible scorecard.
 */
@Repository
public class Adjustments {
    private final JdbcClient jdbc;

    public Adjustments(JdbcClient jdbc) { this.jdbc = jdbc; }

    public record Adjustment(long id, long scorecardId, int position, String indicatorName, String initialTarget,
                             String newTarget, String reason, String status, String requestedBy, Instant requestedAt,
                             String decidedBy, Instant decidedAt) {}

    public static class AdjustmentNotFoundException extends NotFoundException {
        public AdjustmentNotFoundException(long id) {
            super("调整申请 " + id + " 不存在", "adjustment " + id + " not found");
        }
    }

    public List<Adjustment> of(long scorecardId) {
        return jdbc.sql("select * from target_adjustment where scorecard_id = :id order by id").param("id", scorecardId)
                .query(Adjustments::map).list();
    }

    public Optional<Adjustment> find(long scorecardId, long id) {
        return jdbc.sql("select * from target_adjustment where scorecard_id = :sid and id = :id")
                .param("sid", scorecardId).param("id", id).query(Adjustments::map).optional();
    }

    /** The target as first approved: before any approved adjustment of this row. */
    public String initialTarget(long scorecardId, int position, String currentTarget) {
        return jdbc.sql("""
                select initial_target from target_adjustment where scorecard_id = :sid and position = :pos
                  and status = 'APPROVED' order by id limit 1""").param("sid", scorecardId).param("pos", position)
                .query(String.class).optional().orElse(currentTarget);
    }

    public Adjustment request(long scorecardId, int position, String indicatorName, String initialTarget,
                              String newTarget, String reason) {
        long id = jdbc.sql("""
                insert into target_adjustment (scorecard_id, position, indicator_name, initial_target, new_target, reason, requested_by)
                values (:sid, :pos, :name, :initial, :target, :reason, :by) returning id""")
                .param("sid", scorecardId).param("pos", position).param("name", indicatorName)
                .param("initial", initialTarget).param("target", newTarget).param("reason", reason)
                .param("by", Actor.current().name()).query(Long.class).single();
        return find(scorecardId, id).orElseThrow();
    }

    /** Marks a PENDING request decided; false when it was decided already. */
    public boolean decide(long id, String status) {
        return jdbc.sql("""
                update target_adjustment set status = :st, decided_by = :by, decided_at = now()
                where id = :id and status = 'PENDING'""")
                .param("st", status).param("by", Actor.current().name()).param("id", id).update() > 0;
    }

    private static Adjustment map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        java.sql.Timestamp decided = rs.getTimestamp("decided_at");
        return new Adjustment(rs.getLong("id"), rs.getLong("scorecard_id"), rs.getInt("position"),
                rs.getString("indicator_name"), rs.getString("initial_target"), rs.getString("new_target"),
                rs.getString("reason"), rs.getString("status"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant());
    }
}
