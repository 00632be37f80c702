package org.jixiao.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jixiao.measure.SeedValues;
import org.jixiao.measure.Value;
import org.jixiao.measure.ValueGrammar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Parses per second over the mix of every seed target and actual (93 cells, narratives included). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValueGrammarBenchmark {

    private static final int MIX_SIZE = 93;

    private String[] mix;

    @Setup
    public void load() {
        List<String> values = SeedValues.all();
        if (values.size() != MIX_SIZE) throw new IllegalStateException("seed mix changed: " + values.size());
        mix = values.toArray(String[]::new);
    }

    @Benchmark
    @OperationsPerInvocation(MIX_SIZE)
    public void parseSeedMix(Blackhole sink) {
        for (String raw : mix) {
            Value v = ValueGrammar.parse(raw);
            sink.consume(v);
        }
    }
}
