package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10's budget on unseen printings: every budget of the seeds', corpus' and held-out expectations printed many
 * ways and read back inside the table's own other lines (its title, header fields, indicator header and rows, rendered by
 * {@link ReRenderedTablesTest}). The ways are those the blind batches found one at a time: the column order (分值 before
 * or after 执行率, 得分 last), 年初预算数 printed, a dash or left out, the column words on one row, wrapped over two rows
 * or missing, labels left of their amounts or joined to the first by a colon (label：amount), amounts in 万元 or converted
 * to 元 (with or without thousands separators), the unit in the block's label or after every amount, rates as 98.5%, as a
 * fraction 0.985 or as 98.5 under 执行率(%), or no rate column, empty source cells as dashes or nothing, in pipe rows, one
 * cell per line, one per paragraph, space rows or tabs. Each choice is drawn from a seeded java.util.Random per table and
 * printing, so a table added later leaves the others' printings as they were.
 *
 * <p>A printing reads right when the budget read is what was printed: currency 万元, every amount converted back, the
 * rate as a percentage (null where no rate was printed: the reader never computes one), each source's name and figures.
 * The share read right must stay at or above {@link #FLOOR}; each printing read wrong must carry a feature that
 * {@link #KNOWN} explains (the class of what stays unread, and why).
 */
class EveryBudgetPrintingTest {

    /**
     * The share of printings read right; only ever raised. Main at cc3f271 (the case-by-case reader) read 474 of 900 (0.527);
     * de71fd4 1142 of 1212 (0.942), the one budget vocabulary 1163 (0.960); 1857 of 1908 at a5ec939, 1861 (0.975) once a
     * source is known by its ending where no 其中 stands (008's 财政投款 under labels over figures).
     */
    static final double FLOOR = 0.97;

    static final long SEED = 20261207L;
    static final int PRINTINGS = 12;

    /** A feature of a printing → why a printing with it may still read wrong. The aim is an empty map. */
    static final Map<String, String> KNOWN = new TreeMap<>();
    static {
        // as the kind reader (BudgetRow) read them: 820 of 900 right at the commit that brought this test, 838 after the
        // one-cell-per-line rows of a wrapped header; 1163 of 1212 (from 1142) once the grid left the halves of a wrapped
        // word (年初 | 预算数) to the budget reader, which joins them by rows (the one vocabulary's wrapped pieces)
        KNOWN.put("words=missing", "no column word printed: where no rate is printed, or the rate disagrees with the amounts, "
                + "the numbers cannot tell 年初 | 全年 from 全年 | 执行 (120 | 100 is either), nor a bare rate from an amount");
        KNOWN.put("doc=019_lingling_linye_2021_dept_selfeval", "the printed rate 100% disagrees with the amounts (3824.26 ÷ 4753.66 "
                + "= 80.4%): a fraction 1 is not confirmed as 100%, and where a cell is lost the numbers prefer the reading that "
                + "leaves the disagreeing rate out");
        // (h98's 县级配套 printed without 其中, passed over by the grid, is read since the grid knows a source ending 配套 too)
        KNOWN.put("doc=h152_nanning_binzang_huimin_2023_project_selfeval_lines", "twelfth batch: labels left of wrapped column "
                + "words one cell per paragraph, figures in 万元 each: the second source (市级财政资金) not read");
        KNOWN.put("doc=h154_qijiang_shuichan_2023_project_selfeval_three_tables_pipes", "twelfth batch: a source after the first "
                + "(区级财政资金) with colon labels one cell per line and the rate as a fraction: its executed and rate not read");
        KNOWN.put("doc=h161_shijiazhuang_yibao_jingban_2023_project_selfeval_report_tabs_budget_after", "thirteenth batch: labels "
                + "with a colon and the 年初 dash after it (上年结转资金：-), wrapped column words, one cell per paragraph, no rate "
                + "column: the second source's figures placed by their relations (executed 15, weight 11.23), not as printed");
        KNOWN.put("doc=020_rongchang_linye_2022_project_targets", "labels over figures one cell per line, where the grid reads the "
                + "table: the grid pairs labels and figures by row only (h48's pipes), and one cell per line has no rows");
    }

    record Printing(String key, Set<String> features, String text, Budget want) {}

    @Test
    void everyBudgetPrintedEveryWayReadsBack() throws IOException {
        readBack("budget printings", printings(), KNOWN, FLOOR, "budget-printings-missed.txt");
    }

    /**
     * Each printing parsed (inventing nothing) and its first table's budget compared with the one printed: the share read
     * right, by feature, printed; every miss written to target/{missed}; a miss with no feature {@code known} explains,
     * or a share under {@code floor}, fails.
     */
    static void readBack(String what, List<Printing> all, Map<String, String> known, double floor, String missed) throws IOException {
        int right = 0;
        Map<String, int[]> byFeature = new TreeMap<>();
        List<String> unknown = new ArrayList<>(), examples = new ArrayList<>();
        for (Printing p : all) {
            NeverInventTest.assertNothingInvented(p.key(), p.text());
            ParsedDocument doc = TextParser.parse(p.text(), p.key() + ".txt");
            Budget got = doc.tables().isEmpty() ? null : doc.tables().get(0).budget();
            String diff = diff(p.want(), got);
            for (String f : p.features()) byFeature.computeIfAbsent(f, k -> new int[2])[0]++;
            if (diff == null) { right++; continue; }
            for (String f : p.features()) byFeature.get(f)[1]++;
            if (p.features().stream().noneMatch(known::containsKey)) unknown.add(p.key() + " " + p.features() + ": " + diff);
            examples.add(p.key() + " " + p.features() + ": " + diff + "\n" + p.text());
        }
        double share = (double) right / all.size();
        StringBuilder table = new StringBuilder();
        byFeature.forEach((f, n) -> { if (!f.startsWith("doc=")) table.append(String.format("%-28s %4d of %4d wrong%n", f, n[1], n[0])); });
        System.out.printf("%s read right: %d of %d (%.3f)%n%s", what, right, all.size(), share, table);
        // every miss with its printing, for a reader of the numbers above (not asserted)
        Files.writeString(Path.of("target", missed), String.join("\n--- ", examples));
        assertThat(unknown).as("%s read wrong with no KNOWN feature (%d of %d right):%n%s", what, right, all.size(),
                String.join("\n", unknown.subList(0, Math.min(40, unknown.size())))).isEmpty();
        assertThat(share).as("share of %s read right (%d of %d)", what, right, all.size()).isGreaterThanOrEqualTo(floor);
    }

    /** Null when {@code got} is the budget printed; else what differs. */
    static String diff(Budget want, Budget got) {
        if (got == null) return "no budget read";
        List<String> out = new ArrayList<>();
        if (!"万元".equals(got.currency())) out.add("currency " + got.currency());
        same(out, "initial", want.initial(), got.initial());
        same(out, "planned", want.planned(), got.planned());
        same(out, "executed", want.executed(), got.executed());
        same(out, "rate", want.ratePercent(), got.ratePercent());
        for (int i = 0; i < Math.max(want.sources().size(), got.sources().size()); i++) {
            if (i >= want.sources().size() || i >= got.sources().size()) {
                out.add("sources " + want.sources().size() + " ≠ " + got.sources().size());
                break;
            }
            FundSource w = want.sources().get(i), g = got.sources().get(i);
            if (!java.util.Objects.equals(CorpusScoreTest.norm(w.name()), CorpusScoreTest.norm(g.name()))) out.add("source " + i + " " + w.name() + " ≠ " + g.name());
            same(out, "source " + i + " planned", w.planned(), g.planned());
            same(out, "source " + i + " executed", w.executed(), g.executed());
            same(out, "source " + i + " rate", w.ratePercent(), g.ratePercent());
        }
        return out.isEmpty() ? null : String.join("; ", out);
    }

    private static void same(List<String> out, String what, BigDecimal want, BigDecimal got) {
        if (want == null && got == null) return;
        if (want == null || got == null || want.subtract(got).abs().compareTo(new BigDecimal("0.005")) >= 0) out.add(what + " " + want + " ≠ " + got);
    }

    // ---- printing ----

    /** Every table with indicator rows and a planned amount, printed {@link #PRINTINGS} ways. */
    static List<Printing> printings() throws IOException {
        List<Printing> out = new ArrayList<>();
        for (Expected e : expectedTables()) {
            JsonNode table = e.table();
            if (ReRenderedTablesTest.rows(table).isEmpty() || ReRenderedTablesTest.number(table.path("budget").get("planned")) == null) continue;
            for (int k = 0; k < PRINTINGS; k++) {
                String key = e.base() + "#" + e.index() + "/" + k;
                out.add(print(key, table, new Random(SEED ^ key.hashCode())));
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(400);
        return out;
    }

    /** One table of an expectation: its document's base name, its index among the document's tables, the table. */
    record Expected(String base, int index, JsonNode table) {}

    /** Every table of the seeds', corpus' and held-out expectations, in that order and by name. */
    static List<Expected> expectedTables() throws IOException {
        List<Expected> out = new ArrayList<>();
        for (String dir : List.of("seeds/expected", "corpus/expected", "heldout/expected")) {
            try (Stream<Path> files = Files.list(CorpusScoreTest.dir(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode e = CorpusScoreTest.MAPPER.readTree(Files.readString(f));
                    List<JsonNode> tables = new ArrayList<>();
                    if (e.has("tables")) e.get("tables").forEach(tables::add); else tables.add(e);
                    String base = f.getFileName().toString().replaceFirst("\\.json$", "");
                    for (int t = 0; t < tables.size(); t++) out.add(new Expected(base, t, tables.get(t)));
                }
            }
        }
        return out;
    }

    enum Kind { INITIAL, PLANNED, EXECUTED, WEIGHT, RATE, SCORE }

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10000), HUNDRED = BigDecimal.valueOf(100), TEN = BigDecimal.TEN;

    /** One table with its budget block printed the ways drawn from {@code r}, and the budget a reader should read from it. */
    static Printing print(String key, JsonNode table, Random r) {
        ReRenderedTablesTest.Style style = ReRenderedTablesTest.Style.values()[r.nextInt(ReRenderedTablesTest.Style.values().length)];
        Set<String> features = new LinkedHashSet<>();
        features.add("doc=" + key.substring(0, key.indexOf('#')));
        features.add("style=" + style);
        JsonNode b = table.path("budget");
        BigDecimal initial = ReRenderedTablesTest.number(b.get("initial")), planned = ReRenderedTablesTest.number(b.get("planned")),
                executed = ReRenderedTablesTest.number(b.get("executed")), rate = ReRenderedTablesTest.number(b.get("ratePercent"));
        boolean selfEvaluation = executed != null;
        // the unit: 万元 in the block's label, 元 in it (amounts converted), or after every amount
        String unit = pick(r, "万元", "元", "万元each", "元each");
        features.add("unit=" + unit);
        boolean separators = unit.startsWith("元") && r.nextBoolean();
        if (separators) features.add("unit=元,thousands");
        // the columns, in a printed order
        List<Kind> cols = new ArrayList<>();
        String initialHow = initial == null ? pick(r, "absent", "dash") : pick(r, "printed", "printed", "dash", "absent");
        if (selfEvaluation) {
            if (!initialHow.equals("absent")) cols.add(Kind.INITIAL);
            cols.add(Kind.PLANNED);
            cols.add(Kind.EXECUTED);
            String rateHow = rate == null ? "absent" : pick(r, "percent", "percent", "fraction", "bare", "absent");
            features.add("rate=" + rateHow);
            String scored = pick(r, "none", "none", "weight-rate-score", "rate-weight-score");
            features.add("columns=" + scored);
            if (scored.equals("weight-rate-score")) cols.add(Kind.WEIGHT);
            if (!rateHow.equals("absent")) cols.add(Kind.RATE);
            if (scored.equals("rate-weight-score")) cols.add(Kind.WEIGHT);
            if (!scored.equals("none")) cols.add(Kind.SCORE);
            features.add("initial=" + initialHow);
            return printSelfEvaluation(key, table, r, style, features, unit, separators, cols, rateHow, initialHow);
        }
        features.add("form=targets");
        return printTargets(key, table, r, style, features, unit, separators);
    }

    private static Printing printSelfEvaluation(String key, JsonNode table, Random r, ReRenderedTablesTest.Style style, Set<String> features,
            String unit, boolean separators, List<Kind> cols, String rateHow, String initialHow) {
        JsonNode b = table.path("budget");
        String words = pick(r, "one-row", "one-row", "wrapped", "missing");
        features.add("words=" + words);
        boolean marks = r.nextBoolean();
        String labels = pick(r, "left", "left", "colon");
        features.add("labels=" + labels);
        String dash = pick(r, "—", "-", "/", "");
        List<List<String>> rows = new ArrayList<>();
        String blockLabel = "项目资金" + (unit.endsWith("each") ? "" : "（" + unit + "）");
        List<String> head1 = new ArrayList<>(), head2 = new ArrayList<>();
        head1.add(blockLabel);
        head2.add("");
        String plannedWord = pick(r, "全年预算数", "全年预算数", "预算数"), executedWord = pick(r, "全年执行数", "全年执行数", "执行数");
        for (Kind k : cols) {
            String[] w = switch (k) {
                case INITIAL -> new String[] {"年初", "预算数", marks ? "" : ""};
                case PLANNED -> new String[] {plannedWord.length() > 3 ? "全年" : "", "预算数", marks ? "（A）" : ""};
                case EXECUTED -> new String[] {executedWord.length() > 3 ? "全年" : "", "执行数", marks ? "（B）" : ""};
                case WEIGHT -> new String[] {"分值", "", ""};
                case RATE -> new String[] {"执行率", rateHow.equals("bare") ? "（%）" : "", marks ? "（B/A）" : ""};
                case SCORE -> new String[] {"得分", "", ""};
            };
            if (words.equals("wrapped") && !w[0].isEmpty() && !(w[1] + w[2]).isEmpty()) { head1.add(w[0]); head2.add(w[1] + w[2]); }
            else { head1.add(w[0] + w[1] + w[2]); head2.add(""); }
        }
        if (!words.equals("missing")) {
            rows.add(head1);
            if (words.equals("wrapped")) rows.add(head2);
        } else rows.add(List.of(blockLabel));
        BigDecimal initial = ReRenderedTablesTest.number(b.get("initial")), planned = ReRenderedTablesTest.number(b.get("planned")),
                executed = ReRenderedTablesTest.number(b.get("executed")), rate = ReRenderedTablesTest.number(b.get("ratePercent"));
        boolean printsInitial = initialHow.equals("printed");
        boolean printsRate = !rateHow.equals("absent");
        String totalLabel = pick(r, "年度资金总额", "年度资金总额", "资金总额");
        rows.add(row(totalLabel, labels, cols, printsInitial ? initial : null, planned, executed, rate, true, unit, separators, rateHow, dash));
        List<FundSource> wantSources = new ArrayList<>();
        boolean ofWhichEach = r.nextBoolean();
        int n = 0;
        for (JsonNode s : b.path("sources")) {
            String name = CorpusScoreTest.text(s.get("name"));
            BigDecimal sp = ReRenderedTablesTest.number(s.get("planned")), se = ReRenderedTablesTest.number(s.get("executed")),
                    sr = ReRenderedTablesTest.number(s.get("ratePercent"));
            String label = (n++ == 0 || ofWhichEach ? "其中：" : "") + name;
            rows.add(row(label, labels, cols, null, sp, se, sr, false, unit, separators, rateHow, dash));
            wantSources.add(new FundSource(name, sp, se, printsRate ? sr : null));
        }
        Budget want = new Budget("万元", printsInitial ? initial : null, planned, executed, printsRate ? rate : null, wantSources);
        return new Printing(key, features, splice(table, style, rows), want);
    }

    /** A budget row: its label, then a cell per column (an empty or dashed cell where a figure is not printed). */
    private static List<String> row(String label, String labels, List<Kind> cols, BigDecimal initial, BigDecimal planned,
            BigDecimal executed, BigDecimal rate, boolean total, String unit, boolean separators, String rateHow, String dash) {
        List<String> cells = new ArrayList<>();
        for (Kind k : cols) {
            String c = switch (k) {
                case INITIAL -> amount(initial, unit, separators);
                case PLANNED -> amount(planned, unit, separators);
                case EXECUTED -> amount(executed, unit, separators);
                case RATE -> rate == null ? null : switch (rateHow) {
                    case "fraction" -> plain(rate.movePointLeft(2));
                    case "bare" -> plain(rate);
                    default -> plain(rate) + "%";
                };
                case WEIGHT -> total ? "10" : null;
                case SCORE -> total && rate != null ? plain(rate.min(HUNDRED).multiply(TEN).movePointLeft(2).setScale(2, RoundingMode.HALF_UP)) : null;
            };
            cells.add(c == null ? dash : c);
        }
        List<String> out = new ArrayList<>();
        if (labels.equals("colon") && !cells.isEmpty() && !cells.get(0).isEmpty()) {
            out.add(label + "：" + cells.get(0));
            out.addAll(cells.subList(1, cells.size()));
        } else {
            out.add(label);
            out.addAll(cells);
        }
        return out;
    }

    private static Printing printTargets(String key, JsonNode table, Random r, ReRenderedTablesTest.Style style, Set<String> features,
            String unit, boolean separators) {
        JsonNode b = table.path("budget");
        String labels = pick(r, "left", "colon", "above");
        features.add("labels=" + labels);
        BigDecimal planned = ReRenderedTablesTest.number(b.get("planned"));
        List<List<String>> rows = new ArrayList<>();
        String blockLabel = pick(r, "项目资金", "资金情况", "年度预算申请") + (unit.endsWith("each") ? "" : "（" + unit + "）");
        List<FundSource> wantSources = new ArrayList<>();
        List<String> names = new ArrayList<>(), amounts = new ArrayList<>();
        for (JsonNode s : b.path("sources")) {
            BigDecimal sp = ReRenderedTablesTest.number(s.get("planned"));
            names.add(CorpusScoreTest.text(s.get("name")));
            amounts.add(sp == null ? "" : amount(sp, unit, separators));
            if (sp != null || !labels.equals("above")) wantSources.add(new FundSource(CorpusScoreTest.text(s.get("name")), sp, null, null));
        }
        String total = pick(r, "年度资金总额", "资金总额");
        switch (labels) {
            case "above" -> {
                List<String> head = new ArrayList<>(List.of(blockLabel, total)), vals = new ArrayList<>(List.of("", amount(planned, unit, separators)));
                head.addAll(names);
                vals.addAll(amounts);
                rows.add(head);
                rows.add(vals);
            }
            case "colon" -> {
                rows.add(List.of(blockLabel, total + "：" + amount(planned, unit, separators)));
                for (int i = 0; i < names.size(); i++) rows.add(List.of("", (i == 0 ? "其中：" : "") + names.get(i) + "：" + amounts.get(i)));
            }
            default -> {
                rows.add(List.of(blockLabel, total, amount(planned, unit, separators)));
                for (int i = 0; i < names.size(); i++) rows.add(List.of("", (i == 0 ? "其中：" : "") + names.get(i), amounts.get(i)));
            }
        }
        Budget want = new Budget("万元", null, planned, null, null, wantSources);
        return new Printing(key, features, splice(table, style, rows), want);
    }

    /** The table rendered in {@code style} with its budget block replaced by {@code rows}. */
    private static String splice(JsonNode table, ReRenderedTablesTest.Style style, List<List<String>> rows) {
        ReRenderedTablesTest.Rendering rendering = ReRenderedTablesTest.render(table, style);
        String text = rendering.text();
        int at = text.indexOf("项目资金(万元)");
        int start = at < 0 ? rendering.budgetEnd() : text.lastIndexOf('\n', at) + 1;
        ReRenderedTablesTest.Writer w = new ReRenderedTablesTest.Writer(style);
        for (List<String> row : rows) w.row(row);
        return text.substring(0, start) + w.text() + text.substring(rendering.budgetEnd());
    }

    /** An amount in 万元 as the unit prints it: converted to 元 (with thousands separators or not), its unit after it or not. */
    private static String amount(BigDecimal wan, String unit, boolean separators) {
        if (wan == null) return null;
        BigDecimal v = unit.startsWith("元") ? wan.multiply(TEN_THOUSAND) : wan;
        String s = separators ? String.format("%,.2f", v) : plain(v);
        return unit.endsWith("each") ? s + unit.substring(0, unit.length() - 4) : s;
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    static String pick(Random r, String... ways) { return ways[r.nextInt(ways.length)]; }
}
