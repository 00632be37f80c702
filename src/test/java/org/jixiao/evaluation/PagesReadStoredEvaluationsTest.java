package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.demo.DemoAccounts;
import org.jixiao.kernel.Scope;
import org.jixiao.orgs.Orgs;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11: the evaluation tab, the scorecard page, the public page, the kept 自评报告 and the comparison of a unit's years read the
 * stored evaluation (computed at the last save or submission, under the rules of its id and version); they do not
 * score again. A stored result that today's rules would not give (as a past year's under an earlier rules file) is
 * what every one of them shows.
 */
@JixiaoTest
class PagesReadStoredEvaluationsTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;
    @Autowired Orgs orgs;
    @Autowired Evaluations evaluations;
    Http filler, reviewer;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        filler = Http.as(port, "suining-filler", DemoAccounts.PASSWORD);
        reviewer = Http.as(port, "suining-reviewer", DemoAccounts.PASSWORD);
    }

    @Test
    void everyPageShowsTheStoredTotalNotOneScoredAgain() {
        long id = filler.post("/api/v1/scorecards", Fixtures.json(Fixtures.submittable(Seeds.SUINING))).json().get("id").asLong();
        assertThat(filler.post("/api/v1/scorecards/" + id + "/submit", "").status()).isEqualTo(200);
        assertThat(reviewer.post("/api/v1/scorecards/" + id + "/approve", "").status()).isEqualTo(200);
        StoredEvaluation stored = org.jixiao.kernel.Actor.asOperator(() -> evaluations.current(id)).orElseThrow();
        String computed = stored.total().toPlainString();
        assertThat(computed).isNotEqualTo("91.50");
        // kept under earlier rules: the stored total and the first row's score differ from what the scorer gives today
        jdbc.sql("""
                update evaluation set total = 91.50, rules_version = 'earlier',
                  detail = jsonb_set(jsonb_set(detail, '{total}', '91.50'::jsonb), '{indicators,0,score}', '1.11'::jsonb)
                where id = :id""").param("id", stored.id()).update();
        // published now: the report kept at publication is written from the stored evaluation too
        assertThat(reviewer.post("/api/v1/scorecards/" + id + "/publish", "").status()).isEqualTo(200);
        String kept = jdbc.sql("select content::text from published_report where scorecard_id = :id").param("id", id)
                .query(String.class).single();
        assertThat(kept).contains("91.5").doesNotContain(computed);

        for (String path : new String[] {"/scorecards/" + id + "/evaluation", "/scorecards/" + id}) {
            var page = Jsoup.parse(filler.get(path).body());
            assertThat(page.select("#total").text()).as(path).isEqualTo("91.50");
        }
        assertThat(Jsoup.parse(filler.get("/scorecards/" + id + "/evaluation").body()).text()).contains("1.11");
        // each says under which rules (id and version) the result was stored, and that it stays so unless re-scored
        String at = org.jixiao.sheet.Times.minute(stored.createdAt());
        for (String path : new String[] {"/scorecards/" + id + "/evaluation", "/scorecards/" + id, "/public/" + id}) {
            Http who = path.startsWith("/public") ? Http.anonymous(port) : filler;
            assertThat(Jsoup.parse(who.get(path).body()).select("#rules-basis").text()).as(path)
                    .isEqualTo("本结果于 " + at + "（提交时）按评分规则 national-2020（版本 earlier）计算并保存；此后评分规则更新不会改变它，除非明确重新评分。");
            assertThat(Jsoup.parse(who.get(path + "?lang=en").body()).select("#rules-basis").text()).as(path)
                    .isEqualTo("This result was computed and stored on " + at + " (when the table was submitted) under the scoring"
                            + " rules national-2020 (version earlier); a later change of the rules leaves it as it is unless it is"
                            + " re-scored explicitly.");
        }

        var published = Jsoup.parse(Http.anonymous(port).get("/public/" + id).body());
        assertThat(published.select("#total").text()).isEqualTo("91.50");

        long bureau = orgs.byName("遂宁市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        JsonNode years = filler.get("/api/v1/comparisons/unit/" + bureau).json().get("years");
        assertThat(years).hasSize(1);
        assertThat(years.get(0).get("total").decimalValue()).isEqualByComparingTo("91.50");
    }
}
