package org.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.support.FormSession.enc;
import static org.jixiao.support.FormSession.token;

import java.net.URI;
import java.net.http.HttpRequest;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.kernel.Scope;
import org.jixiao.orgs.Orgs;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.support.Fixtures;
import org.jixiao.support.FormSession;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The history page and the workflow buttons, used as a person does: signed in through the form, with CSRF tokens. */
@JixiaoTest
class ReviewPagesTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;
    @Autowired Scorecards scorecards;
    @Autowired Orgs orgs;
    long id;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        long bureau = orgs.byName("遂宁市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        id = scorecards.create(Fixtures.submittable(Seeds.SUINING), bureau, null, null).id();
    }

    @Test
    void theFillerSubmitsFromTheScorecardPageAndTheReviewerReturnsItWithACommentShownAtTheTop() {
        FormSession filler = new FormSession(port, "suining-filler");
        String page = filler.get("/scorecards/" + id).body();
        assertThat(page).contains("suining-filler").contains("填报人").contains("id=\"do-submit\"").doesNotContain("id=\"do-approve\"");
        assertThat(filler.post("/scorecards/" + id + "/submit", "").statusCode()).as("no CSRF token").isEqualTo(403);
        var submitted = filler.post("/scorecards/" + id + "/submit", "_csrf=" + enc(token(page)));
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(submitted.headers().firstValue("Location").orElseThrow()).endsWith("/scorecards/" + id);
        assertThat(scorecards.find(id).orElseThrow().status().name()).isEqualTo("SUBMITTED");
        String after = filler.get("/scorecards/" + id).body();
        assertThat(after).contains("已提交，等待审核。").contains("id=\"do-withdraw\"").doesNotContain("id=\"do-submit\"");
        assertThat(filler.get("/scorecards/" + id).body()).as("the notice is shown once").doesNotContain("已提交，等待审核。");

        FormSession reviewer = new FormSession(port, "suining-reviewer");
        String review = reviewer.get("/scorecards/" + id).body();
        assertThat(review).contains("id=\"do-approve\"").contains("id=\"do-return\"").doesNotContain("id=\"do-submit\"");
        assertThat(reviewer.get("/").body()).as("the reviewer's 待办").contains("待我审核").contains("/scorecards/" + id);
        reviewer.post("/scorecards/" + id + "/return", "comment=" + enc("请补充满意度调查方式") + "&_csrf=" + enc(token(review)));

        String returned = filler.get("/scorecards/" + id).body();
        assertThat(returned).contains("id=\"return-comment\"").contains("请补充满意度调查方式").contains("已退回");
        assertThat(filler.get("/").body()).as("the filler's 待办").contains("退回给我的").contains("请补充满意度调查方式");
        String history = filler.get("/scorecards/" + id + "/history").body();
        assertThat(history).contains("suining-reviewer").contains("已退回").doesNotContainPattern(">[^<]*RETURNED")
                .doesNotContainPattern("T..:..:..\\.");
    }

    @Test
    void theFillerWithdrawsASubmittedTableBeforeItIsReviewedButNotAfter() {
        FormSession filler = new FormSession(port, "suining-filler");
        String page = filler.get("/scorecards/" + id).body();
        filler.post("/scorecards/" + id + "/submit", "_csrf=" + enc(token(page)));
        assertThat(filler.get("/scorecards/" + id).body()).contains("已提交"); // the redirect a browser follows
        filler.post("/scorecards/" + id + "/withdraw", "_csrf=" + enc(token(page)));
        assertThat(scorecards.find(id).orElseThrow().status().name()).isEqualTo("DRAFT");
        assertThat(filler.get("/scorecards/" + id).body()).contains("已撤回");
        jdbc.sql("update scorecard set status = 'APPROVED' where id = :id").param("id", id).update();
        filler.post("/scorecards/" + id + "/withdraw", "_csrf=" + enc(token(page)));
        assertThat(scorecards.find(id).orElseThrow().status().name()).isEqualTo("APPROVED");
        assertThat(filler.get("/scorecards/" + id).body()).contains("「已审核」的表不能撤回");
    }

    @Test
    void aReviewerCommentsOnOneIndicatorAndThePageNamesItBySequenceAndName() {
        FormSession reviewer = new FormSession(port, "suining-reviewer");
        String page = reviewer.get("/scorecards/" + id).body();
        reviewer.post("/scorecards/" + id + "/comments", "indicator=3&comment=" + enc("请附系统日志") + "&_csrf=" + enc(token(page)));
        String name = scorecards.find(id).orElseThrow().scorecard().indicators().get(2).name();
        String after = reviewer.get("/scorecards/" + id).body();
        assertThat(after).contains("意见已发表。").contains("第3项「" + name + "」").contains("请附系统日志");
    }

    @Test
    void editControlsAppearOnlyForFillersAndOnlyWhileTheTableIsTheirs() {
        Http filler = Http.as(port, "suining-filler", DemoAccounts.PASSWORD);
        Http reviewer = Http.as(port, "suining-reviewer", DemoAccounts.PASSWORD);
        assertThat(filler.get("/scorecards/" + id).body()).contains("class=\"edit\"").contains("class=\"add-row\"");
        assertThat(reviewer.get("/scorecards/" + id).body()).doesNotContain("class=\"edit\"").doesNotContain("class=\"add-row\"");
        jdbc.sql("update scorecard set status = 'APPROVED' where id = :id").param("id", id).update();
        assertThat(filler.get("/scorecards/" + id).body()).doesNotContain("class=\"edit\"").doesNotContain("class=\"add-row\"");
    }

    @Test
    void aRefusedStepIsExplainedOnThePage() {
        jdbc.sql("update indicator set grade = null where scorecard_id = :id").param("id", id).update();
        FormSession filler = new FormSession(port, "suining-filler");
        String token = token(filler.get("/scorecards/" + id).body());
        filler.post("/scorecards/" + id + "/submit", "_csrf=" + enc(token));
        String page = filler.get("/scorecards/" + id).body();
        String name = scorecards.find(id).orElseThrow().scorecard().indicators().get(4).name();
        // each problem is led by the indicator's 序号 and name, in the page's language only
        assertThat(page).contains("表格未通过提交检查").contains("第5项「" + name + "」：已填写完成情况但未评定等级")
                .doesNotContain("indicators[").doesNotContain("fix these first");
        assertThat(scorecards.find(id).orElseThrow().status().name()).isEqualTo("DRAFT");
    }

    @Test
    void theHistoryPageListsEachChangedFieldAndIsNotFoundOutsideTheScope() {
        Http filler = Http.as(port, "suining-filler", DemoAccounts.PASSWORD);
        var edited = (tools.jackson.databind.node.ObjectNode) filler.get("/api/v1/scorecards/" + id).json().deepCopy();
        ((tools.jackson.databind.node.ObjectNode) edited.get("indicators").get(2)).put("actual", "30分钟");
        filler.put("/api/v1/scorecards/" + id, edited.toString());
        String page = filler.get("/scorecards/" + id + "/history").body();
        String name = scorecards.find(id).orElseThrow().scorecard().indicators().get(2).name();
        assertThat(page).contains("第3项「" + name + "」的全年实际完成值").contains("本市未发生医保信息系统重大安全事件")
                .contains("30分钟").doesNotContain("indicators[2]");
        assertThat(Http.as(port, "dalian-reviewer", DemoAccounts.PASSWORD).get("/scorecards/" + id + "/history").status()).isEqualTo(404);
    }

    @Test
    void theHistoryPageNamesAnAdjustmentsStatusInWordsNotItsCode() {
        jdbc.sql("update scorecard set status = 'APPROVED' where id = :id").param("id", id).update();
        Http filler = Http.as(port, "suining-filler", DemoAccounts.PASSWORD);
        assertThat(filler.post("/api/v1/scorecards/" + id + "/adjustments",
                "{\"indicator\":0,\"target\":\"≥6次\",\"reason\":\"新增宣传任务\"}").status()).isEqualTo(201);
        String zh = filler.get("/scorecards/" + id + "/history").body();
        assertThat(zh).contains("≥6次").contains("待审批").doesNotContain("PENDING").doesNotContain("ADJUSTMENT_REQUESTED");
        String en = filler.get("/scorecards/" + id + "/history?lang=en").body();
        assertThat(en).contains("Pending").doesNotContain("PENDING").doesNotContain("待审批");
    }

    @Test
    void thePublicPagesShowOnlyPublishedScorecardsToAnyone() {
        Http anonymous = Http.anonymous(port);
        assertThat(anonymous.get("/public").body()).doesNotContain("遂宁市医疗保障局");
        assertThat(anonymous.get("/public/" + id).status()).isEqualTo(404);
        jdbc.sql("update scorecard set status = 'PUBLISHED' where id = :id").param("id", id).update();
        assertThat(anonymous.get("/public").body()).contains("遂宁市医疗保障局");
        assertThat(anonymous.get("/public/" + id).body()).contains("开展全域医保政策宣传活动次数").contains("≥4次");
        assertThat(anonymous.get("/scorecards/" + id).status()).as("staff pages need a sign-in").isEqualTo(302);
    }

    @Test
    void thePublicPageShowsThePublishedTableInTheOfficialLayoutWithBudgetGoalScoreGradeAndItsDownloads() {
        Http filler = Http.as(port, "suining-filler", DemoAccounts.PASSWORD);
        Http reviewer = Http.as(port, "suining-reviewer", DemoAccounts.PASSWORD);
        assertThat(filler.post("/api/v1/scorecards/" + id + "/submit", "").status()).isEqualTo(200);
        assertThat(reviewer.post("/api/v1/scorecards/" + id + "/approve", "").status()).isEqualTo(200);
        assertThat(reviewer.post("/api/v1/scorecards/" + id + "/publish", "").status()).isEqualTo(200);
        var sc = scorecards.find(id).orElseThrow().scorecard();
        Http anonymous = Http.anonymous(port);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(anonymous.get("/public/" + id).body());

        // score and grade of its stored self-evaluation
        assertThat(page.select("#total").text()).isEqualTo("98.18");
        assertThat(page.select("#grade").text()).isEqualTo("优");
        // the official form: budget by fund source, the overall goal, the indicators with 一级 as one merged cell
        var form = page.select(".official-form");
        assertThat(form.text()).contains("全年预算数（A）", "全年执行数（B）", "年度资金总额", "中央补助", "320.00", "261.75", "81.80%");
        assertThat(form.text()).contains("年度总体目标", sc.overallGoal().target().lines().findFirst().orElseThrow().strip());
        var level1 = form.select("td, th").stream().filter(c -> c.ownText().equals("产出指标")).toList();
        assertThat(level1).as("产出指标 once, over its eight rows").hasSize(1);
        assertThat(level1.get(0).attr("rowspan")).isEqualTo("8");
        for (var i : sc.indicators()) assertThat(form.text()).contains(i.name());
        // downloads: the table as PDF and Excel, and the 自评报告 kept at publication
        assertThat(page.select("#public-pdf").attr("href")).isEqualTo("/public/" + id + "/export?format=pdf");
        assertThat(page.select("#public-xlsx").attr("href")).isEqualTo("/public/" + id + "/export?format=xlsx");
        assertThat(page.select("#public-report").attr("href")).isEqualTo("/public/" + id + "/report.pdf");
        Http.Response pdf = anonymous.get("/public/" + id + "/export?format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    void theAdministratorsOrgPageShowsTheTreeAndImportsCsv() {
        Http admin = new Http(port);
        assertThat(admin.get("/orgs").body()).contains("遂宁市医疗保障局").contains("510900");
        Http.Response imported = admin.send(HttpRequest.newBuilder(URI.create(admin.base() + "/orgs/import"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                        "csv=" + enc("level,code,name,parent\n单位,,遂宁市医疗保障局船山分局,中华人民共和国/四川省/遂宁市/船山区\n"))));
        assertThat(imported.status()).isEqualTo(302);
        assertThat(admin.get("/orgs").body()).contains("遂宁市医疗保障局船山分局");
        assertThat(Http.as(port, "suining-reviewer", DemoAccounts.PASSWORD).get("/orgs").status()).isEqualTo(403);
    }
}
