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
    /** Printed: page numbers at the foot, the indicator headings repeated on every page, rows kept whole. */
    static final String PDF_CSS = """
            @page{size:A4 landscape;margin:12mm 12mm 16mm 12mm;
              @bottom-center{content:"第 " counter(page) " 页，共 " counter(pages) " 页";font-family:"Noto Sans SC";font-size:9pt}}
            body{margin:0;font-family:"Noto Sans SC"}
            th,td{font-size:9pt;white-space:normal}
            table.indicators{-fs-table-paginate:paginate;border-spacing:0;margin-top:-1px}
            table.indicators thead{display:table-header-group}
            table.indicators tr{page-break-inside:avoid}
            .signatures{margin-top:14mm;width:100%;border:none;page-break-inside:avoid}
            .signatures td{border:none;font-size:10.5pt;padding:4mm 2mm;white-space:nowrap}
            """;
    /** The signature block of a printed form: who filled it in, who reviewed it, the date and the unit's seal. */
    static final String SIGNATURES = "<table class=\"signatures\"><tr><td>填报人：</td><td>审核人：</td>"
            + "<td>日期：　　年　　月　　日</td><td>单位（盖章）：</td></tr></table>\n";

    private HtmlExporter() {}

    static String render(Scorecard s) { return render(s, "", null, ""); }

    /**
     * The form as one page. The indicator table is a table of its own whose column headings are its {@code thead},
     * so a printer (and the PDF renderer) repeats them on every page; its block label 绩效指标 heads column 0.
     */
    static String render(Scorecard s, String extraCss, String stamp, String signatures) {
        FormGrid g = FormLayout.grid(s);
        List<Cell> cells = g.cells.stream()
                .sorted(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::col)).toList();
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n<head>\n")
                .append("<meta charset=\"UTF-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(esc(title(cells))).append("</title>\n<style>").append(CSS).append(extraCss)
                .append("</style>\n</head>\n<body>\n");
        int row = -1;
        int section = -1; // 0 the blocks above the indicators, 1 their headings, 2 the indicator rows, 3 the notes
        for (Cell c : cells) {
            if (c.style() == Style.TITLE) { b.append("<h1>").append(esc(c.text())).append("</h1>\n"); continue; }
            if (c.style() == Style.SUBTITLE) { b.append("<p class=\"year\">").append(esc(c.text())).append("</p>\n"); continue; }
            if (c.row() != row) {
                if (row >= 0) b.append("</tr>\n");
                int now = section(g, c.row());
                if (now != section) {
                    b.append(switch (section) { case 1 -> "</thead>\n"; case 2 -> "</tbody>\n</table>\n"; case -1 -> ""; default -> "</table>\n"; });
                    if (now == 2 && section == 1) b.append("<tbody>\n");
                    else if (now == 2) b.append(open(g, "indicators")).append("<tbody>\n");
                    else if (now == 1) b.append(open(g, "indicators")).append("<thead>\n");
                    else b.append(open(g, null));
                    section = now;
                }
                b.append("<tr>");
                row = c.row();
                if (section == 2 && c.row() == g.headerRow + 1) { // under the repeated 绩效指标 heading: one merged cell
                    b.append("<td rowspan=\"").append(g.indicatorRows).append("\"></td>");
                }
            }
            if (section == 1 && c.col() == 0) { // the block label heads column 0 of the headings, spanning nothing
                b.append("<th class=\"block\">").append(esc(c.text())).append("</th>");
                continue;
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
        b.append(switch (section) { case 1 -> "</thead>\n</table>\n"; case 2 -> "</tbody>\n</table>\n"; case -1 -> ""; default -> "</table>\n"; });
        b.append(signatures);
        if (stamp != null) b.append("<p class=\"stamp\">").append(esc(stamp)).append("</p>\n");
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static int section(FormGrid g, int row) {
        if (g.headerRow < 0 || row < g.headerRow) return 0;
        if (row == g.headerRow) return 1;
        return row <= g.headerRow + g.indicatorRows ? 2 : 3;
    }

    private static String open(FormGrid g, String cls) {
        StringBuilder b = new StringBuilder(cls == null ? "<table>\n" : "<table class=\"" + cls + "\">\n").append("<colgroup>");
        int total = g.widths.stream().mapToInt(Integer::intValue).sum();
        for (int w : g.widths) b.append("<col style=\"width:").append(w * 100 / total).append("%\" />");
        return b.append("</colgroup>\n").toString();
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
