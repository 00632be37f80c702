package org.jixiao.seeds;

import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.support.Seeds;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;

/** The expected parse of the seed tables (src/test/resources/seeds/expected) as scorecards: real rows for tests. */
public final class SeedScorecards {
    public static final String SUINING = Seeds.SUINING;
    public static final String DALIAN = Seeds.DALIAN;
    public static final String LINYI = Seeds.LINYI;

    private SeedScorecards() {}

    public static Scorecard suining() { return first(SUINING); }
    public static Scorecard dalian() { return first(DALIAN); }
    public static Scorecard linyi() { return first(LINYI); }

    /** The first table of a seed's expected parse result, read as every door reads scorecard JSON. */
    public static Scorecard first(String seed) {
        return ScorecardJson.readTables(Seeds.expectedJson(seed)).get(0);
    }

    /** A copy of a seed scorecard as another fund-using unit with its own money (one source line) and changed rows (null drops a row). */
    public static Scorecard asUnit(Scorecard seed, String unit, String planned, String executed,
                                   UnaryOperator<Indicator> change) {
        BigDecimal a = new BigDecimal(planned), b = new BigDecimal(executed);
        String source = seed.budget().sources().isEmpty() ? "中央补助" : seed.budget().sources().getFirst().name();
        Budget budget = new Budget("万元", null, a, b, null, List.of(new FundSource(source, a, b, null)));
        return new Scorecard(seed.form(), seed.title(), seed.year(), seed.project(), unit, seed.competentDepartment(),
                seed.region(), budget, seed.overallGoal(), seed.indicators().stream().map(change).filter(java.util.Objects::nonNull).toList());
    }
}
