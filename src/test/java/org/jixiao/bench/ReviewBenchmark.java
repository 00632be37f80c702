package org.jixiao.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jixiao.kernel.Change;
import org.jixiao.review.ReviewState;
import org.jixiao.scorecard.Changes;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.Status;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Seeds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The pure work added to every save and submission: the field-level diff for the audit trail (Suining, 12 rows,
 * one actual changed) and the submission check (a full self-evaluation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReviewBenchmark {
    private Scorecard before;
    private Scorecard after;
    private Scorecard ready;

    @Setup
    public void load() {
        before = ScorecardJson.readTables(Seeds.expectedJson(Seeds.SUINING)).get(0);
        List<Indicator> rows = new ArrayList<>(before.indicators());
        rows.set(2, rows.get(2).withActual("30分钟"));
        after = before.withIndicators(rows);
        ready = Fixtures.submittable(Seeds.SUINING);
    }

    @Benchmark
    public List<Change> diffForTheAuditTrail() { return Changes.between(before, after); }

    @Benchmark
    public ReviewState submitWithChecks() { return new ReviewState(Status.DRAFT, ready).submit(); }
}
