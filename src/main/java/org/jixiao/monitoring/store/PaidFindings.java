package org.jixiao.monitoring.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.evaluation.OutsideFindings;
import org.jixiao.monitoring.PaidCheck;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scoring.Finding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Money as paid (issue 12) in the regular self-evaluation: where a scorecard's reported 全年执行数 is above the cash
 * paid in its latest monitoring round (its own, or the round of the approved target table it was made from), the
 * stored evaluation carries a finding with both figures and the execution rate on each basis (Dalian: reported
 * 100.00 %, paid 28.93 %). The same rule as {@link Monitoring#paidCheck}, read for many scorecards at once.
 */
@Component
class PaidFindings implements OutsideFindings {
    private final JdbcClient jdbc;

    PaidFindings(JdbcClient jdbc) { this.jdbc = jdbc; }

    private record Paid(BigDecimal paid, int month) {}

    @Override
    public Set<Finding.Code> codes() { return EnumSet.of(Finding.Code.EXECUTION_ABOVE_PAID); }

    @Override
    public Map<Long, List<Finding>> of(Collection<StoredScorecard> scorecards) {
        Map<Long, List<Finding>> out = new HashMap<>();
        List<Long> ids = scorecards.stream().filter(st -> st.scorecard().budget().executed() != null)
                .map(StoredScorecard::id).toList();
        if (ids.isEmpty()) return out;
        Map<Long, Paid> paid = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 5000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 5000));
            // the scorecard's own latest round, else the latest round of the target table it was made from
            jdbc.sql("""
                    select distinct on (e.scorecard_id) e.scorecard_id, r.paid, r.month from self_evaluation_of e
                    join monitoring_round r on r.scorecard_id = e.target_id where e.scorecard_id in (:ids)
                    order by e.scorecard_id, r.month desc, r.id desc""").param("ids", chunk)
                    .query(rs -> { paid.put(rs.getLong(1), new Paid(rs.getBigDecimal(2), rs.getInt(3))); });
            jdbc.sql("""
                    select distinct on (r.scorecard_id) r.scorecard_id, r.paid, r.month from monitoring_round r
                    where r.scorecard_id in (:ids) order by r.scorecard_id, r.month desc, r.id desc""").param("ids", chunk)
                    .query(rs -> { paid.put(rs.getLong(1), new Paid(rs.getBigDecimal(2), rs.getInt(3))); });
        }
        for (StoredScorecard st : scorecards) {
            Paid p = paid.get(st.id());
            if (p == null) continue;
            PaidCheck check = PaidCheck.of(st.scorecard().budget(), p.paid(), p.month());
            if (check != null) {
                out.put(st.id(), List.of(new Finding(Finding.Code.EXECUTION_ABOVE_PAID, check.zh(), check.en(), null)));
            }
        }
        return out;
    }

    @Override
    public List<Long> concerned(long scorecardId, String action) {
        if (!Monitoring.AUDIT_ACTION.equals(action)) return List.of();
        List<Long> ids = new ArrayList<>();
        ids.add(scorecardId);
        ids.addAll(jdbc.sql("select scorecard_id from self_evaluation_of where target_id = :t").param("t", scorecardId)
                .query(Long.class).list());
        return ids;
    }
}
