package org.jixiao.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The expected parse of the seed tables (src/test/resources/seeds/expected) as scorecards: real rows for tests. */
public final class SeedScorecards {
    public static final String SUINING = "suining-2021-transfer-self-evaluation";
    public static final String DALIAN = "dalian-2021-evaluation-report";
    public static final String LINYI = "linyi-2022-department-targets";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private SeedScorecards() {}

    public static Scorecard suining() { return first(SUINING); }
    public static Scorecard dalian() { return first(DALIAN); }
    public static Scorecard linyi() { return first(LINYI); }

    public static Scorecard first(String seed) {
        String path = "/seeds/expected/" + seed + ".json";
        try (InputStream in = SeedScorecards.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing seed " + path);
            JsonNode table = JSON.readTree(in).get("tables").get(0);
            return JSON.treeToValue(table, Scorecard.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
