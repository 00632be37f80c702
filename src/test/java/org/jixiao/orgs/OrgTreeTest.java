package org.jixiao.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.publish.importing.Imports;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The org tree: levels, scope-limited views, CSV both ways, and imports landing in the right org. */
@JixiaoTest
class OrgTreeTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;
    @Autowired Imports imports;
    @Autowired Scorecards scorecards;
    Http admin;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        admin = new Http(port);
    }

    @Test
    void theDemoTreeRunsFromTheCountryThroughProvincesAndCitiesToBureausWithTheirDivisionCodes() {
        JsonNode root = admin.get("/api/v1/orgs").json().get(0);
        assertThat(root.get("name").asString()).isEqualTo("中华人民共和国");
        assertThat(root.get("children").findValuesAsString("name")).contains("四川省", "辽宁省", "山东省");
        JsonNode sichuan = child(root, "四川省");
        assertThat(sichuan.get("code").asString()).isEqualTo("510000");
        JsonNode suining = child(sichuan, "遂宁市");
        assertThat(suining.get("code").asString()).isEqualTo("510900");
        assertThat(suining.get("levelLabel").asString()).isEqualTo("市");
        assertThat(child(suining, "遂宁市医疗保障局").get("level").asString()).isEqualTo("UNIT");
        assertThat(child(child(suining, "船山区"), "船山区医疗保障局")).isNotNull();
    }

    @Test
    void eachUserSeesOnlyTheirOrgAndItsDescendants() {
        JsonNode reviewers = Http.as(port, "suining-reviewer", DemoAccounts.PASSWORD).get("/api/v1/orgs").json();
        assertThat(reviewers).hasSize(1);
        assertThat(reviewers.get(0).get("name").asString()).isEqualTo("遂宁市");
        assertThat(reviewers.findValuesAsString("name")).contains("遂宁市医疗保障局", "船山区医疗保障局").doesNotContain("四川省", "大连市");
        String csv = Http.as(port, "dalian-filler", DemoAccounts.PASSWORD).get("/api/v1/orgs/export").body();
        assertThat(csv.lines().toList()).containsExactly(OrgCsv.HEADER, "单位,,大连市医疗保障局,中华人民共和国/辽宁省/大连市");
    }

    @Test
    void theCsvExportImportsBackUnchangedAndANewFileAddsAndRecodes() {
        String csv = admin.get("/api/v1/orgs/export").body();
        assertThat(csv).startsWith(OrgCsv.HEADER + "\n国家,100000,中华人民共和国,\n");
        assertThat(importCsv(csv).json().get("created").asInt()).isZero();

        Http.Response added = importCsv("""
                level,code,name,parent
                县,510921,蓬溪县,中华人民共和国/四川省/遂宁市
                单位,,蓬溪县医疗保障局,中华人民共和国/四川省/遂宁市/蓬溪县
                单位,SN-YB,遂宁市医疗保障局,中华人民共和国/四川省/遂宁市
                """);
        assertThat(added.json().get("created").asInt()).isEqualTo(2);
        assertThat(added.json().get("updated").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/v1/orgs/export").body()).contains("单位,,蓬溪县医疗保障局,中华人民共和国/四川省/遂宁市/蓬溪县")
                .contains("单位,SN-YB,遂宁市医疗保障局,");
    }

    @Test
    void aBadCsvNamesItsLinesAndChangesNothing() {
        long before = jdbc.sql("select count(*) from org").query(Long.class).single();
        Http.Response bad = importCsv("""
                level,code,name,parent
                县,510922,射洪市,中华人民共和国/四川省/遂宁市
                乡,,某某乡,中华人民共和国/四川省/遂宁市
                单位,,无主局,中华人民共和国/四川省/不存在市
                """);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("violations").findValuesAsString("zh")).containsExactly("第3行：级别「乡」无效",
                "第4行：上级「中华人民共和国/四川省/不存在市」不存在或不在您的范围内");
        assertThat(jdbc.sql("select count(*) from org").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aUnitCannotHoldARegionAndNamesAreUniqueAmongSiblings() {
        long bureau = jdbc.sql("select id from org where name = '遂宁市医疗保障局'").query(Long.class).single();
        long city = jdbc.sql("select id from org where name = '遂宁市'").query(Long.class).single();
        assertThat(admin.post("/api/v1/orgs", "{\"parentId\":" + bureau + ",\"name\":\"下属县\",\"level\":\"县\"}").status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/orgs", "{\"parentId\":" + city + ",\"name\":\"遂宁市医疗保障局\",\"level\":\"单位\"}").status()).isEqualTo(400);
        Http.Response pengxi = admin.post("/api/v1/orgs", "{\"parentId\":" + city + ",\"name\":\"安居区\",\"code\":\"510904\",\"level\":\"县\"}");
        assertThat(pengxi.status()).isEqualTo(201);
        // org changes are in the audit trail too, with who made them
        var entry = jdbc.sql("select actor, action, new_value from audit_event where field = :f")
                .param("f", "org[" + pengxi.json().get("id").asLong() + "]").query().singleRow();
        assertThat(entry).containsEntry("actor", "admin").containsEntry("action", "ORG_CREATE");
        assertThat((String) entry.get("new_value")).contains("安居区").contains("510904").contains("遂宁市");
        Http.Response renamed = admin.send(HttpRequest.newBuilder(URI.create(admin.base() + "/api/v1/orgs/" + bureau))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"遂宁市医疗保障局\",\"code\":\"SN01\"}")));
        assertThat(renamed.json().get("code").asString()).isEqualTo("SN01");
        assertThat(jdbc.sql("select new_value from audit_event where field = :f and action = 'ORG_UPDATE' order by id desc limit 1")
                .param("f", "org[" + bureau + "].code").query(String.class).single()).isEqualTo("SN01");
    }

    @Test
    void importedTablesBelongToTheBureauNamedAsTheirUnitWhenTheImporterMayReachIt() {
        // the operator (CLI, demo data) reaches every org: each seed lands in its own bureau
        for (String seed : List.of(Seeds.SUINING, Seeds.DALIAN)) imports.importText(seed + ".txt", Seeds.text(seed), false);
        assertThat(jdbc.sql("select o.name from scorecard s join org o on o.id = s.org_id order by s.id").query(String.class).list())
                .containsExactly("遂宁市医疗保障局", "大连市医疗保障局");

        // 遂宁's filler importing 大连's table cannot reach 大连's bureau: the table becomes theirs
        jdbc.sql("delete from scorecard").update();
        Http filler = Http.as(port, "suining-filler", DemoAccounts.PASSWORD);
        long batch = filler.send(HttpRequest.newBuilder(URI.create(filler.base() + "/api/v1/imports"))
                .header("Content-Type", "text/plain;charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(Seeds.text(Seeds.DALIAN))))
                .json().get("id").asLong();
        assertThat(filler.post("/api/v1/imports/" + batch + "/confirm", "").status()).isEqualTo(200);
        assertThat(jdbc.sql("select o.name from scorecard s join org o on o.id = s.org_id").query(String.class).list())
                .containsExactly("遂宁市医疗保障局");
        assertThat(Http.as(port, "dalian-filler", DemoAccounts.PASSWORD).get("/api/v1/imports/" + batch).status()).isEqualTo(404);
    }

    private Http.Response importCsv(String csv) {
        return admin.send(HttpRequest.newBuilder(URI.create(admin.base() + "/api/v1/orgs/import"))
                .header("Content-Type", "text/csv;charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    private static JsonNode child(JsonNode node, String name) {
        for (JsonNode c : node.get("children")) if (c.get("name").asString().equals(name)) return c;
        throw new AssertionError("no " + name + " under " + node.get("name"));
    }
}
