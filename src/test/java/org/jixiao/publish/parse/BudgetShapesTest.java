package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10's budget on blocks whose <em>shape</em> is new (the seventh and eighth blind batches: h79, h95, h98): every
 * budget of the seeds', corpus' and held-out expectations printed in each shape {@link BudgetShape} finds — the total
 * row with no label (first, last, or the only row), the total's label letter-spaced and printed last under its sources
 * (合    计), the sources' labels letter-spaced (其 中：财 政 拨 款), column word：figure cells with no row label (one per
 * row, or all in one row) — in every separator style ({@link ReRenderedTablesTest.Style}), inside the table's other
 * lines, and read back field by field ({@link EveryBudgetPrintingTest#diff}). Spacing, 年初 printed or not, the 分值 and
 * 得分 columns, 其中 before each source or the first: drawn from a seeded java.util.Random per table, shape and style.
 *
 * <p>Read right at main de71fd4 (before BudgetShape): {@value #BEFORE} of the printings (the spaced sources under a total
 * named 资金总额 only); with BudgetShape: 3466 of 3535 (0.980); with
 * the twelfth batch and 市级财政资金 a source word: 5526 of 5565 (0.993); a source named by its ending (中央衔接资金) 5546
 * (0.997). What stays wrong is in {@link #KNOWN}, by document.
 */
class BudgetShapesTest {

    static final long SEED = 20261207L;
    static final String BEFORE = "90 of 3535";

    /** The share read right: only ever raised. */
    static final double FLOOR = 0.995;

    enum Shape { TOTAL_UNLABELLED_FIRST, TOTAL_UNLABELLED_LAST, TOTAL_UNLABELLED_ONLY, TOTAL_SPACED_LAST, SOURCES_SPACED, WORD_FIGURE_ROWS, WORD_FIGURE_ONE_ROW }

    /** "document#table" → why a printing of it may still read wrong (a class of what stays unread). The aim is an empty map. */
    static final Map<String, String> KNOWN = new TreeMap<>();
    static {
        // source names in traditional script with their pinyin, letter-spaced (其 中：財(cái)政 撥 款): the closing-up of a
        // scan's letter-spacing joins single Han characters only, and a pinyin annotation stands between them
        String spacedPinyin = "a source in traditional script with its pinyin printed letter-spaced (財(cái)政 撥 款, 地方資(zī) 金): "
                + "not closed up, so not read";
        for (String doc : List.of("001_xuanzhou_yibao_shangcan_project_targets#0",
                "h05_langxi_jiaoyu_zizhu_2023_project_selfeval_pinyin_spaces#0",
                "h26_nanling_minzheng_yanglao_2023_transfer_selfeval_pinyin_pipes_trailing#0",
                "h40_youxian_keji_chuangxin_2024_project_targets_pinyin_pipes_cut#0")) KNOWN.put(doc, spacedPinyin);
        // (a source named by no source word but by its ending — 中央衔接资金 h70, an OCR's 财政投款 008 — reads where the
        // total is printed last since BudgetReader.sourceByEnding: SourceNamesTest; h53's traditional 地方資金 read before)
    }

    record Printing(String key, String text, Budget want) {}

    @Test
    void everyBudgetPrintedInEveryShapeReadsBack() throws IOException {
        int right = 0, all = 0;
        Map<String, int[]> byClass = new TreeMap<>();
        List<String> unknown = new ArrayList<>(), examples = new ArrayList<>();
        for (Map.Entry<String, JsonNode> t : tables().entrySet()) {
            for (Shape shape : Shape.values()) {
                for (ReRenderedTablesTest.Style style : ReRenderedTablesTest.Style.values()) {
                    String key = t.getKey() + "/" + shape + "/" + style;
                    Printing p = print(key, t.getValue(), shape, style, new Random(SEED ^ key.hashCode()));
                    NeverInventTest.assertNothingInvented(p.key(), p.text());
                    ParsedDocument doc = TextParser.parse(p.text(), p.key() + ".txt");
                    Budget got = doc.tables().isEmpty() ? null : doc.tables().get(0).budget();
                    String diff = EveryBudgetPrintingTest.diff(p.want(), got);
                    String cls = shape + " " + style;
                    int[] n = byClass.computeIfAbsent(cls, k -> new int[2]);
                    n[0]++;
                    all++;
                    if (diff == null) { right++; continue; }
                    n[1]++;
                    if (!KNOWN.containsKey(t.getKey())) unknown.add(p.key() + ": " + diff);
                    examples.add(p.key() + ": " + diff + "\n" + p.text());
                }
            }
        }
        double share = (double) right / all;
        StringBuilder table = new StringBuilder();
        byClass.forEach((c, n) -> table.append(String.format("%-36s %4d of %4d wrong%n", c, n[1], n[0])));
        System.out.printf("budget shapes read right: %d of %d (%.3f)%n%s", right, all, share, table);
        Files.writeString(Path.of("target", "budget-shapes-missed.txt"), String.join("\n--- ", examples));
        assertThat(unknown).as("shapes read wrong with no KNOWN class (%d of %d right):%n%s", right, all,
                String.join("\n", unknown.subList(0, Math.min(40, unknown.size())))).isEmpty();
        assertThat(share).as("share of budget shapes read right (%d of %d)", right, all).isGreaterThanOrEqualTo(FLOOR);
    }

    /** h79: the block's only row of figures has no label; it is the total, and the reading is said with its line. */
    @Test
    void aTotalTakenByItsPlaceIsSaid() throws IOException {
        ParsedDocument doc = TextParser.parse(SignatureLinesTest.heldOut("h79"), "h79.txt");
        Budget b = doc.tables().get(0).budget();
        assertThat(b.planned()).isEqualByComparingTo("356.2");
        assertThat(b.executed()).isEqualByComparingTo("341.9");
        assertThat(b.ratePercent()).isEqualByComparingTo("95.99");
        assertThat(doc.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(9);
            assertThat(w.message()).contains("按位置").contains("by its place");
        });
    }

    /**
     * h98 with its 合    计 label and its sources' labels blanked: the rows are all unlabelled; the one whose amount is
     * the others' sum (620 = 420 + 150 + 50) is the total, said so, and the others, nameless, are said unread.
     */
    @Test
    void aTotalTakenByTheSumIsSaidAndTheNamelessRowsAreNotRead() throws IOException {
        String text = SignatureLinesTest.heldOut("h98");
        for (String label : List.of("合    计", "中央补助", "省级资金", "县级配套")) text = text.replace(label, "\u00a0");
        ParsedDocument doc = TextParser.parse(text, "h98.txt");
        Budget b = doc.tables().get(0).budget();
        assertThat(b.planned()).isEqualByComparingTo("620");
        assertThat(b.executed()).isEqualByComparingTo("603.9");
        assertThat(b.ratePercent()).isEqualByComparingTo("97.40");
        assertThat(b.sources()).isEmpty();
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("各分项之和").contains("sum"));
        assertThat(doc.warnings()).filteredOn(w -> w.message().contains("未读入: ")).extracting(ParseWarning::line).containsExactly(10, 11, 12);
    }

    /** Every table with indicator rows and a planned amount (as EveryBudgetPrintingTest takes them), by "document#index". */
    static Map<String, JsonNode> tables() throws IOException {
        Map<String, JsonNode> out = new TreeMap<>();
        Map<String, Integer> seen = new TreeMap<>();
        for (ReRenderedTablesTest.Source s : ReRenderedTablesTest.sources("seeds/expected", "corpus/expected", "heldout/expected")) {
            int index = seen.merge(s.name(), 1, Integer::sum) - 1; // the table's place among the document's tables with rows
            if (ReRenderedTablesTest.number(s.table().path("budget").get("planned")) == null) continue;
            out.put(s.name().replaceFirst("\\.json$", "") + "#" + index, s.table());
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(90);
        return out;
    }

    /** The table with its budget block printed in {@code shape}, and the budget a reader should read from it. */
    static Printing print(String key, JsonNode table, Shape shape, ReRenderedTablesTest.Style style, Random r) {
        JsonNode b = table.path("budget");
        BigDecimal initial = ReRenderedTablesTest.number(b.get("initial")), planned = ReRenderedTablesTest.number(b.get("planned")),
                executed = ReRenderedTablesTest.number(b.get("executed")), rate = ReRenderedTablesTest.number(b.get("ratePercent"));
        boolean printsInitial = initial != null && r.nextBoolean();
        boolean printsRate = rate != null && executed != null;
        boolean scored = executed != null && r.nextInt(3) == 0;
        List<String> words = new ArrayList<>();
        List<String> total = new ArrayList<>();
        if (printsInitial) { words.add("年初预算数"); total.add(plain(initial)); }
        words.add("全年预算数");
        total.add(plain(planned));
        if (executed != null) { words.add("全年执行数"); total.add(plain(executed)); }
        if (printsRate) { words.add("执行率"); total.add(plain(rate) + "%"); }
        if (scored) {
            words.add("分值");
            total.add("10");
            words.add("得分");
            total.add(rate == null ? "" : plain(rate.min(BigDecimal.valueOf(100)).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP)));
        }
        String blockLabel = "项目资金（万元）";
        boolean printsSources = shape != Shape.TOTAL_UNLABELLED_ONLY && shape != Shape.WORD_FIGURE_ROWS && shape != Shape.WORD_FIGURE_ONE_ROW;
        boolean ofWhichEach = r.nextBoolean();
        List<List<String>> sourceRows = new ArrayList<>();
        List<FundSource> wantSources = new ArrayList<>();
        List<String> spaced = new ArrayList<>(); // labels to print letter-spaced
        int n = 0;
        for (JsonNode s : printsSources ? b.path("sources") : CorpusScoreTest.MAPPER.createArrayNode()) {
            String name = CorpusScoreTest.text(s.get("name"));
            BigDecimal sp = ReRenderedTablesTest.number(s.get("planned")), se = ReRenderedTablesTest.number(s.get("executed")),
                    sr = ReRenderedTablesTest.number(s.get("ratePercent"));
            boolean ofWhich = shape != Shape.TOTAL_SPACED_LAST && shape != Shape.TOTAL_UNLABELLED_LAST && (n++ == 0 || ofWhichEach);
            String label = (ofWhich ? "其中：" : "") + name;
            if (shape == Shape.SOURCES_SPACED) spaced.add(label);
            List<String> row = new ArrayList<>(List.of(label));
            if (printsInitial) row.add("");
            row.add(sp == null ? "" : plain(sp));
            if (executed != null) row.add(se == null ? "" : plain(se));
            if (printsRate) row.add(sr == null ? "" : plain(sr) + "%");
            if (scored) { row.add(""); row.add(""); }
            sourceRows.add(row);
            wantSources.add(new FundSource(name, sp, executed != null ? se : null, printsRate ? sr : null));
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(blockLabel));
        head.addAll(words);
        switch (shape) {
            case WORD_FIGURE_ROWS -> {
                rows.add(List.of(blockLabel));
                for (int i = 0; i < words.size(); i++) if (!total.get(i).isEmpty()) rows.add(List.of(words.get(i) + "：" + total.get(i)));
            }
            case WORD_FIGURE_ONE_ROW -> {
                List<String> row = new ArrayList<>(List.of(blockLabel));
                for (int i = 0; i < words.size(); i++) if (!total.get(i).isEmpty()) row.add(words.get(i) + "：" + total.get(i));
                rows.add(row);
            }
            default -> {
                rows.add(head);
                List<String> totalRow = new ArrayList<>();
                switch (shape) {
                    case TOTAL_SPACED_LAST -> { totalRow.add("合计"); spaced.add("合计"); }
                    case SOURCES_SPACED -> totalRow.add(r.nextBoolean() ? "合计" : "年度资金总额");
                    default -> totalRow.add("");
                }
                totalRow.addAll(total);
                boolean last = shape == Shape.TOTAL_UNLABELLED_LAST || shape == Shape.TOTAL_SPACED_LAST;
                if (!last) rows.add(totalRow);
                rows.addAll(sourceRows);
                if (last) rows.add(totalRow);
            }
        }
        ReRenderedTablesTest.Writer w = new ReRenderedTablesTest.Writer(style);
        for (List<String> row : rows) w.row(row);
        String block = w.text();
        for (String label : spaced) block = block.replace(label, letterSpaced(label, r));
        ReRenderedTablesTest.Rendering rendering = ReRenderedTablesTest.render(table, style);
        String text = rendering.text();
        int at = text.indexOf("项目资金(万元)");
        int start = at < 0 ? rendering.budgetEnd() : text.lastIndexOf('\n', at) + 1;
        Budget want = new Budget("万元", printsInitial ? initial : null, planned, executed, printsRate ? rate : null, wantSources);
        return new Printing(key, text.substring(0, start) + block + text.substring(rendering.budgetEnd()), want);
    }

    /** A label as a scan prints it: one to four spaces between its characters (其中： kept as 其 中：). */
    private static String letterSpaced(String label, Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (i > 0 && Cells.han(c) && Cells.han(label.charAt(i - 1))) sb.append(" ".repeat(1 + r.nextInt(4)));
            sb.append(c);
        }
        return sb.toString();
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
