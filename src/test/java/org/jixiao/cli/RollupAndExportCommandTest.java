package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.cli.ScoreCommandTest.jixiao;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jixiao.publish.export.XlsxImporter;
import org.jixiao.publish.parse.TextParser;
import org.jixiao.rollup.E5;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.seeds.SeedScorecards;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Seeds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** `./jixiao rollup FILE…` reproduces RULES §7 E5; `./jixiao export FILE` writes forms that read back. */
class RollupAndExportCommandTest {
    @TempDir Path dir;

    private String file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    private String[] units() throws IOException {
        return new String[]{file("jia.json", Fixtures.json(E5.jia())), file("yi.json", Fixtures.json(E5.yi()))};
    }

    static JsonNode indicator(JsonNode rollup, String name) {
        for (JsonNode i : rollup.get("indicators")) if (i.get("name").asString().equals(name)) return i;
        throw new AssertionError("no indicator " + name);
    }

    @Test
    void rollupOfTheTwoE5UnitsPrintsTheWeightedRateTheSumAndTheQualitativeMean() throws IOException {
        String[] u = units();
        String targets = file("suining.json", Seeds.expectedJson(Seeds.SUINING));
        ScoreCommandTest.Run run = jixiao("rollup", u[0], u[1], "--targets", targets);

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode rollup = run.json();
        assertThat(rollup.get("weight").asString()).isEqualTo("allocated");
        assertThat(rollup.get("budget").get("planned").decimalValue()).isEqualByComparingTo("320");
        assertThat(rollup.get("budget").get("ratePercent").decimalValue()).isEqualByComparingTo("81.80");
        JsonNode rate = indicator(rollup, E5.RATE);
        assertThat(rate.get("actualText").asString()).isEqualTo("54.38%");
        assertThat(rate.get("contributors").get(0).get("unit").asString()).isEqualTo("甲");
        assertThat(rate.get("contributors").get(0).get("fund").decimalValue()).isEqualByComparingTo("200");
        assertThat(rate.get("contributors").get(1).get("value").decimalValue()).isEqualByComparingTo("45");
        assertThat(indicator(rollup, E5.EVENTS).get("aggregatedActual").decimalValue()).isEqualByComparingTo("8");
        assertThat(indicator(rollup, E5.SUPPORT).get("actualText").asString()).isEqualTo("85.63%");
        assertThat(rollup.get("evaluation").get("executionScore").decimalValue()).isEqualByComparingTo("8.18");
    }

    @Test
    void rollupWeightedByExecutedAmountsPrintsFiftyFivePointThreeTwo() throws IOException {
        String[] u = units();
        ScoreCommandTest.Run run = jixiao("rollup", "--weight", "executed", u[0], u[1]);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(indicator(run.json(), E5.RATE).get("actualText").asString()).isEqualTo("55.32%");
        assertThat(indicator(run.json(), E5.RATE).get("contributors").get(0).get("fund").decimalValue()).isEqualByComparingTo("180");
    }

    @Test
    void rollupListsAUnitLackingTheIndicatorAsMissing() throws IOException {
        String[] u = units();
        Scorecard bing = SeedScorecards.asUnit(SeedScorecards.suining(), "丙", "80", "80", row -> row.name().equals(E5.RATE) ? null : row);
        ScoreCommandTest.Run run = jixiao("rollup", u[0], u[1], file("bing.json", Fixtures.json(bing)));

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode rate = indicator(run.json(), E5.RATE);
        assertThat(rate.get("missing").valueStream().map(JsonNode::asString).toList()).containsExactly("丙");
        assertThat(rate.get("actualText").asString()).isEqualTo("54.38%");
    }

