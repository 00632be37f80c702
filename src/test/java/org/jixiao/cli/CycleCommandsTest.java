package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.kernel.Scope;
import org.jixiao.orgs.Orgs;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.support.Fixtures;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.jixiao.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each step of the year from the command line, against the running test database, as an operator would run them. */
@JixiaoTest
class CycleCommandsTest {
    @Autowired ApplicationContext ctx;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;
    @Autowired Orgs orgs;
    @Autowired Scorecards scorecards;
    @TempDir Path dir;

    private TestDatabase.Run ok(String... args) {
        TestDatabase.Run r = TestDatabase.cli(ctx, args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
        return r;
    }

    private static long id(TestDatabase.Run r) { return ScorecardJson.MAPPER.readTree(r.out()).get("id").asLong(); }

    @Test
    void theYearRunsFromTheCommandLine() throws Exception {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        long bureau = orgs.byName("遂宁市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        long city = orgs.byName("遂宁市", Scope.EVERYTHING).orElseThrow().id();
        Scorecard s = Fixtures.seed(Seeds.SUINING);
        scorecards.create(new Scorecard(s.form(), s.title(), 2024, s.project(), s.unit(), s.competentDepartment(), "四川省",
                s.budget(), s.overallGoal(), s.indicators()), bureau, null, null);

        assertThat(ok("library", "满意度", "--set", "national").out()).contains("参保人员对医保服务的满意度", "大连市医疗保障局");
        TestDatabase.Run bad = TestDatabase.cli(ctx, "targets", "new", "--org", "" + bureau, "--project", s.project(), "--year", "2025",
                "--library", "nope-9");
        assertThat(bad.code()).isEqualTo(Cli.INVALID);
        assertThat(bad.err()).contains("library[0]", "指标库中没有");

        long id = id(ok("targets", "new", "--org", "" + bureau, "--project", s.project(), "--year", "2025", "--copy-last-year",
                "--library", "national-20"));
        assertThat(ok("targets", "check", "" + id).out()).contains("BELOW_LAST_YEAR", "开展全域医保政策宣传活动次数");
        ok("targets", "add", "" + id, "--library", "sichuan-1");
        assertThat(TestDatabase.cli(ctx, "targets", "check", "" + id).code()).isEqualTo(Cli.INVALID); // a duplicate blocks
        TestDatabase.Run refused = TestDatabase.cli(ctx, "targets", "submit", "" + id);
        assertThat(refused.code()).isEqualTo(Cli.INVALID);
        assertThat(refused.err()).contains("重复");
        // the added 产出 row joined its category after the 8 copied 产出 rows (issue 11: categories stay contiguous)
        jdbc.sql("delete from indicator where scorecard_id = :id and position = 8").param("id", id).update();

        ok("targets", "submit", "" + id);
        assertThat(ok("targets", "return", "" + id, "--comment", "满意度目标请与省级一致").out()).contains("RETURNED");
        ok("targets", "submit", "" + id);
        assertThat(ok("targets", "approve", "" + id).out()).contains("APPROVED");

        Path round = dir.resolve("round.json");
        Files.writeString(round, "{\"month\":7,\"paid\":100,\"committed\":60,\"note\":\"资金6月下达\",\"entries\":[{\"indicator\":0,"
                + "\"progress\":\"1次\",\"possibility\":\"有可能\",\"reason\":\"集中宣传暂停\",\"measure\":\"8月起每月一次\"}]}");
        TestDatabase.Run rec = ok("monitor", "record", "" + id, round.toString());
        assertThat(rec.out()).contains("\"budgetLight\" : \"RED\"");
        long roundId = ScorecardJson.MAPPER.readTree(rec.out()).get("id").asLong();
        assertThat(ok("monitor", "list", "" + id).out()).contains("31.25");
        Path xlsx = dir.resolve("round.xlsx");
        ok("monitor", "export", "" + id, "" + roundId, "--format", "xlsx", "--out", xlsx.toString());
        assertThat(Files.readAllBytes(xlsx)).startsWith(0x50, 0x4B);
        assertThat(ok("monitor", "rollup", "--region", "" + city, "--year", "2025").out()).contains("\"units\" : 1");
        assertThat(ok("monitor", "rollup", "--region", "" + city, "--year", "2025", "--month", "7", "--indicators").out())
                .contains("\"name\" : \"开展全域医保政策宣传活动次数\"", "\"progress\" : \"1次\"", "\"light\" : \"RED\"");
        Path regional = dir.resolve("region.pdf");
        assertThat(ok("monitor", "rollup", "--region", "" + city, "--year", "2025", "--out", regional.toString(), "--format", "pdf").out())
                .contains("遂宁市汇总");
        assertThat(new String(Files.readAllBytes(regional), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");

        Path pdf = dir.resolve("签到表.pdf");
        Files.writeString(pdf, "%PDF-1.4\n%%EOF\n", StandardCharsets.ISO_8859_1);
        ok("evidence", "add", "" + id, pdf.toString(), "--indicator", "0");
        assertThat(ok("evidence", "list", "" + id).out()).contains("签到表.pdf", "sha256");
        Path back = dir.resolve("back.pdf");
        ok("evidence", "get", "" + id, jdbc.sql("select max(id) from evidence").query(Long.class).single().toString(), "--out", back.toString());
        assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(pdf));

        // an adjustment of the approved target, requested and decided from the command line
        TestDatabase.Run asked = ok("targets", "adjust", "" + id, "--indicator", "0", "--target", "≥6次", "--reason", "新增宣传任务");
        long adjustment = ScorecardJson.MAPPER.readTree(asked.out()).get("id").asLong();
        assertThat(ok("targets", "adjustments", "" + id).out()).contains("≥6次", "新增宣传任务");
        ok("targets", "adjust-approve", "" + id, "" + adjustment);
        assertThat(scorecards.require(id).scorecard().indicators().get(0).target()).isEqualTo("≥6次");
        long second = ScorecardJson.MAPPER.readTree(ok("targets", "adjust", "" + id, "--indicator", "1", "--target", "≥2次",
                "--reason", "减少会议").out()).get("id").asLong();
        ok("targets", "adjust-reject", "" + id, "" + second);
        assertThat(scorecards.require(id).scorecard().indicators().get(1).target()).isEqualTo("≥4次");
        assertThat(TestDatabase.cli(ctx, "targets", "adjust-approve", "" + id, "" + second).code()).isEqualTo(Cli.INVALID); // decided already

        ok("targets", "self-evaluate", "" + id);
        assertThat(ok("targets", "year-end", "" + id).out()).contains("evaluation", "selfEvaluationId");
    }
}
