package org.jixiao.targets.store;

import java.util.List;
import java.util.Optional;
import org.jixiao.kernel.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which scorecards are target tables made here, and which self-evaluation belongs to which approved target table.
 * Callers reach rows only through a scorecard they found in scope (Scorecards), so no scope is applied here.
 */
@Repository
public class TargetTables {
    private final JdbcClient jdbc;

    public TargetTables(JdbcClient jdbc) { this.jdbc = jdbc; }

    public void recordPlan(long scorecardId, Long copiedFrom) {
        jdbc.sql("insert into target_plan (scorecard_id, copied_from, created_by) values (:id, :from, :by)")
                .param("id", scorecardId).param("from", copiedFrom).param("by", Actor.current().name()).update();
    }

    public boolean isPlan(long scorecardId) {
        return jdbc.sql("select count(*) from target_plan where scorecard_id = :id").param("id", scorecardId)
                .query(Long.class).single() > 0;
    }

    public void link(long selfEvaluationId, long targetId) {
        jdbc.sql("insert into self_evaluation_of (scorecard_id, target_id) values (:s, :t)")
                .param("s", selfEvaluationId).param("t", targetId).update();
    }

    /** The self-evaluation made from this target table. */
    public Optional<Long> selfEvaluationOf(long targetId) {
        return jdbc.sql("select scorecard_id from self_evaluation_of where target_id = :t").param("t", targetId)
                .query(Long.class).optional();
    }

    /** The approved target table a self-evaluation is scored against. */
    public Optional<Long> targetOf(long selfEvaluationId) {
        return jdbc.sql("select target_id from self_evaluation_of where scorecard_id = :s").param("s", selfEvaluationId)
                .query(Long.class).optional();
    }

    /** A line of the target tables list. */
    public record Line(long id, Integer year, String project, String unit, String status) {}

    /** The target tables (made here, or of a *-targets form) in the caller's scope, newest year first. */
    public List<Line> list(int limit) {
        return jdbc.sql("""
                select s.id, s.year, s.project, s.unit, s.status from scorecard s join org o on o.id = s.org_id
                where (s.form like '%-targets' or exists (select 1 from target_plan p where p.scorecard_id = s.id))
                  and o.path like :scope order by s.year desc nulls last, s.id desc limit :limit""")
                .param("scope", Actor.current().scope().likePattern()).param("limit", limit)
                .query((rs, n) -> new Line(rs.getLong(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** Approved (or published) scorecards in the caller's scope: what is monitored. */
    public List<Line> approved(int limit) {
        return jdbc.sql("""
                select s.id, s.year, s.project, s.unit, s.status from scorecard s join org o on o.id = s.org_id
                where s.status in ('APPROVED', 'PUBLISHED') and o.path like :scope
                  and not exists (select 1 from self_evaluation_of e where e.scorecard_id = s.id)
                order by s.year desc nulls last, s.id desc limit :limit""")
                .param("scope", Actor.current().scope().likePattern()).param("limit", limit)
                .query((rs, n) -> new Line(rs.getLong(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }
}
