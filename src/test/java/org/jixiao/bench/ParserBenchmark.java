package org.jixiao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.jixiao.publish.parse.ParsedDocument;
import org.jixiao.publish.parse.TextParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Documents parsed per second, one seed at a time (5–30 KB each). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParserBenchmark {

    @Param({"suining-2021-transfer-self-evaluation", "dalian-2021-evaluation-report", "linyi-2022-department-targets"})
    public String seed;

    private String text;

    @Setup
    public void load() throws IOException {
        try (InputStream in = ParserBenchmark.class.getResourceAsStream("/seeds/" + seed + ".txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public ParsedDocument parse() {
        return TextParser.parse(text, seed);
    }
}
