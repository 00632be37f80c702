package org.jixiao.publish.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jixiao.scorecard.Scorecard;

/** Renders any scorecard, a unit's or a region's, as the official form in one of the publication formats. */
public final class Exporter {
    private Exporter() {}

    public static void export(Scorecard scorecard, Format format, OutputStream out) { export(scorecard, format, out, null); }

    /**
     * Exports with a stamp printed at the foot of the document (HTML, PDF) or in the page footer (xlsx): for stored
     * scorecards the audit trail's head ({@code AuditLog.Head#stamp}), so a later change of the trail shows against
     * what was printed.
     */
    public static void export(Scorecard scorecard, Format format, OutputStream out, String stamp) {
        Objects.requireNonNull(scorecard, "自评表不能为空 / scorecard is required");
        Objects.requireNonNull(format, "导出格式不能为空 / format is required");
        Objects.requireNonNull(out, "输出流不能为空 / output stream is required");
        try {
            switch (format) {
                case XLSX -> XlsxExporter.write(scorecard, out, stamp);
                case PDF -> PdfExporter.write(scorecard, out, stamp);
                case HTML -> out.write(HtmlExporter.render(scorecard, "", stamp, "").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("导出" + format + "失败 / export to " + format + " failed", e);
        }
    }

    /**
     * Any well-formed XHTML document (a report) as PDF with the embedded Chinese font, family "Noto Sans SC".
     */
    public static void pdf(String xhtml, OutputStream out) {
        try {
            PdfExporter.render(xhtml, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("导出PDF失败 / export to PDF failed", e);
        }
    }

    /** The official form's tables alone (what a page embeds), without title, styles or signature block. */
    public static String formTables(Scorecard scorecard) {
        String page = HtmlExporter.render(scorecard);
        int from = page.indexOf("<table");
        int to = page.lastIndexOf("</table>");
        return from < 0 ? "" : page.substring(from, to + "</table>".length());
    }

    /** Text for an XHTML document: &amp; &lt; &gt; &quot; escaped. */
    public static String escape(String s) { return HtmlExporter.esc(s); }

    /**
     * A file name for the export: unit, year and project as the table states them ("遂宁市医疗保障局-2021-….xlsx"),
     * with characters no file system accepts replaced.
     */
    public static String fileName(Scorecard s, Format format) {
        String base = java.util.stream.Stream.of(s.unit(), s.year() == null ? null : String.valueOf(s.year()), s.project())
                .filter(x -> x != null && !x.isBlank()).map(String::strip)
                .reduce((a, b) -> a + "-" + b).orElse("scorecard");
        base = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (base.length() > 120) base = base.substring(0, 120);
        return base + "." + format.extension();
    }
}
