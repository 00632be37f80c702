package org.jixiao.publish.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.logging.Level;
import org.jixiao.scorecard.Scorecard;

/**
 * The HTML page printed to PDF (A4 landscape) with Noto Sans SC embedded from the font jar, so the text is
 * selectable and reads as the right characters on any machine; no OS font is needed.
 */
final class PdfExporter {
    static final String FONT_FAMILY = "Noto Sans SC";
    private static final String FONT = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    static {
        // openhtmltopdf writes timings and progress to stderr at INFO on every document: warnings and errors only
        for (String logger : XRLog.listRegisteredLoggers()) XRLog.setLevel(logger, Level.WARNING);
    }

    private PdfExporter() {}

    static void write(Scorecard s, OutputStream out, String stamp) throws IOException {
        render(HtmlExporter.render(s, HtmlExporter.PDF_CSS, stamp, HtmlExporter.SIGNATURES), out);
    }

    /** Any well-formed XHTML page as PDF, with the embedded font under the family name {@value #FONT_FAMILY}. */
    static void render(String xhtml, OutputStream out) throws IOException {
        if (PdfExporter.class.getResource(FONT) == null) {
            throw new IllegalStateException("缺少字体 " + FONT + "（ph-fonts-noto-sans-sc）/ font missing from the classpath: " + FONT);
        }
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(PdfExporter::font, FONT_FAMILY);
        builder.withHtmlContent(xhtml, null);
        try (com.openhtmltopdf.pdfboxout.PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            org.apache.pdfbox.pdmodel.PDDocument doc = renderer.getPdfDocument();
            // No clock in the file (issue 11: a stored evaluation's export is the same bytes each time): the creation
            // date openhtmltopdf writes is left out, and the file identifier (/ID), which PDFBox would hash from the
            // time, comes from the page's content.
            doc.getDocumentInformation().setCreationDate(null);
            byte[] id = java.util.Arrays.copyOf(digest(xhtml), 16);
            org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
            doc.save(out);
        }
    }

    private static byte[] digest(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 10 MB font is read once per JVM, not once per document. */
    private static final class Font {
        static final byte[] BYTES = withoutGsub(load());

        private static byte[] load() {
            try (InputStream in = PdfExporter.class.getResourceAsStream(FONT)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("读取字体失败 / cannot read font " + FONT, e);
            }
        }
    }

    /**
     * The font without its glyph substitution table (GSUB), by renaming the table's tag in the font's table directory.
     * PDFBox applies a font's GSUB rules to every text run it draws, compiling regular expressions for each run: in a
     * 200-row table that was 70 % of drawing the PDF and over half of the whole export (JFR), and two such exports
     * under load ran past the 30 s export limit. The rules it applies to this font are Latin ones (ligatures such as
     * ﬁ) that the form's Chinese text and figures never need, and the layout measured the text without them anyway.
     */
    static byte[] withoutGsub(byte[] font) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(font);
        int tables = b.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables && 12 + 16 * i + 4 <= font.length; i++) {
            int at = 12 + 16 * i;
            if (b.getInt(at) == GSUB) {
                byte[] copy = font.clone();
                java.nio.ByteBuffer.wrap(copy).putInt(at, UNUSED);
                return copy;
            }
        }
        return font;
    }

    private static final int GSUB = tag("GSUB"), UNUSED = tag("xSUB"); // a tag no reader knows: the table is passed over

    private static int tag(String t) {
        return (t.charAt(0) << 24) | (t.charAt(1) << 16) | (t.charAt(2) << 8) | t.charAt(3);
    }

    private static InputStream font() {
        return new java.io.ByteArrayInputStream(Font.BYTES);
    }
}
