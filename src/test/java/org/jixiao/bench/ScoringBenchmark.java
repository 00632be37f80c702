package org.jixiao.bench;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scoring.RuleBook;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.ScoringRules;
import org.jixiao.scoring.SelfEvaluation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Self-evaluations per second of the Suining (12 rows) and Dalian (20 rows) seed scorecards, grammar included. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringBenchmark {
    private Scorecard suining;
    private Scorecard dalian;
    private ScoringRules rules;

    @Setup
    public void load() throws Exception {
        suining = seed("suining-2021-transfer-self-evaluation");
        dalian = seed("dalian-2021-evaluation-report");
        rules = RuleBook.standard().forRegionAndYear(null, 2021);
    }

    @Benchmark
    public SelfEvaluation suining() { return Scorer.evaluate(suining, rules); }

    @Benchmark
    public SelfEvaluation dalian() { return Scorer.evaluate(dalian, rules); }

    @Benchmark
    public SelfEvaluation suiningWithRuleLookup() { return Scorer.evaluate(suining); }

    private static Scorecard seed(String name) throws Exception {
        try (InputStream in = ScoringBenchmark.class.getResourceAsStream("/seeds/expected/" + name + ".json")) {
            JsonNode t = JsonMapper.builder().build().readTree(in).get("tables").get(0);
            JsonNode b = t.get("budget");
            Budget budget = new Budget("万元", null, b.get("planned").decimalValue(), b.get("executed").decimalValue(),
                    null, List.of());
            List<Indicator> rows = new ArrayList<>();
            for (JsonNode i : t.get("indicators")) {
                rows.add(Indicator.of(i.get("level1").asString(), i.get("level2").asString(), i.get("name").asString(),
                        i.get("target").asString(), i.get("actual").asString()));
            }
            return new Scorecard("transfer-self-evaluation", null, t.get("year").intValue(), null, null, null, null,
                    budget, null, rows);
        }
    }

}
