package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.cli.ScoreCommandTest.jixiao;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.cli.ScoreCommandTest.Run;
import org.jixiao.scorecard.json.ScorecardJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * `jixiao parse PAGE.html` reads a saved web page as an import does (its text and table rows, not its markup). The page
 * is held-out h32 (宁乡 车辆购置税 转移支付自评表) as the bureau's CMS prints it: a head with a script writing a table, a
 * header, a breadcrumb, merged cells (rowspan/colspan), &nbsp; and &le;/&ge;, and the site's footer under the table.
 */
class SavedPageParseTest {
    static final String BASE = "h32_ningxiang_jiaotong_nongcungonglu_2023_transfer_selfeval";
    @TempDir Path dir;

    static Path resource(String name) throws URISyntaxException {
        return Path.of(SavedPageParseTest.class.getClassLoader().getResource(name).toURI());
    }

    @Test
    void aSavedPageReadsAsTheTextCopiedFromItAndAsExpected() throws Exception {
        Run page = jixiao("parse", resource("pages/" + BASE + ".html").toString());
        Run text = jixiao("parse", resource("heldout/docs/" + BASE + "_pipes.txt").toString());
        assertThat(page.code()).as(page.err()).isZero();
        JsonNode table = page.json().get("tables").get(0);
        // the same reading as the page's text copied by hand (scored 1.00 in the held-out set)
        assertThat(page.json().get("tables")).isEqualTo(text.json().get("tables"));
        JsonNode expected = ScorecardJson.MAPPER.readTree(Files.readString(resource("heldout/expected/" + BASE + "_pipes.json")))
                .get("tables").get(0);
        for (String f : List.of("form", "title", "year", "project", "unit", "competentDepartment", "budget", "overallGoal")) {
            assertThat(table.get(f)).as(f).isEqualTo(expected.get(f));
        }
        assertThat(table.get("indicators")).hasSize(expected.get("indicators").size());
        for (int i = 0; i < expected.get("indicators").size(); i++) {
            for (String f : List.of("level1", "level2", "name", "target", "actual", "reason")) {
                assertThat(table.get("indicators").get(i).get(f)).as("row %d %s", i, f)
                        .isEqualTo(expected.get("indicators").get(i).get(f));
            }
        }
        // nothing of the markup, the script or the site's footer is read as a cell
        assertThat(page.out()).doesNotContain("<td", "&nbsp;", "统计代码", "ICP备", "主办");
    }

    @Test
    void anHtmFragmentIsAPageAndPlainTextNamedHtmlIsText() throws IOException, URISyntaxException {
        // a page saved as its article only (no doctype, no <html>): the name says it is a page
        String html = Files.readString(resource("pages/" + BASE + ".html"));
        String fragment = html.substring(html.indexOf("<div class=\"TRS_Editor\""), html.indexOf("<div class=\"footer\">"));
        Run fragmentRun = jixiao("parse", Files.writeString(dir.resolve("zoom.htm"), fragment).toString());
        assertThat(fragmentRun.code()).as(fragmentRun.err()).isZero();
        assertThat(fragmentRun.json().get("tables").get(0).get("indicators")).hasSize(9);
        // the hand-copied text saved under a page's name has no markup: its lines are read as lines
        String copied = Files.readString(resource("heldout/docs/" + BASE + "_pipes.txt"));
        Run textRun = jixiao("parse", Files.writeString(dir.resolve("copied.html"), copied).toString());
        assertThat(textRun.json().get("tables")).isEqualTo(jixiao("parse", resource("heldout/docs/" + BASE + "_pipes.txt").toString())
                .json().get("tables"));
    }

    @Test
    void aSavedPageIsScoredAsItsTextIs() throws URISyntaxException {
        Run run = jixiao("score", resource("pages/" + BASE + ".html").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.json().get("tables").get(0).get("indicators")).hasSize(9);
    }
}
