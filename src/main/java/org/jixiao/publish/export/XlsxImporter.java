package org.jixiao.publish.export;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.publish.parse.HeaderWords;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.OverallGoal;
import org.jixiao.scorecard.References;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.ValueKind;

/**
 * Reads an official-layout workbook written by {@link Exporter} back into the scorecard it came from; any other
 * workbook (a bureau's own sheet) is read by the text reader's cell grid ({@code Reader.byGrid}).
 * The printed sheet is the source of every printed field (blocks are found by their labels, merged cells
 * carried to every row they cover); the hidden sheet adds what the form cannot print. Numbers come back
 * equal in value (320.00 reads as 320). Without the hidden sheet the form code is inferred from the layout.
 */
public final class XlsxImporter {
    private static final Pattern YEAR = Pattern.compile("[（(]\\s*(\\d{4})\\s*年度\\s*[）)]");
    private static final Pattern CURRENCY = Pattern.compile(FormLayout.MONEY_PREFIX + "[（(](.*)[）)]");

    /** The English half of a cell error names the column in English: one language per page. */
    private static final Map<String, String> ENGLISH = Map.of("分值", "weight", "得分", "score", "全年预算数", "full-year budget",
            "全年执行数", "amount executed", "执行率", "execution rate", "年初预算数", "initial budget");

    private XlsxImporter() {}

    public static Scorecard read(InputStream in) throws IOException {
        return readWithRows(in).scorecard();
    }

    /**
     * A workbook as the import page shows it: the scorecard read from it, and its first sheet as pipe rows (one line per
     * sheet row, a merged cell once) — the "document" beside the preview, where the cells that were read are marked.
     */
    public record Read(Scorecard scorecard, String rows) {}

    public static Read readWithRows(InputStream in) throws IOException {
        InputStream checked = org.apache.poi.poifs.filesystem.FileMagic.prepareToCheckMagic(in);
        var magic = org.apache.poi.poifs.filesystem.FileMagic.valueOf(checked);
        if (!isWorkbook(magic)) {
            throw new IllegalArgumentException("不是 Excel 工作簿（" + magic + "）/ not an Excel workbook (" + magic + ")");
        }
        try (Workbook wb = WorkbookFactory.create(checked)) {
            Reader reader = new Reader(wb);
            String rows = reader.rows();
            // a workbook in another layout (a bureau's own sheet): its cells are read by the text reader's grid
            return new Read(reader.ownLayout() ? reader.scorecard() : reader.byGrid(rows), rows);
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.EmptyFileException e) {
            // POI's own words (in English, about zip entries) say nothing to the person who chose the file
            throw new IllegalArgumentException("不是可读取的 Excel 工作簿（文件已损坏或格式不对）"
                    + " / not a readable Excel workbook (the file is damaged or of another kind)", e);
        }
    }

