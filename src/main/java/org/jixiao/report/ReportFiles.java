package org.jixiao.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jixiao.publish.export.Exporter;

/**
 * A 自评报告 as the files bureaus file: .docx (Word, 仿宋/黑体 as official documents use, first lines indented by
 * two characters) and PDF (the same text through the PDF renderer with the embedded font).
 */
public final class ReportFiles {
    private ReportFiles() {}

    public static void docx(Report r, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            run(title, r.title(), "方正小标宋简体", 22, true);
            for (Report.Section s : r.sections()) {
                XWPFParagraph h = doc.createParagraph();
                h.setSpacingBefore(200);
                run(h, s.heading(), "黑体", 16, false);
                for (String text : s.paragraphs()) {
                    for (String line : text.split("\n")) {
                        XWPFParagraph p = doc.createParagraph();
                        p.setIndentationFirstLine(640); // two characters of 16 pt
                        p.setSpacingBetween(1.5);
                        run(p, line, "仿宋_GB2312", 16, false);
                    }
                }
            }
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("生成 Word 报告失败 / writing the .docx report failed", e);
        }
    }

    private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(font);
        run.setFontSize(size);
        run.setBold(bold);
    }

    public static void pdf(Report r, OutputStream out) { Exporter.pdf(xhtml(r), out); }

    /** The report as a standalone XHTML page (also what the PDF is rendered from). */
    public static String xhtml(Report r) {
        StringBuilder b = new StringBuilder(8192).append("""
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN"><head><meta charset="UTF-8" />
                <style>
                @page{size:A4;margin:25mm 22mm;@bottom-center{content:"第 " counter(page) " 页";font-family:"Noto Sans SC";font-size:9pt}}
                body{font-family:"Noto Sans SC",sans-serif;font-size:12pt;line-height:1.7;color:#111}
                h1{font-size:18pt;text-align:center;margin:0 0 12pt}
                h2{font-size:14pt;margin:14pt 0 6pt}
                p{text-indent:2em;margin:0 0 4pt;white-space:pre-wrap}
                </style>""");
        b.append("<title>").append(Exporter.escape(r.title())).append("</title></head><body>\n");
        b.append("<h1>").append(Exporter.escape(r.title())).append("</h1>\n");
        for (Report.Section s : r.sections()) {
            b.append("<h2>").append(Exporter.escape(s.heading())).append("</h2>\n");
            for (String p : s.paragraphs()) b.append("<p>").append(Exporter.escape(p)).append("</p>\n");
        }
        return b.append("</body></html>\n").toString();
    }
}
