package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.Jixiao;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** The pure commands, run in-process as `./jixiao` runs them. */
class ScoreCommandTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {
        JsonNode json() { return ScorecardJson.MAPPER.readTree(out); }
    }

    static Run jixiao(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new Jixiao()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void scoringTheSuiningTableGivesTheOfficialTotalAndGrade() throws IOException {
        Run run = jixiao("score", file("suining.json", Seeds.expectedJson(Seeds.SUINING)).toString());

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode t = run.json().get("tables").get(0);
        assertThat(t.get("executionRatePercent").decimalValue()).isEqualByComparingTo("81.80");
        assertThat(t.get("executionScore").decimalValue()).isEqualByComparingTo("8.18");
        assertThat(t.get("total").decimalValue()).isEqualByComparingTo("98.18");
        assertThat(t.get("grade").asString()).isEqualTo("优");
        assertThat(t.get("indicators")).hasSize(12);
        JsonNode first = t.get("indicators").get(0);
        assertThat(first.get("name").asString()).isEqualTo("开展全域医保政策宣传活动次数");
        assertThat(first.get("score").decimalValue()).isEqualByComparingTo(first.get("weight").decimalValue());
        assertThat(first.get("explanation").get("zh").asString()).contains("8").contains("≥4次");
        // the qualitative rows are defaulted to 达成 and say so
        assertThat(t.get("indicators").get(4).get("findings").findValuesAsString("code")).contains("GRADE_DEFAULTED");
    }

    @Test
    void aPublishedTextDocumentIsScoredThroughTheParser() throws IOException {
        Run run = jixiao("score", file("suining.txt", Seeds.text(Seeds.SUINING)).toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.json().get("tables").get(0).get("total").decimalValue()).isEqualByComparingTo("98.18");
    }

    @Test
    void parsePrintsTheDocumentAndExitsOneWhenNoTableIsFound() throws IOException {
        Run found = jixiao("parse", file("dalian.txt", Seeds.text(Seeds.DALIAN)).toString());
        assertThat(found.code()).isZero();
        assertThat(found.json().get("tables").get(0).get("unit").asString()).isEqualTo("大连市医疗保障局");

        Run none = jixiao("parse", file("notes.txt", "今天天气很好。\n没有表格。").toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.json().get("tables")).isEmpty();
    }

    @Test
    void aMissingFileOrBadArgumentExitsTwoWithAOneLineError() {
        Run missing = jixiao("parse", dir.resolve("nope.txt").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.txt").contains("no such file");
        assertThat(jixiao("score").code()).isEqualTo(2);
    }

    @Test
    void invalidScorecardJsonNamesTheFieldAndExitsOne() throws IOException {
        String bad = Seeds.expectedJson(Seeds.SUINING).replace("\"year\": 2021", "\"year\": \"二〇二一\"");
        Run run = jixiao("score", file("bad.json", bad).toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("tables[0].year");
    }

    @Test
    void helpListsTheCommandsInChineseAndEnglish() {
        Run run = jixiao("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("serve", "parse", "score", "import").contains("绩效").contains("Performance");
    }

    @Test
    void compareNamesTheRowsWhoseTableScoreDiffersAndSaysWhy() throws IOException {
        // 永德 2022 营养改善: a published self-evaluation with its own 分值 and 得分 columns
        String json;
        try (var in = ScoreCommandTest.class.getResourceAsStream("/corpus/expected/010_yongde_minglang_yingyang_2022_project_selfeval.json")) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Run run = jixiao("score", "--compare", file("yongde.json", json).toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode t = run.json().get("tables").get(0);
        assertThat(t.get("rows")).hasSize(9);
        assertThat(t.get("differing").asInt()).isEqualTo(2);
        assertThat(t.get("publishedSum").decimalValue()).isEqualByComparingTo("86");
        java.util.Map<String, String> why = new java.util.LinkedHashMap<>();
        for (JsonNode r : t.get("rows")) if (!r.get("agrees").asBoolean()) why.put(r.get("name").asString(), r.get("why").asString());
        assertThat(why).containsOnlyKeys("资金到位及时率", "政策知晓率");
        // the table deducted where the rules give full marks; the table gave 9 where the rules give 98/100 of 10
        assertThat(why.get("资金到位及时率")).startsWith("表中扣分为7.00").contains("得满分10.00");
        assertThat(why.get("政策知晓率")).startsWith("表中得分9.00").contains("按比例计分", "98/100", "9.80");
    }
}
