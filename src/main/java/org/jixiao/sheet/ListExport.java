package org.jixiao.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The scorecard list as an Excel workbook: one row per scorecard, with its total and grade as computed now. */
final class ListExport {
    private ListExport() {}

    static byte[] write(List<Summaries.Row> rows, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        String[] head = en
                ? new String[] {"ID", "Year", "Kind", "Project", "Unit", "Status", "Indicators", "Total", "Grade"}
                : new String[] {"编号", "年度", "类型", "项目名称", "实施单位", "状态", "指标数", "总分", "等级"};
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(en ? "Scorecards" : "绩效目标表");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row h = sheet.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
                h.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            for (Summaries.Row row : rows) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(row.id());
                if (row.year() != null) x.createCell(1).setCellValue(row.year());
                x.createCell(2).setCellValue(row.kind().label());
                x.createCell(3).setCellValue(row.name());
                x.createCell(4).setCellValue(row.unit() == null ? "" : row.unit());
                x.createCell(5).setCellValue(en ? row.status().name() : row.status().label());
                x.createCell(6).setCellValue(row.indicatorCount());
                if (row.total() != null) x.createCell(7).setCellValue(row.total().doubleValue());
                if (row.grade() != null) x.createCell(8).setCellValue(en ? row.grade().name() : row.grade().label());
            }
            sheet.createFreezePane(0, 1);
            int[] widths = {8, 8, 22, 48, 28, 10, 8, 10, 8};
            for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, widths[c] * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