    /** Whether the bytes start as an Excel workbook (.xlsx or the older .xls), by content, not by file name. */
    public static boolean isWorkbook(byte[] content) {
        try {
            return isWorkbook(org.apache.poi.poifs.filesystem.FileMagic.valueOf(content));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isWorkbook(org.apache.poi.poifs.filesystem.FileMagic magic) {
        return magic == org.apache.poi.poifs.filesystem.FileMagic.OOXML || magic == org.apache.poi.poifs.filesystem.FileMagic.OLE2;
    }

    private static final class Reader {
        final Sheet sheet;
        final Map<String, String> meta = new HashMap<>();
        final Map<Long, CellRangeAddress> merged = new HashMap<>();

        Reader(Workbook wb) {
            this.sheet = wb.getSheetAt(0);
            Sheet m = wb.getSheet(Metadata.SHEET);
            if (m != null) {
                for (Row row : m) meta.put(string(row.getCell(0)), string(row.getCell(1)));
            }
            for (CellRangeAddress a : sheet.getMergedRegions()) {
                for (int r = a.getFirstRow(); r <= a.getLastRow(); r++) {
                    for (int c = a.getFirstColumn(); c <= a.getLastColumn(); c++) merged.put(key(r, c), a);
                }
            }
        }

        static long key(int r, int c) { return ((long) r << 20) | c; }

        /** The cell that shows at (r, c): the top-left cell of its merged region. */
        Cell cell(int r, int c) {
            CellRangeAddress a = merged.get(key(r, c));
            if (a != null) { r = a.getFirstRow(); c = a.getFirstColumn(); }
            Row row = sheet.getRow(r);
            return row == null ? null : row.getCell(c);
        }

        String text(int r, int c) { return string(cell(r, c)); }

        /** Written by {@link XlsxExporter}: its hidden sheet, or its 绩效指标 block label in the first column. */
        boolean ownLayout() {
            return !meta.isEmpty() || find(FormLayout.INDICATORS, false) >= 0;
        }

        /** The sheet as pipe rows: a merged cell printed once, in its first row and column, as a web page prints it. */
        String rows() {
            StringBuilder text = new StringBuilder();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                int last = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
                StringBuilder line = new StringBuilder("|");
                boolean any = false;
                for (int c = 0; c < last; c++) {
                    CellRangeAddress a = merged.get(key(r, c));
                    if (a != null && a.getFirstColumn() != c) continue; // one cell across merged columns
                    String t = a != null && a.getFirstRow() != r ? null : shown(row.getCell(c)); // printed in its first row only
                    if (t != null) { t = t.replace('\n', ' ').replace('\r', ' '); any = true; }
                    line.append(' ').append(t == null ? "\u00a0" : t).append(" |");
                }
                text.append(any ? line : "").append('\n');
            }
            return text.toString();
        }

        /**
         * Any other sheet: its pipe rows ({@link #rows()}) read by {@link org.jixiao.publish.parse.TextParser} — the same
         * cell grid, header words, row alignment and form mappers as a published text. The first table with indicator
         * rows is the scorecard.
         */
        Scorecard byGrid(String rows) {
            var doc = org.jixiao.publish.parse.TextParser.parse(rows, sheet.getSheetName());
            for (Scorecard t : doc.tables()) if (!t.indicators().isEmpty()) return t;
            throw new IllegalArgumentException("工作表「" + sheet.getSheetName() + "」中没有可识别的绩效表 / no performance table found in sheet \""
                    + sheet.getSheetName() + "\"");
        }

        /**
         * A cell as the sheet shows it (its number format: 0.818 as 81.80%, 320 as 320.00; a formula as its saved value):
         * what a person reads in the bureau's sheet is what the text reader reads, and the document beside the preview.
         */
        String shown(Cell x) {
            if (x == null) return null;
            CellType type = x.getCellType() == CellType.FORMULA ? x.getCachedFormulaResultType() : x.getCellType();
            if (type != CellType.NUMERIC) return string(x);
            String s = format.formatRawCellContents(x.getNumericCellValue(), x.getCellStyle().getDataFormat(),
                    x.getCellStyle().getDataFormatString());
            return s == null || s.isBlank() ? null : s.strip();
        }

        final org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);

        BigDecimal number(int r, int c, String field) {
            Cell x = cell(r, c);
            if (x == null || x.getCellType() == CellType.BLANK) return null;
            if (numeric(x)) return new BigDecimal(NumberToTextConverter.toText(x.getNumericCellValue()));
            String s = string(x);
            if (s == null) return null;
            try {
                return new BigDecimal(s.replace("%", "").replace("％", "").strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("第" + (r + 1) + "行第" + (c + 1) + "列的" + field + "不是数字：" + s
                        + " / row " + (r + 1) + " column " + (c + 1) + ": the " + ENGLISH.getOrDefault(field, field)
                        + " is not a number: " + s, e);
            }
        }

        /**
         * An amount of the budget block in {@code currency} (the block's unit): a text cell that writes its own unit
         * ("30万元", "3359.62万") is converted by measure.Units, as the text reader converts it.
         */
        BigDecimal amount(int r, int c, String field, String currency) {
            Cell x = cell(r, c);
            org.jixiao.measure.Unit unit = currency == null ? null : org.jixiao.measure.Units.of(currency).orElse(null);
            if (x == null || x.getCellType() != CellType.STRING || unit == null) return number(r, c, field);
            return org.jixiao.measure.Units.money(string(x), unit, unit).orElseGet(() -> number(r, c, field));
        }

        /** A percentage: a numeric cell holds the fraction (0.818 shown as 81.80%), a text cell the written "81.80%". */
        BigDecimal percent(int r, int c, String field) {
            Cell x = cell(r, c);
            BigDecimal n = number(r, c, field);
            return n != null && numeric(x) ? n.movePointRight(2) : n;
        }

        /** The first row whose label column shows {@code label} (or starts with it). */
        int find(String label, boolean prefix) {
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                String t = text(r, 0);
                if (t != null && (prefix ? t.startsWith(label) : t.equals(label))) return r;
            }
            return -1;
        }

        int findInRow(int r, String label) {
            Row row = sheet.getRow(r);
            if (row == null) return -1;
            for (int c = 0; c < row.getLastCellNum(); c++) if (label.equals(text(r, c))) return c;
            return -1;
        }

        Scorecard scorecard() {
            String title = meta.containsKey(Metadata.TITLE_ABSENT) ? null : text(0, 0);
            Integer year = null;
            String second = text(1, 0);
            if (second != null) {
                Matcher m = YEAR.matcher(second);
                if (m.matches()) year = Integer.valueOf(m.group(1));
            }
            int departmentUnit = find(FormLayout.DEPARTMENT_UNIT, false);
            String project = valueRight(find(FormLayout.PROJECT, false), 0);
            int deptRow = find(FormLayout.DEPARTMENT, false);
            String competent = valueRight(deptRow, 0);
            String unit = departmentUnit >= 0 ? valueRight(departmentUnit, 0)
                    : deptRow >= 0 ? valueRight(deptRow, findInRow(deptRow, FormLayout.UNIT)) : null;
            int notes = find(FormLayout.NOTES_LABEL, false);
            int indicatorHeader = find(FormLayout.INDICATORS, false);
            List<Indicator> rows = indicatorHeader < 0 ? List.of() : indicators(indicatorHeader);
            // a workbook filled in elsewhere names no form: a department's table with a 自评 title or actuals filled in
            // is its self-evaluation
            boolean selfEvaluation = title != null && title.contains("自评") || rows.stream().anyMatch(i -> i.actual() != null);
            String form = meta.getOrDefault(Metadata.FORM, departmentUnit >= 0
                    ? selfEvaluation ? "department-self-evaluation" : "department-targets"
                    : notes >= 0 ? "transfer-self-evaluation" : "project-self-evaluation");
            return new Scorecard(form, title, year, project, unit, competent, meta.get(Metadata.REGION),
                    budget(), goal(), rows);
        }

        /** The value cell right of a label cell (past the label's merged width). */
        String valueRight(int r, int c) {
            if (r < 0 || c < 0) return null;
            CellRangeAddress a = merged.get(key(r, c));
            return text(r, a == null ? c + 1 : a.getLastColumn() + 1);
        }

        Budget budget() {
            int h = find(FormLayout.MONEY_PREFIX, true);
            if (h < 0) return Budget.empty();
            String label = text(h, 0);
            Matcher m = CURRENCY.matcher(label);
            String currency = meta.containsKey(Metadata.CURRENCY_ABSENT) ? null : m.matches() ? m.group(1) : "万元";
            BudgetHeader header = budgetHeader(h);
            Map<HeaderWords.Column, Integer> cols = header.columns();
            int initialCol = cols.getOrDefault(HeaderWords.Column.INITIAL, -1), plannedCol = cols.getOrDefault(HeaderWords.Column.PLANNED, -1),
                    executedCol = cols.getOrDefault(HeaderWords.Column.EXECUTED, -1), rateCol = cols.getOrDefault(HeaderWords.Column.RATE, -1);
            if (plannedCol < 0 || executedCol < 0 || rateCol < 0) {
                throw new IllegalArgumentException("第" + (h + 1) + "行的项目资金表头缺少全年预算数/全年执行数/执行率 / row "
                        + (h + 1) + ": the budget header lacks planned/executed/rate columns");
            }
            BigDecimal initial = null, planned = null, executed = null, rate = null;
            List<FundSource> sources = new ArrayList<>();
            for (int r = h + header.rows(); r <= sheet.getLastRowNum() && label.equals(text(r, 0)); r++) {
                String name = text(r, 1);
                BigDecimal a = amount(r, plannedCol, "全年预算数", currency), b = amount(r, executedCol, "全年执行数", currency),
                        rt = percent(r, rateCol, "执行率");
                if (FormLayout.TOTAL.equals(name)) {
                    initial = initialCol < 0 ? null : amount(r, initialCol, "年初预算数", currency);
                    planned = a; executed = b; rate = rt;
                } else if (name != null) {
                    String source = name.startsWith(FormLayout.OF_WHICH) ? name.substring(FormLayout.OF_WHICH.length()) : name;
                    sources.add(new FundSource(source, a, b, rt));
                }
            }
            return new Budget(currency, initial, planned, executed, rate, sources);
        }

        /**
         * The budget columns of the header row {@code h} by the reader's vocabulary (HeaderWords.BUDGET: 全年预算数（A）,
         * 预算安排数, 执行数 …), the first cell naming each; a word wrapped over two rows (年初 over 预算数) is read with the
         * cell under it. A column the budget does not keep (分值, 实际到位数) is named and passed over.
         */
        BudgetHeader budgetHeader(int h) {
            Map<HeaderWords.Column, Integer> cols = new EnumMap<>(HeaderWords.Column.class);
            int rows = 1;
            Row row = sheet.getRow(h);
            for (int c = 1; row != null && c < row.getLastCellNum(); c++) {
                String t = text(h, c);
                if (t == null) continue;
                HeaderWords.Column col = HeaderWords.column(t, HeaderWords.BUDGET);
                if (col == null && HeaderWords.top(HeaderWords.key(t))) {
                    String under = text(h + 1, c);
                    col = under == null ? null : HeaderWords.wrapped(HeaderWords.key(t), HeaderWords.key(under));
                    if (col != null) rows = 2;
                }
                if (col != null) cols.putIfAbsent(col, c);
            }
            return new BudgetHeader(cols, rows);
        }

        /** The budget header's columns by the vocabulary's column, and the rows it spans (2 when a word is wrapped). */
        record BudgetHeader(Map<HeaderWords.Column, Integer> columns, int rows) {}

        OverallGoal goal() {
            int g = find(FormLayout.GOAL, false);
            if (g < 0) return null;
            int t = findInRow(g, FormLayout.GOAL_TARGET), a = findInRow(g, FormLayout.GOAL_ACHIEVEMENT);
            return new OverallGoal(t < 0 ? null : text(g + 1, t), a < 0 ? null : text(g + 1, a));
        }

        List<Indicator> indicators(int h) {
            Map<Column, Integer> cols = new EnumMap<>(Column.class);
            Row header = sheet.getRow(h);
            for (int c = 1; header != null && c < header.getLastCellNum(); c++) {
                String label = text(h, c);
                if (label == null) continue;
                Column col = column(label, cols);
                if (col != null) cols.put(col, c);
            }
            if (!cols.containsKey(Column.NAME)) {
                throw new IllegalArgumentException("第" + (h + 1) + "行的指标表头缺少三级指标/绩效指标列 / row " + (h + 1)
                        + ": the indicator header has no indicator-name column");
            }
            List<Indicator> rows = new ArrayList<>();
            for (int r = h + 1; r <= sheet.getLastRowNum(); r++) {
                String label = text(r, 0);
                if (label != null && !label.equals(FormLayout.INDICATORS)) break; // 说明 / notes
                if (label == null && blank(r, cols.values())) break;
                rows.add(indicator(r, rows.size(), cols));
            }
            return rows;
        }

        boolean blank(int r, java.util.Collection<Integer> columns) {
            return columns.stream().allMatch(c -> text(r, c) == null);
        }

        /** The column a header cell names, by the reader's vocabulary (HeaderWords): the text reader's words read here too. */
        Column column(String label, Map<Column, Integer> seen) {
            HeaderWords.Column word = HeaderWords.anyColumn(label);
            if (word == null) return null;
            if (word == HeaderWords.Column.REF_SOURCE) {
                // 来源 twice: the 标准值 group's first, the 历史值 group's second
                return seen.containsKey(Column.STANDARD_SOURCE) ? Column.HISTORY_SOURCE : Column.STANDARD_SOURCE;
            }
            for (Column c : Column.values()) if (c.word() == word) return c;
            return null;
        }

        Indicator indicator(int r, int index, Map<Column, Integer> cols) {
            Map<Column, String> t = new EnumMap<>(Column.class);
            cols.forEach((col, c) -> { if (!col.numeric()) t.put(col, text(r, c)); });
            BigDecimal weight = cols.containsKey(Column.WEIGHT) ? number(r, cols.get(Column.WEIGHT), "分值") : null;
            BigDecimal score = cols.containsKey(Column.SCORE) ? number(r, cols.get(Column.SCORE), "得分") : null;
            String refsFlag = meta.get(Metadata.row(index, "references"));
            boolean anyRef = t.get(Column.PLANNED) != null || t.get(Column.STANDARD) != null
                    || t.get(Column.STANDARD_SOURCE) != null || t.get(Column.THREE_YEAR_AVERAGE) != null
                    || t.get(Column.LAST_YEAR) != null || t.get(Column.HISTORY_SOURCE) != null;
            References refs = (refsFlag == null ? anyRef : Boolean.parseBoolean(refsFlag))
                    ? new References(t.get(Column.PLANNED), t.get(Column.STANDARD), t.get(Column.STANDARD_SOURCE),
                    t.get(Column.THREE_YEAR_AVERAGE), t.get(Column.LAST_YEAR), t.get(Column.HISTORY_SOURCE))
                    : null;
            String grade = meta.get(Metadata.row(index, "grade"));
            String percent = meta.get(Metadata.row(index, "completionPercent"));
            String kind = meta.get(Metadata.row(index, "valueKind"));
            String na = meta.get(Metadata.row(index, "notApplicable"));
            String deduction = meta.get(Metadata.row(index, "deduction"));
            return Indicator.builder().level1(t.get(Column.LEVEL1)).level2(t.get(Column.LEVEL2)).name(t.get(Column.NAME))
                    .target(t.get(Column.TARGET)).actual(t.get(Column.ACTUAL)).weight(weight).score(score)
                    .reason(t.get(Column.REASON)).definition(t.get(Column.DEFINITION))
                    .duty(t.get(Column.DUTY)).dutyGoal(t.get(Column.DUTY_GOAL)).goalContent(t.get(Column.GOAL_CONTENT))
                    .activity(t.get(Column.ACTIVITY)).references(refs)
                    .grade(grade == null ? null : QualitativeGrade.valueOf(grade))
                    .completionPercent(percent == null ? null : new BigDecimal(percent))
                    .valueKind(kind == null ? null : ValueKind.valueOf(kind))
                    .notApplicable(na == null ? null : Boolean.valueOf(na))
                    .deduction(deduction == null ? null : new BigDecimal(deduction)).build();
        }
    }

    /** A number, or a formula whose saved value is one. */
    private static boolean numeric(Cell x) {
        return x.getCellType() == CellType.NUMERIC
                || x.getCellType() == CellType.FORMULA && x.getCachedFormulaResultType() == CellType.NUMERIC;
    }

    private static String string(Cell x) {
        if (x == null) return null;
        // a formula is read by the value Excel saved with it (=C6 is the amount, not the text "C6")
        CellType type = x.getCellType() == CellType.FORMULA ? x.getCachedFormulaResultType() : x.getCellType();
        String s = switch (type) {
            case STRING -> x.getStringCellValue();
            case NUMERIC -> NumberToTextConverter.toText(x.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(x.getBooleanCellValue());
            default -> null;
        };
        return s == null || s.isEmpty() ? null : s;
    }
}
