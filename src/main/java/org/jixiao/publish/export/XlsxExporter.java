package org.jixiao.publish.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.publish.export.FormGrid.Style;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;

/** The official form as an .xlsx workbook: one printed sheet, plus a very hidden sheet for {@link XlsxImporter}. */
final class XlsxExporter {
    private static final String FONT = "宋体";

    private XlsxExporter() {}

    static void write(Scorecard s, OutputStream out, String stamp) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(FormLayout.formName(s));
            FormGrid g = FormLayout.grid(s);
            Map<Style, CellStyle> styles = styles(wb);
            for (int c = 0; c < g.columns; c++) sheet.setColumnWidth(c, Math.min(255, g.widths.get(c) + 2) * 256);
            float[] heights = new float[g.rows];
            for (FormGrid.Cell cell : g.cells) {
                for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                    for (int c = cell.col(); c < cell.col() + cell.colSpan(); c++) {
                        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                        Cell x = row.createCell(c);
                        x.setCellStyle(styles.get(cell.style()));
                        if (r == cell.row() && c == cell.col()) set(x, cell.value(), cell.style());
                    }
                }
                if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(cell.row(), cell.row() + cell.rowSpan() - 1,
                            cell.col(), cell.col() + cell.colSpan() - 1));
                }
                if (cell.rowSpan() == 1) heights[cell.row()] = Math.max(heights[cell.row()], height(g, cell));
            }
            for (int r = 0; r < g.rows; r++) {
                if (sheet.getRow(r) != null && heights[r] > 0) sheet.getRow(r).setHeightInPoints(heights[r]);
            }
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            if (stamp != null) sheet.getFooter().setLeft(stamp);
            // 打印标题: the indicator headings print at the top of every page
            if (g.headerRow >= 0) sheet.setRepeatingRows(new CellRangeAddress(g.headerRow, g.headerRow, -1, -1));
            sheet.getFooter().setCenter("第 &P 页，共 &N 页");
            writeMetadata(wb, s);
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(FIXED_TIME));
            java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
            wb.write(raw);
            deterministic(raw.toByteArray(), out);
        }
    }

    /** The time written into the file and its zip entries: the same table exports to the same bytes (issue 11). */
    private static final java.util.Date FIXED_TIME = new java.util.Date(java.time.Instant.parse("2000-01-01T00:00:00Z").toEpochMilli());

    /** The workbook's zip again, entries in the same order, with a fixed time instead of the moment of writing. */
    private static void deterministic(byte[] zip, OutputStream out) throws IOException {
        java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
                copy.setTime(FIXED_TIME.getTime());
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        z.finish();
    }

    private static void set(Cell x, Object value, Style style) {
        // a percentage cell holds the fraction, as Excel expects of the 0.00% format
        if (value instanceof BigDecimal d) x.setCellValue((style == Style.PERCENT ? d.movePointLeft(2) : d).doubleValue());
        else if (value != null) x.setCellValue(value.toString());
    }

    /** Excel does not size rows of wrapped text itself: estimate the lines a cell needs in its merged width. */
    private static float height(FormGrid g, FormGrid.Cell cell) {
        int width = 0;
        for (int c = cell.col(); c < cell.col() + cell.colSpan(); c++) width += g.widths.get(c);
        int chars = Math.max(1, width / 2); // a CJK character is about two width units
        int lines = 0;
        for (String line : cell.text().split("\n", -1)) lines += Math.max(1, (line.length() + chars - 1) / chars);
        float perLine = cell.style() == Style.TITLE ? 24f : 15f;
        return Math.min(409f, lines * perLine + 4f);
    }

    private static Map<Style, CellStyle> styles(Workbook wb) {
        Map<Style, CellStyle> m = new EnumMap<>(Style.class);
        for (Style st : Style.values()) {
            CellStyle cs = wb.createCellStyle();
            Font f = wb.createFont();
            f.setFontName(FONT);
            f.setFontHeightInPoints((short) (st == Style.TITLE ? 16 : 10));
            f.setBold(st == Style.TITLE || st == Style.LABEL || st == Style.HEADER);
            cs.setFont(f);
            cs.setWrapText(true);
            cs.setVerticalAlignment(VerticalAlignment.CENTER);
            cs.setAlignment(switch (st) {
                case TITLE, SUBTITLE, LABEL, HEADER -> HorizontalAlignment.CENTER;
                case MONEY, PERCENT, NUMBER -> HorizontalAlignment.RIGHT;
                default -> HorizontalAlignment.LEFT;
            });
            if (st != Style.TITLE && st != Style.SUBTITLE) {
                cs.setBorderTop(BorderStyle.THIN);
                cs.setBorderBottom(BorderStyle.THIN);
                cs.setBorderLeft(BorderStyle.THIN);
                cs.setBorderRight(BorderStyle.THIN);
            }
            if (st == Style.HEADER) {
                cs.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                cs.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            if (st == Style.MONEY) cs.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            if (st == Style.PERCENT) cs.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            m.put(st, cs);
        }
        return m;
    }

    private static void writeMetadata(Workbook wb, Scorecard s) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(Metadata.FORM, s.form());
        meta.put(Metadata.REGION, s.region());
        if (s.title() == null) meta.put(Metadata.TITLE_ABSENT, "true");
        if (s.budget().currency() == null && FormLayout.hasBudget(s.budget())) meta.put(Metadata.CURRENCY_ABSENT, "true");
        List<Indicator> rows = s.indicators();
        for (int i = 0; i < rows.size(); i++) {
            Indicator r = rows.get(i);
            meta.put(Metadata.row(i, "grade"), r.grade() == null ? null : r.grade().name());
            meta.put(Metadata.row(i, "completionPercent"), r.completionPercent() == null ? null : r.completionPercent().toPlainString());
            meta.put(Metadata.row(i, "valueKind"), r.valueKind() == null ? null : r.valueKind().name());
            meta.put(Metadata.row(i, "notApplicable"), r.notApplicable() == null ? null : r.notApplicable().toString());
            meta.put(Metadata.row(i, "deduction"), r.deduction() == null ? null : r.deduction().toPlainString());
            meta.put(Metadata.row(i, "references"), Boolean.toString(r.references() != null));
        }
        Sheet sheet = wb.createSheet(Metadata.SHEET);
        int n = 0;
        for (var e : meta.entrySet()) {
            if (e.getValue() == null) continue;
            Row row = sheet.createRow(n++);
            row.createCell(0).setCellValue(e.getKey());
            row.createCell(1).setCellValue(e.getValue());
        }
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }
}
