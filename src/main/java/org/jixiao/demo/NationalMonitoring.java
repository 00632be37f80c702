package org.jixiao.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jixiao.monitoring.Assessment;
import org.jixiao.monitoring.MonitoringRules;
import org.jixiao.monitoring.RoundInput;
import org.jixiao.monitoring.store.MonitoringRounds;
import org.jixiao.orgs.Orgs;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 1–7月 monitoring round of every unit table of the national demo: the tables are approved (only approved tables
 * are monitored) and each gets money paid (seeded: 20–90 % of the time schedule's share) and a progress figure per
 * indicator, with the lights worked out as for any round. For the roll-up benchmark and the demo's monitoring page.
 */
@Component
public class NationalMonitoring {
    private final Scorecards scorecards;
    private final MonitoringRounds rounds;
    private final Orgs orgs;
    private final JdbcClient jdbc;

    public NationalMonitoring(Scorecards scorecards, MonitoringRounds rounds, Orgs orgs, JdbcClient jdbc) {
        this.scorecards = scorecards;
        this.rounds = rounds;
        this.orgs = orgs;
        this.jdbc = jdbc;
    }

    /** @return the number of rounds recorded */
    @Transactional
    public int generate(long seed) {
        Random random = new Random(seed);
        List<StoredScorecard> units = scorecards.unitsOfRegion(orgs.root(), NationalDemo.YEAR, NationalDemo.PROJECT);
        jdbc.sql("update scorecard set status = 'APPROVED' where year = :y and project = :p and status in ('DRAFT', 'SUBMITTED')")
                .param("y", NationalDemo.YEAR).param("p", NationalDemo.PROJECT).update();
        MonitoringRules rules = MonitoringRules.standard();
        List<Long> ids = new ArrayList<>(units.size());
        List<Assessment.Result> results = new ArrayList<>(units.size());
        for (StoredScorecard st : units) {
            BigDecimal planned = st.scorecard().budget().planned();
            double share = 7 / 12.0 * (0.2 + 0.7 * random.nextDouble());
            BigDecimal paid = planned == null ? BigDecimal.ZERO : planned.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
            List<RoundInput.Entry> entries = new ArrayList<>();
            for (int i = 0; i < st.scorecard().indicators().size(); i++) {
                // the year's actual reported as July's progress: cumulative rows run ahead of the schedule, rates do not
                String actual = st.scorecard().indicators().get(i).actual();
                entries.add(new RoundInput.Entry(i, actual, null, "确定能", "演示数据", "演示数据"));
            }
            ids.add(st.id());
            results.add(Assessment.of(st.scorecard(), new RoundInput(7, paid, null, "演示数据", entries), rules));
        }
        rounds.insertAll(ids, results, "system:demo");
        return ids.size();
    }
}