    @Test
    void rollupRefusesAnUnknownWeightAndAMissingFile() throws IOException {
        String[] u = units();
        ScoreCommandTest.Run bad = jixiao("rollup", "--weight", "average", u[0]);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("allocated").contains("权重");
        ScoreCommandTest.Run missing = jixiao("rollup", u[0], dir.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json");
    }

    @Test
    void exportingAPublishedDocumentToXlsxReadsBackAsTheParsedTable() throws IOException {
        String doc = file("suining.txt", Seeds.text(Seeds.SUINING));
        Path out = dir.resolve("suining.xlsx");
        ScoreCommandTest.Run run = jixiao("export", doc, "--format", "xlsx", "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        Scorecard parsed = TextParser.parse(Seeds.text(Seeds.SUINING), "suining.txt").tables().getFirst();
        try (InputStream in = Files.newInputStream(out)) {
            assertThat(XlsxImporter.read(in)).isEqualTo(parsed);
        }
    }

    @Test
    void exportingScorecardJsonToPdfAndHtmlShowsTheIndicatorRows() throws IOException {
        String json = file("suining.json", Seeds.expectedJson(Seeds.SUINING));
        Path pdf = dir.resolve("s.pdf"), html = dir.resolve("s.html");
        assertThat(jixiao("export", json, "--format", "pdf", "--out", pdf.toString()).code()).isZero();
        assertThat(jixiao("export", json, "--format", "HTML", "--out", html.toString()).code()).isZero();

        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(d)).contains("跨省异地就医直接结算率").contains("遂宁市医疗保障局");
        }
        Document page = Jsoup.parse(html.toFile());
        assertThat(page.select("td").eachText()).contains("跨省异地就医直接结算率", "开展全域医保政策宣传活动次数");
    }

    @Test
    void exportRefusesAnUnknownFormatOrTable() throws IOException {
        String json = file("suining.json", Seeds.expectedJson(Seeds.SUINING));
        ScoreCommandTest.Run fmt = jixiao("export", json, "--format", "docx", "--out", dir.resolve("x").toString());
        assertThat(fmt.code()).isEqualTo(2);
        assertThat(fmt.err()).contains("xlsx").contains("导出格式");
        ScoreCommandTest.Run table = jixiao("export", json, "--format", "pdf", "--table", "3", "--out", dir.resolve("x").toString());
        assertThat(table.code()).isEqualTo(2);
        assertThat(table.err()).contains("no table 3");
        assertThat(Files.exists(dir.resolve("x"))).isFalse();
    }

    @Test
    void exportByIdReadsTheStoredScorecardFromTheDatabase() throws IOException {
        // `import` then `export ID`, each starting the application on the same fresh database, as from a shell
        String dataDir = "target/test-data/cli-" + java.util.UUID.randomUUID();
        System.setProperty("jixiao.data-dir", dataDir);
        try {
            // the directory is new, so no clean start is needed (a clean start also deletes the data when it stops)
            ScoreCommandTest.Run imported = jixiao("import", file("suining.txt", Seeds.text(Seeds.SUINING)));
            assertThat(imported.code()).as(imported.err()).isZero();
            // a fresh database: the CLI loads no demo data, so the table is new
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("created scorecard (\\d+)").matcher(imported.out());
            assertThat(m.find()).as(imported.out()).isTrue();
            String id = m.group(1);
            ScoreCommandTest.Run scored = jixiao("score", "--id", id);
            assertThat(scored.code()).as(scored.err()).isZero();
            assertThat(scored.json().get("tables").get(0).get("total").decimalValue()).isEqualByComparingTo("98.18");
            assertThat(scored.json().get("tables").get(0).get("grade").asString()).isEqualTo("优");
            Path out = dir.resolve("stored.html");
            ScoreCommandTest.Run exported = jixiao("export", id, "--format", "html", "--out", out.toString());

            assertThat(exported.code()).as(exported.err()).isZero();
            Document page = Jsoup.parse(out.toFile());
            assertThat(page.select("td").eachText()).contains("跨省异地就医直接结算率");
            assertThat(page.text()).contains("遂宁市医疗保障局");
            ScoreCommandTest.Run missing = jixiao("export", "987654", "--format", "pdf", "--out", dir.resolve("m.pdf").toString());
            assertThat(missing.code()).isEqualTo(1);
            assertThat(missing.err()).contains("987654").contains("not found");
        } finally {
            System.clearProperty("jixiao.data-dir");
        }
    }
}
