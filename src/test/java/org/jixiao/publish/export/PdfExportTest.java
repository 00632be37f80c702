package org.jixiao.publish.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.seeds.SeedScorecards;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfExportTest {
    static final Scorecard SUINING = SeedScorecards.suining();
    static byte[] pdf;
    static String text;

    @BeforeAll
    static void render() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(SUINING, Format.PDF, out);
        pdf = out.toByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
    }

    static String squeeze(String s) { return s.replaceAll("\\s+", ""); }

    /** One page's text as poppler's pdftotext reads it (poppler-utils; .ci/run installs it). */
    static String pdftotext(java.nio.file.Path file, int page) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-f", String.valueOf(page), "-l", String.valueOf(page), "-layout",
                file.toString(), "-").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("pdftotext page " + page + ": " + out).isZero();
        return out;
    }

    @Test
    void theLinyiTableRepeatsItsHeadingsAndNumbersEveryPageAndEndsWithTheSignatureBlock() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(SeedScorecards.linyi(), Format.PDF, out);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("linyi", ".pdf");
        java.nio.file.Files.write(file, out.toByteArray());
        int pages;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) { pages = doc.getNumberOfPages(); }
        assertThat(pages).as("the Linyi department table runs over several pages").isGreaterThan(2);
        // a page carries indicator rows when it shows an indicator's name or activity; each such page starts with the
        // table's headings (部门职责 … 工作活动), and every page is numbered
        var rows = SeedScorecards.linyi().indicators().stream()
                .flatMap(i -> java.util.stream.Stream.of(i.name(), i.activity())).filter(java.util.Objects::nonNull)
                .map(PdfExportTest::squeeze).filter(t -> t.length() >= 6).map(t -> t.substring(0, 6)).toList();
        int withRows = 0;
        for (int n = 1; n <= pages; n++) {
            String page = squeeze(pdftotext(file, n));
            assertThat(page).as("page " + n + " number").contains("第" + n + "页，共" + pages + "页");
            if (rows.stream().noneMatch(page::contains)) continue;
            withRows++;
            assertThat(page).as("page " + n).contains("部门职责", "职责目标", "绩效指标", "工作活动");
            if (n > 1) assertThat(page.indexOf("部门职责")).as("page " + n + ": the headings before the rows")
                    .isLessThan(rows.stream().mapToInt(page::indexOf).filter(i -> i >= 0).min().orElseThrow());
        }
        assertThat(withRows).as("pages with indicator rows").isGreaterThan(2);
        String last = squeeze(pdftotext(file, pages));
        assertThat(last).contains("填报人：", "审核人：", "日期：", "单位（盖章）：");
        java.nio.file.Files.delete(file);
    }

    @Test
    void everyIndicatorNameOfTheSuiningTableCanBeFoundInTheExtractedText() {
        String all = squeeze(text);
        for (Indicator i : SUINING.indicators()) {
            assertThat(all).as(i.name()).contains(squeeze(i.name()));
        }
        assertThat(all).contains("四川省转移支付区域(项目)绩效目标自评表", "全年预算数（A）", "81.80%", "遂宁市医疗保障局");
    }

    @Test
    void theExtractedTextHasNoKangxiRadicalSubstitutes() {
        assertThat(text.codePoints().filter(c -> c >= 0x2E80 && c <= 0x2FDF).toArray())
                .as("CJK radicals (U+2E80–U+2FDF) in place of ideographs").isEmpty();
        assertThat(text).contains("满意度").contains("指标");
    }

    @Test
    void theFontIsEmbeddedSoNoOsFontIsNeeded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            boolean embedded = false;
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font.getName().contains("NotoSansSC")) embedded |= font.isEmbedded();
            }
            assertThat(embedded).isTrue();
        }
    }

    /**
     * The font the renderer gets has no GSUB table (PdfExporter.withoutGsub: PDFBox applied its Latin rules to every text
     * run, half the CPU of a 200-row export) and is otherwise the same font: every table but GSUB, the same glyphs for
     * the form's characters. Measured before the change: the seeds' and the largest table's page streams were
     * byte-identical with and without it, so nothing drawn depended on it.
     */
    @Test
    void theEmbeddedFontIsServedWithoutItsGlyphSubstitutionTableAndOtherwiseUnchanged() throws IOException {
        byte[] original;
        try (var in = PdfExporter.class.getResourceAsStream("/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf")) {
            original = in.readAllBytes();
        }
        var parser = new org.apache.fontbox.ttf.TTFParser();
        try (var before = parser.parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(original));
             var after = parser.parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(PdfExporter.withoutGsub(original)))) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB");
            var others = new java.util.TreeSet<>(before.getTableMap().keySet());
            others.remove("GSUB");
            assertThat(after.getTableMap().keySet()).containsAll(others);
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            var b = before.getUnicodeCmapLookup();
            var a = after.getUnicodeCmapLookup();
            squeeze(text).codePoints().distinct().forEach(c -> assertThat(a.getGlyphId(c)).as(Character.toString(c)).isEqualTo(b.getGlyphId(c)));
        }
        assertThat(squeeze(text)).contains("遂宁市医疗保障局").contains("跨省异地就医直接结算率");
    }
}
