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
 * 部门整体绩效目标表), 13–14 KB — a stress test: no real page prints 17 tables in 16 KB. {@code realSized}: every real
 * document of 5–30 KB besides the seeds (held-out and corpus), one at a time.
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

    /**
     * Every real document of 5–30 KB the project holds apart from the seeds, one at a time: the held-out and corpus
     * documents of that size — what a bureau's page of that size is: a report with its table (h132, h151, h161, h176, h189), a
     * page of two or three tables (h137, h154, h165, h178, h191), a report with its figures only in sentences (h139, h150, h168), an
     * allocation notice with its target table (h174). The setup fails when the folders hold a
     * document of that size the list does not name, so the list is every one.
     */
    @State(Scope.Benchmark)
    public static class RealSized {
        @Param({"h132_datong_wenwu_baohu_2023_eval_report_with_table_pipes",
                "h137_jinan_yuanlin_2023_project_selfeval_three_tables_pipes",
                "h139_xiangyang_yibao_jijinjianguan_2023_eval_report",
                "h150_ganzhou_yibao_xinxihua_2023_eval_report",
                "h151_zhanjiang_ganghang_hangdao_2023_project_selfeval_report_pipes_budget_after",
                "h154_qijiang_shuichan_2023_project_selfeval_three_tables_pipes",
                "h161_shijiazhuang_yibao_jingban_2023_project_selfeval_report_tabs_budget_after",
                "h165_jilin_dongyi_2023_project_selfeval_three_tables_pipes",
                "h168_henan_kaoshi_kaowu_2023_eval_report",
                "h174_wuhu_jiaotong_nongcungonglu_2024_regional_targets_tabs_notice",
                "h176_zhuzhou_yibao_canbaokuomian_2023_project_selfeval_report_spaces",
                "h178_luoyang_ziranziyuan_2023_project_selfeval_three_tables_pipes",
                "h189_quanzhou_taiban_duitaijiaoliu_2023_project_selfeval_report_pipes",
                "h191_yanbian_guangdian_2023_project_selfeval_pipes_two_tables",
                "h202_nantong_tushuguan_2023_project_selfeval_tabs_two_tables",
                "h206_jinan_renshe_zhongcai_2023_eval_report_prose",
                "h213_datong_wenwu_changcheng_2023_project_targets_and_selfeval_pipes",
                "h218_jingzhou_chengguan_lajiqingyun_2023_eval_report_prose",
                "h225_qianjiang_jiaotong_gonglu_keyun_2023_project_selfeval_two_tables_pipes",
                "h230_guangyuan_keji_tepaiyuan_2023_eval_report_small_table",
                "h231_linzhi_lincao_2023_dept_selfeval_pipes_long_goal",
                "h240_yushu_tiyu_changdi_2023_eval_report_small_table"})
        public String doc;

        /** The names above, to compare with the folders (read from the annotation: a list written twice drifts apart). */
        static final List<String> NAMED = named();

        private static List<String> named() {
            try {
                return List.of(RealSized.class.getField("doc").getAnnotation(Param.class).value());
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }

        String text;

        @Setup
        public void load() throws IOException, URISyntaxException {
            List<String> sized = new java.util.ArrayList<>();
            for (String dir : List.of("/heldout/docs", "/corpus/docs")) {
                try (Stream<Path> s = Files.list(Path.of(ParserBenchmark.class.getResource(dir).toURI()))) {
                    for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        long kb = Files.size(p) / 1024;
                        String name = p.getFileName().toString().replaceFirst("\\.txt$", "");
                        if (kb >= 5 && kb <= 30) sized.add(name);
                        if (name.equals(doc)) text = Files.readString(p, StandardCharsets.UTF_8);
                    }
                }
            }
            if (!sized.equals(NAMED)) throw new IllegalStateException("the real documents of 5–30 KB are " + sized + ", the benchmark names " + NAMED);
        }
    }

    @Benchmark
    public ParsedDocument realSized(RealSized r) {
        return TextParser.parse(r.text, r.doc + ".txt");
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
