package org.jixiao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jixiao.publish.parse.ParsedDocument;
import org.jixiao.publish.parse.RenderedTables;
import org.jixiao.publish.parse.TextParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Documents parsed per second, one thread. {@code parse}: one seed at a time (5–30 KB each). {@code corpus}: every
 * document of the corpus (src/test/resources/corpus/docs, 21 real published texts of every layout class the reader
 * knows) in turn, so the rate covers the kinds of layout and not only the three seeds' — one operation is one
 * document. The corpus texts are excerpts of about 2 KB each (see shared/corpus/README), none in the 5–30 KB range.
 * {@code rendered}: real tables at the goal's sizes in every grid layout — the hand-checked seed and corpus tables
 * re-rendered by ReRenderedTablesTest's renderer ({@link RenderedTables}) in each separator style (pipe rows, one
 * cell per line, one cell per paragraph, space-separated rows), one document per style and kind of table: {@code
 * projects} is every table whose rows have no 部门职责 (the project, transfer and department self-evaluation tables of
 * the seeds and the corpus, 18) one after another, 15–17 KB; {@code department} the table with 部门职责 (Linyi's
 * 部门整体绩效目标表), 13–14 KB.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParserBenchmark {

    /** The number of corpus documents; {@link Corpus#load} fails when the directory holds another number. */
    static final int CORPUS_DOCUMENTS = 21;

    @State(Scope.Benchmark)
    public static class Seed {
        @Param({"suining-2021-transfer-self-evaluation", "dalian-2021-evaluation-report", "linyi-2022-department-targets"})
        public String seed;

        String text;

        @Setup
        public void load() throws IOException {
            try (InputStream in = ParserBenchmark.class.getResourceAsStream("/seeds/" + seed + ".txt")) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @State(Scope.Benchmark)
    public static class Corpus {
        String[] names, texts;

        @Setup
        public void load() throws IOException, URISyntaxException {
            Path dir = Path.of(ParserBenchmark.class.getResource("/corpus/docs").toURI());
            List<Path> docs;
            try (Stream<Path> s = Files.list(dir)) { docs = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList(); }
            if (docs.size() != CORPUS_DOCUMENTS) {
                throw new IllegalStateException("corpus has " + docs.size() + " documents, the benchmark counts " + CORPUS_DOCUMENTS);
            }
            names = new String[docs.size()];
            texts = new String[docs.size()];
            for (int i = 0; i < docs.size(); i++) {
                names[i] = docs.get(i).getFileName().toString();
                texts[i] = Files.readString(docs.get(i), StandardCharsets.UTF_8);
            }
        }
    }

    @State(Scope.Benchmark)
    public static class Rendered {
        @Param({"PIPES", "LINES", "PARAGRAPHS", "SPACES"})
        public String style;

        @Param({"projects", "department"})
        public String tables;

        String text;

        @Setup
        public void load() {
            text = text(tables, style);
            int kb = text.getBytes(StandardCharsets.UTF_8).length / 1024;
            if (kb < 5 || kb > 30) throw new IllegalStateException(tables + " " + style + " is " + kb + " KB, not 5–30 KB");
        }

        /** The document: the tables of that kind rendered in that style, one after another (a blank line between). */
        public static String text(String tables, String style) {
            return String.join("\n", RenderedTables.render("department".equals(tables), style));
        }
    }

    @Benchmark
    public ParsedDocument rendered(Rendered r) {
        return TextParser.parse(r.text, r.tables + "-" + r.style + ".txt");
    }

    @Benchmark
    public ParsedDocument parse(Seed s) {
        return TextParser.parse(s.text, s.seed);
    }

    @Benchmark
    @OperationsPerInvocation(CORPUS_DOCUMENTS)
    public void corpus(Corpus c, Blackhole bh) {
        for (int i = 0; i < c.texts.length; i++) bh.consume(TextParser.parse(c.texts[i], c.names[i]));
    }
}
