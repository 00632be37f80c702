package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.publish.export.Exporter;
import org.jixiao.publish.export.XlsxImporter;
import org.jixiao.publish.parse.HeaderWords.Column;
import org.jixiao.scorecard.Budget;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: one vocabulary of budget column words ({@link HeaderWords#BUDGET} and the halves of the words wrapped over
 * two rows, {@link HeaderWords#WRAPPED_TOPS}) read alike by every reader. For every word, a budget block printed with it
 * (the other columns printed with the forms' own words) is read to the word's column by the line reader
 * ({@link BudgetReader}), the cell grid ({@link GridTableReader#budget}), the glued reader ({@link GluedBudget}) and the
 * xlsx import (a real workbook, in a bureau's layout through the grid and in the export's own layout). A reader that
 * kept a list of its own, without one of the words, reads that word's block wrong (a column lost or shifted, the
 * figures read by their numbers and said in a warning) and fails here. The export's budget header is made of the
 * vocabulary's words, and reads back.
 */
class OneBudgetVocabularyTest {

    /**
     * The figures of every block: executed ÷ planned is the rate, weight × rate the score; no run of them glued together
     * splits two ways (the glued reader reads nothing it would have to guess).
     */
    private static final String INITIAL = "950", PLANNED = "1000", EXECUTED = "850", RATE = "85%", WEIGHT = "10", SCORE = "8.5", OTHER = "1200";

    /** The columns of the block each column's word is printed in, in one of the forms' orders (年初 first, 分值 and 得分 last). */
    private static List<Column> columnsFor(Column c) {
        return switch (c) {
            case WEIGHT, SCORE -> List.of(Column.INITIAL, Column.PLANNED, Column.EXECUTED, Column.RATE, Column.WEIGHT, Column.SCORE);
            case OTHER_FIGURE -> List.of(Column.INITIAL, Column.PLANNED, Column.OTHER_FIGURE, Column.EXECUTED, Column.RATE);
            default -> List.of(Column.INITIAL, Column.PLANNED, Column.EXECUTED, Column.RATE);
        };
    }

    /** One printing of a block: its name, its header rows (after the block label), its total row's figures, and what it reads as. */
    record Block(String name, List<List<String>> header, List<String> total, Budget want, boolean selfEvaluation, boolean other) {}

    /** A block for every word of the vocabulary, and for every wrapped word (top over bottom). */
    static List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        for (HeaderWords.Word w : HeaderWords.BUDGET) {
            if (w.text().equals("年度资金总额") || w.text().equals("中期资金总额")) continue; // the two groups' layout, below
            out.add(block(w.text(), w.column(), null, false));
        }
        for (HeaderWords.Top t : HeaderWords.WRAPPED_TOPS) {
            for (HeaderWords.Word w : HeaderWords.BUDGET) {
                Column c = HeaderWords.wrapped(t.text(), w.text());
                if (c == null || w.text().startsWith(t.text())) continue;
                out.add(block(t.text() + "|" + w.text(), c, new String[] {t.text(), w.text()}, false));
                // the word beside it printed whole on the top row (年初 | 预算数（A） over | 预算数 |): no word broken over two cells
                if (c == Column.INITIAL) out.add(block(t.text() + "|" + w.text() + " beside 预算数（A）", c, new String[] {t.text(), w.text()}, true));
            }
        }
        // a 申报表's two groups side by side (h86): the year's total is the planned figure, the 中期 one none of the budget's
        List<List<String>> groups = List.of(List.of("中期资金总额", "年度资金总额"));
        out.add(new Block("中期资金总额|年度资金总额", groups, List.of("186.5", "68.4"),
                new Budget("万元", null, new BigDecimal("68.4"), null, null, List.of()), false, true));
        assertThat(out).hasSizeGreaterThan(HeaderWords.BUDGET.size());
        return out;
    }

    /** The block with {@code word} (or the wrapped halves) naming column {@code c}, the others named by the forms' words. */
    private static Block block(String word, Column c, String[] halves, boolean plannedBeside) {
        List<Column> cols = columnsFor(c);
        List<String> top = new ArrayList<>(), bottom = new ArrayList<>(), total = new ArrayList<>();
        for (Column k : cols) {
            if (k == c && halves != null) { top.add(halves[0]); bottom.add(halves[1]); }
            else if (k == Column.PLANNED && plannedBeside) { top.add("预算数（A）"); bottom.add(""); }
            else { top.add(k == c ? word : HeaderWords.label(k)); bottom.add(""); }
            total.add(switch (k) {
                case INITIAL -> INITIAL; case PLANNED -> PLANNED; case EXECUTED -> EXECUTED; case RATE -> RATE;
                case WEIGHT -> WEIGHT; case SCORE -> SCORE; default -> OTHER;
            });
        }
        List<List<String>> header = halves == null ? List.of(top) : List.of(top, bottom);
        Budget want = new Budget("万元", new BigDecimal(INITIAL), new BigDecimal(PLANNED), new BigDecimal(EXECUTED), new BigDecimal("85"), List.of());
        return new Block(word + " (" + c + ")", header, total, want, true, cols.contains(Column.OTHER_FIGURE));
    }

    private static final String LABEL = "项目资金（万元）", NBSP = "\u00a0";

    /** The block as rows of cells: the header rows under the block label, then the total row. */
    private static List<List<String>> rows(Block b) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < b.header().size(); i++) {
            List<String> r = new ArrayList<>();
            r.add(i == 0 ? LABEL : "");
            r.addAll(b.header().get(i));
            rows.add(r);
        }
        List<String> t = new ArrayList<>();
        t.add(b.selfEvaluation() ? "年度资金总额" : "资金总额");
        t.addAll(b.total());
        rows.add(t);
        return rows;
    }

    private static String pipes(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
            sb.append('|');
            for (String c : r) sb.append(' ').append(c.isEmpty() ? NBSP : c).append(" |");
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String spaces(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) sb.append(String.join(" ", r.stream().map(c -> c.isEmpty() ? NBSP : c).toList())).append('\n');
        return sb.toString();
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        String[] ls = text.split("\n");
        for (int i = 0; i < ls.length; i++) out.add(new Line(i + 1, ls[i]));
        return out;
    }

    /** Null when the budget read is the one printed (its initial, planned and executed amounts and its rate); else what differs. */
    private static String diff(Block b, Budget got, List<ParseWarning> warnings) {
        Budget want = b.want();
        if (got == null) return "no budget read";
        List<String> out = new ArrayList<>();
        same(out, "initial", want.initial(), got.initial());
        same(out, "planned", want.planned(), got.planned());
        same(out, "executed", want.executed(), got.executed());
        same(out, "rate", want.ratePercent(), got.ratePercent());
        // every column named: the figures stand where they are printed, with nothing read by their numbers alone (a
        // block with a figure that is no budget figure is said to be read by its numbers, as that figure is not kept)
        if (!b.other()) for (ParseWarning w : warnings) if (w.message().contains("按数的关系读作") || w.message().contains("预算列名未印出")) out.add(w.message());
        return out.isEmpty() ? null : String.join("; ", out);
    }

    private static void same(List<String> out, String what, BigDecimal want, BigDecimal got) {
        if (want == null ? got != null : got == null || want.compareTo(got) != 0) out.add(what + " " + want + " ≠ " + got);
    }

    @Test
    void everyBudgetWordIsReadToItsColumnByTheLineReader() {
        List<String> wrong = new ArrayList<>();
        for (Block b : blocks()) {
            for (Map.Entry<String, String> printed : printings(b).entrySet()) {
                List<ParseWarning> warnings = new ArrayList<>();
                String why = diff(b, BudgetReader.read(lines(printed.getValue()), warnings), warnings);
                if (why != null) wrong.add(b.name() + " in " + printed.getKey() + ": " + why + "\n" + printed.getValue());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyBudgetWordIsReadToItsColumnByTheGrid() {
        List<String> wrong = new ArrayList<>();
        for (Block b : blocks()) {
            // the grid takes the header's 年度资金总额 for the total's label: the two groups' layout is the line reader's (h86)
            if (!b.selfEvaluation()) continue;
            String text = pipes(rows(b));
            List<ParseWarning> warnings = new ArrayList<>();
            Budget got = GridTableReader.budget(CellGrid.build(CellGrid.Style.PIPES, lines(text)), warnings);
            String why = diff(b, got, warnings);
            if (why != null) wrong.add(b.name() + ": " + why + "\n" + text);
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * The glued reader reads words glued before the total's label (年初预算数全年预算数…年度资金总额90100…): every word
     * printed on one row, the column the budget does not keep printed empty (a dash), as its split keeps no figure there.
     */
    @Test
    void everyBudgetWordIsReadToItsColumnByTheGluedReader() {
        List<String> wrong = new ArrayList<>();
        int read = 0;
        for (Block b : blocks()) {
            if (b.header().size() > 1 || !b.selfEvaluation()) continue; // glued text has no second row, and no group over its label
            StringBuilder glued = new StringBuilder(LABEL);
            b.header().get(0).forEach(glued::append);
            glued.append("年度资金总额");
            b.total().forEach(f -> glued.append(f.equals(OTHER) ? "—" : f));
            GluedBudget.Verdict v = GluedBudget.byColumns(new Line(1, glued.toString()));
            String why = v == null ? "not read" : diff(b, v.budget(), List.of());
            if (why != null) wrong.add(b.name() + ": " + why + "\n" + glued);
            read++;
        }
        assertThat(wrong).isEmpty();
        assertThat(read).isGreaterThanOrEqualTo(HeaderWords.BUDGET.size() - 2);
    }

    @Test
    void everyBudgetWordIsReadToItsColumnByTheXlsxImport() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Block b : blocks()) {
            // a bureau's own sheet: read by the text reader's grid
            StringBuilder sheet = new StringBuilder("项目支出绩效自评表\n| 项目名称 | 示例项目 | 主管部门 | 示例局 | 实施单位 | 示例中心 |\n");
            sheet.append(pipes(rows(b)));
            sheet.append("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 分值 | 得分 |\n");
            sheet.append("| 产出指标 | 数量指标 | 完成审计项目数 | ≥30个 | 32个 | 10 | 10 |\n");
            Budget got = XlsxImporter.read(new ByteArrayInputStream(XlsxThroughTheGridTest.workbook(sheet.toString()))).budget();
            String why = diff(b, got, List.of());
            if (why != null) wrong.add(b.name() + " (bureau's sheet): " + why + "\n" + sheet);
            if (!b.selfEvaluation()) continue; // the export's own layout prints the self-evaluation's block only
            // the export's own layout (绩效指标 in the first column): its budget header read by the vocabulary too
            StringBuilder own = new StringBuilder("项目支出绩效自评表\n");
            List<List<String>> rows = rows(b);
            for (int i = 0; i < rows.size(); i++) {
                List<String> r = new ArrayList<>(List.of(LABEL));
                if (i < rows.size() - 1) r.add("");
                r.addAll(i < rows.size() - 1 ? rows.get(i).subList(1, rows.get(i).size()) : rows.get(i));
                own.append(pipes(List.of(r)));
            }
            own.append("| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 分值 | 得分 |\n");
            own.append("| 绩效指标 | 产出指标 | 数量指标 | 完成审计项目数 | ≥30个 | 32个 | 10 | 10 |\n");
            Budget ownGot = XlsxImporter.read(new ByteArrayInputStream(XlsxThroughTheGridTest.workbook(own.toString()))).budget();
            why = diff(b, ownGot, List.of());
            if (why != null) wrong.add(b.name() + " (own layout): " + why + "\n" + own);
        }
        assertThat(wrong).isEmpty();
    }

    /** The export writes its budget header with the vocabulary's words, and what it writes reads back to the same columns. */
    @Test
    void theExportsBudgetHeaderIsMadeOfTheVocabulary() throws Exception {
        Budget budget = new Budget("万元", new BigDecimal(INITIAL), new BigDecimal(PLANNED), new BigDecimal(EXECUTED), new BigDecimal("85"), List.of());
        var card = new org.jixiao.scorecard.Scorecard("project-self-evaluation", "项目支出绩效自评表", 2024, "示例项目", "示例中心", "示例局",
                null, budget, null, List.of(org.jixiao.scorecard.Indicator.builder().level1("产出指标").level2("数量指标").name("完成审计项目数")
                        .target("≥30个").actual("32个").weight(BigDecimal.TEN).score(BigDecimal.TEN).build()));
        var bytes = new java.io.ByteArrayOutputStream();
        Exporter.export(card, org.jixiao.publish.export.Format.XLSX, bytes);
        byte[] xlsx = bytes.toByteArray();
        List<String> header = new ArrayList<>();
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            for (var row : wb.getSheetAt(0)) {
                var first = row.getCell(0);
                if (first == null || !first.toString().startsWith("项目资金")) continue;
                for (var cell : row) if (cell.getColumnIndex() > 0 && !cell.toString().isBlank()) header.add(cell.toString());
                break;
            }
        }
        Map<String, Column> named = new LinkedHashMap<>();
        for (String h : header) named.put(h, HeaderWords.column(h, HeaderWords.BUDGET));
        assertThat(named).as("the export's budget header").containsExactly(Map.entry("年初预算数", Column.INITIAL),
                Map.entry("全年预算数（A）", Column.PLANNED), Map.entry("全年执行数（B）", Column.EXECUTED), Map.entry("预算执行率（B/A）", Column.RATE));
        Budget back = XlsxImporter.read(new ByteArrayInputStream(xlsx)).budget();
        assertThat(List.of(back.initial(), back.planned(), back.executed(), back.ratePercent())).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(budget.initial(), budget.planned(), budget.executed(), budget.ratePercent());
    }

    /** A self-evaluation's block printed in pipe rows and in space rows; the two groups' block as h86 prints it (spaces). */
    private static Map<String, String> printings(Block b) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("pipes", pipes(rows(b)));
        out.put("spaces", spaces(rows(b)));
        return out;
    }
}
