package org.jixiao.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.support.FormSession.enc;
import static org.jixiao.support.FormSession.tokens;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.kernel.Scope;
import org.jixiao.orgs.Orgs;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.support.FormSession;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scorecard page is rendered once per state of the scorecard and kept (RenderedFragments): what each person
 * gets must still be their own page — their session's CSRF token in every form, their name and permissions, their
 * language — and a change must show at once.
 */
@JixiaoTest
class KeptScorecardPagesTest {
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;
    @Autowired Scorecards scorecards;
    @Autowired Orgs orgs;
    StoredScorecard suining;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        long bureau = orgs.byName("遂宁市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        suining = scorecards.create(ScorecardJson.readTables(Seeds.expectedJson(Seeds.SUINING)).get(0), bureau, null, null);
    }

    String path() { return "/scorecards/" + suining.id(); }

    @Test
    void everyFormOnAKeptPageCarriesTheTokenOfTheSessionThatAsked() {
        FormSession first = new FormSession(port, "suining-filler");
        FormSession second = new FormSession(port, "suining-filler");
        String firstPage = first.get(path()).body();   // rendered and kept
        String secondPage = second.get(path()).body(); // served from what was kept

        for (String page : List.of(firstPage, secondPage)) {
            List<String> forms = tokens(page);
            assertThat(forms).hasSizeGreaterThan(3 * suining.scorecard().indicators().size()); // ↑↓, ＋, ✕ per row
            assertThat(forms).containsOnly(metaToken(page));
            assertThat(page).doesNotContain("\u0000");
        }
        String firstToken = metaToken(firstPage);
        String secondToken = metaToken(secondPage);

        // the first session's token is worthless to the second: the kept page must not have handed it over
        assertThat(moveFirstRowDown(second, firstToken).statusCode()).isEqualTo(403);
        assertThat(scorecards.find(suining.id()).orElseThrow().version()).isEqualTo(suining.version());
        HttpResponse<String> moved = moveFirstRowDown(second, secondToken);
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(scorecards.find(suining.id()).orElseThrow().version()).isEqualTo(suining.version() + 1);
    }

    @Test
    void aChangeShowsAtOnceOnThePageThatWasKept() {
        FormSession filler = new FormSession(port, "suining-filler");
        String before = filler.get(path()).body();
        String firstName = suining.scorecard().indicators().get(0).name();
        String secondName = suining.scorecard().indicators().get(1).name();
        assertThat(before.indexOf(firstName)).isLessThan(before.indexOf(secondName));
        assertThat(before).contains("data-version=\"" + suining.version() + "\"");

        assertThat(moveFirstRowDown(filler, metaToken(before)).statusCode()).isEqualTo(200);
        String after = filler.get(path()).body();
        assertThat(after).contains("data-version=\"" + (suining.version() + 1) + "\"");
        assertThat(after.indexOf(secondName)).isLessThan(after.indexOf(firstName));

        // a status set outside the editor (the workflow, an operator) locks the page too
        jdbc.sql("update scorecard set status = 'APPROVED' where id = :id").param("id", suining.id()).update();
        assertThat(filler.get(path()).body()).doesNotContain("class=\"edit\"").contains("已审核");
    }

    @Test
    void whoAsksAndInWhichLanguageDecideWhatTheKeptPageShows() {
        FormSession filler = new FormSession(port, "suining-filler");
        FormSession finance = new FormSession(port, "suining-finance");
        String fillers = filler.get(path()).body();
        assertThat(fillers).contains("class=\"edit\"").contains("class=\"add-row\"").contains("suining-filler · ");

        String financePage = finance.get(path()).body();
        assertThat(financePage).doesNotContain("class=\"edit\"").doesNotContain("class=\"add-row\"")
                .contains("suining-finance · ").doesNotContain("suining-filler");
        assertThat(financePage).contains("医疗服务与保障能力提升补助(医疗保障能力建设部分)").contains("≤60分钟");

        String english = filler.get(path() + "?lang=en").body();
        assertThat(english).contains("lang=\"en\"").contains(">Indicators<").doesNotContain(">绩效指标<");
        assertThat(filler.get(path()).body()).as("the choice is kept").contains(">Indicators<");
        String chinese = filler.get(path() + "?lang=zh_CN").body();
        assertThat(chinese).contains("lang=\"zh-CN\"").contains(">绩效指标<").contains("class=\"edit\"");

        String evaluation = filler.get(path() + "/evaluation").body();
        assertThat(evaluation).contains("评分说明").contains("id=\"total\"").doesNotContain("\u0000");
        assertThat(evaluation).contains("<title>绩效自评 · 医疗服务与保障能力提升补助(医疗保障能力建设部分)</title>");
        assertThat(tokens(evaluation)).isNotEmpty().containsOnly(metaToken(evaluation));
    }

    @Test
    void aScorecardOutsideTheScopeIsNotFoundEvenWhenKept() {
        new FormSession(port, "suining-filler").get(path());
        HttpResponse<String> dalian = new FormSession(port, "dalian-filler").get(path());
        assertThat(dalian.statusCode()).isEqualTo(404);
        assertThat(dalian.body()).doesNotContain("医疗服务与保障能力提升补助");
    }

    private HttpResponse<String> moveFirstRowDown(FormSession session, String token) {
        String form = "delta=1&view=scorecard&version=" + scorecards.find(suining.id()).orElseThrow().version()
                + "&_csrf=" + enc(token);
        return session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path() + "/rows/0/move"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static String metaToken(String page) {
        Matcher m = META_TOKEN.matcher(page);
        assertThat(m.find()).as("the page's csrf-token meta").isTrue();
        return m.group(1);
    }
}
