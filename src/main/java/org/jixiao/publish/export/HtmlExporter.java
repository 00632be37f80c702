package org.jixiao.publish.export;

import java.util.Comparator;
import java.util.List;
import org.jixiao.publish.export.FormGrid.Cell;
import org.jixiao.publish.export.FormGrid.Style;
import org.jixiao.scorecard.Scorecard;

/**
 * A standalone page for 政府信息公开: inline CSS, no scripts, no external assets. The markup is well-formed
 * XHTML so that the PDF renderer reads the same page.
 */
final class HtmlExporter {
    private static final String CSS = """
            body{font-family:"Noto Sans SC","Microsoft YaHei","PingFang SC","SimSun",sans-serif;margin:2em;color:#111}
            h1{font-size:1.4em;text-align:center;margin:0 0 .2em}
            p.year{text-align:center;margin:0 0 1em}
            table{border-collapse:collapse;width:100%;table-layout:fixed}
            th,td{border:1px solid #333;padding:4px 6px;font-size:.9em;vertical-align:middle;word-wrap:break-word;white-space:pre-wrap}
            th{background:#eee;text-align:center}
            th.block{background:#f7f7f7}
            td.num{text-align:right}
            td.note{font-size:.85em}
            """;
    static final String PDF_CSS = """
            @page{size:A4 landscape;margin:12mm}
            body{margin:0;font-family:"Noto Sans SC"}
            th,td{font-size:9pt;white-space:normal}
            """;

    private HtmlExporter() {}

    static String render(Scorecard s) { return render(s, "", null); }

    static String render(Scorecard s, String extraCss, String stamp) {
        FormGrid g = FormLayout.grid(s);
        List<Cell> cells = g.cells.stream()
                .sorted(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::col)).toList();
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n<head>\n")
                .append("<meta charset=\"UTF-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(esc(title(cells))).append("</title>\n<style>").append(CSS).append(extraCss)
                .append("</style>\n</head>\n<body>\n");
        int row = -1;
        boolean inTable = false;
        for (Cell c : cells) {
            if (c.style() == Style.TITLE) { b.append("<h1>").append(esc(c.text())).append("</h1>\n"); continue; }
            if (c.style() == Style.SUBTITLE) { b.append("<p class=\"year\">").append(esc(c.text())).append("</p>\n"); continue; }
            if (!inTable) {
                b.append("<table>\n<colgroup>");
                int total = g.widths.stream().mapToInt(Integer::intValue).sum();
                for (int w : g.widths) b.append("<col style=\"width:").append(w * 100 / total).append("%\" />");
                b.append("</colgroup>\n");
                inTable = true;
            }
            if (c.row() != row) {
                if (row >= 0) b.append("</tr>\n");
                b.append("<tr>");
                row = c.row();
            }
            boolean th = c.style() == Style.LABEL || c.style() == Style.HEADER;
            String tag = th ? "th" : "td";
            b.append('<').append(tag);
            if (c.rowSpan() > 1) b.append(" rowspan=\"").append(c.rowSpan()).append('"');
            if (c.colSpan() > 1) b.append(" colspan=\"").append(c.colSpan()).append('"');
            String cls = switch (c.style()) {
                case LABEL -> c.col() == 0 ? "block" : null;
                case MONEY, PERCENT, NUMBER -> "num";
                case NOTE -> "note";
                default -> null;
            };
            if (cls != null) b.append(" class=\"").append(cls).append('"');
            b.append('>').append(esc(c.text()).replace("\n", "<br />")).append("</").append(tag).append('>');
        }
        if (row >= 0) b.append("</tr>\n");
        if (inTable) b.append("</table>\n");
        if (stamp != null) b.append("<p class=\"stamp\">").append(esc(stamp)).append("</p>\n");
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static String title(List<Cell> cells) {
        return cells.stream().filter(c -> c.style() == Style.TITLE).map(Cell::text).findFirst().orElse("");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
