package org.jixiao.monitoring.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.monitoring.MonitoringTable;

/** The monitoring table drawn as xlsx (merged cells as on the form) or as PDF (A4 landscape, Noto Sans SC embedded). */
public final class MonitoringExport {
    private static final String FONT = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    private MonitoringExport() {}

    public static byte[] xlsx(MonitoringTable t) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("运行监控");
            CellStyle plain = style(wb, false), head = style(wb, true);
            var title = sheet.createRow(0).createCell(0);
            title.setCellValue(t.title());
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, MonitoringTable.COLUMNS - 1));
            int r = 1;
            for (MonitoringTable.Row row : t.rows()) {
                var xr = sheet.createRow(r);
                int c = 0;
                for (int i = 0; i < row.cells().size(); i++) {
                    int span = row.spans().get(i);
                    for (int k = 0; k < span; k++) xr.createCell(c + k).setCellStyle(row.header() ? head : plain);
                    xr.getCell(c).setCellValue(row.cells().get(i));
                    if (span > 1) sheet.addMergedRegion(new CellRangeAddress(r, r, c, c + span - 1));
                    c += span;
                }
                r++;
            }
            for (int c = 0; c < MonitoringTable.COLUMNS; c++) sheet.setColumnWidth(c, c == 2 || c >= 8 ? 30 * 256 : 14 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle style(XSSFWorkbook wb, boolean header) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN); s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN); s.setBorderRight(BorderStyle.THIN);
        s.setWrapText(true);
        if (header) {
            s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    public static String html(MonitoringTable t) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"utf-8\"/>"
                + "<title>").append(esc(t.title())).append("</title><style>@page{size:A4 landscape;margin:12mm}"
                + "body{font-family:'Noto Sans SC',sans-serif}h1{font-size:14pt;text-align:center}"
                + "table{border-collapse:collapse;width:100%;table-layout:fixed}td{border:1px solid #333;padding:3px;font-size:8pt;word-wrap:break-word}"
                + "tr.h td{background:#eee;text-align:center}</style></head><body><h1>").append(esc(t.title())).append("</h1><table>");
        for (MonitoringTable.Row row : t.rows()) {
            b.append(row.header() ? "<tr class=\"h\">" : "<tr>");
            for (int i = 0; i < row.cells().size(); i++) {
                b.append("<td colspan=\"").append(row.spans().get(i)).append("\">").append(esc(row.cells().get(i))).append("</td>");
            }
            b.append("</tr>");
        }
        return b.append("</table></body></html>").toString();
    }

    public static byte[] pdf(MonitoringTable t) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(MonitoringExport::font, "Noto Sans SC");
            builder.withHtmlContent(html(t), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        try (InputStream in = MonitoringExport.class.getResourceAsStream(FONT)) {
            if (in == null) throw new IllegalStateException("缺少字体 / font missing: " + FONT);
            return new ByteArrayInputStream(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
