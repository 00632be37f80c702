package org.jixiao.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jixiao.rollup.FundWeight;
import org.jixiao.rollup.RegionalRollup;
import org.jixiao.rollup.Rollup;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.seeds.SeedScorecards;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Roll-up of N copies of the Suining table (12 rows) with seeded random actuals and money. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RollupBench {
    @Param({"30", "300", "3000"})
    int units;

    List<Scorecard> cards;
    Scorecard targets;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        targets = SeedScorecards.suining();
        cards = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            int a = 50 + random.nextInt(400);
            int b = a * (50 + random.nextInt(50)) / 100;
            cards.add(SeedScorecards.asUnit(targets, "单位" + i, Integer.toString(a), Integer.toString(b), row -> switch (row.name()) {
                case "开展全域医保政策宣传活动次数" -> row.withActual(random.nextInt(12) + "次");
                case "跨省异地就医直接结算率" -> row.withActual(random.nextInt(100) + "." + random.nextInt(100) + "%");
                default -> row;
            }));
        }
    }

    @Benchmark
    public RegionalRollup aggregate() {
        return Rollup.aggregate(cards, targets, FundWeight.ALLOCATED);
    }
}
