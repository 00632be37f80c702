package org.jixiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.publish.parse.TextParser;
import org.jixiao.kernel.Scope;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.support.Chromium;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages in a real browser: Playwright drives Debian's Chromium against the running application. Required on CI
 * (CI=true, where .ci/run installs chromium); skipped with a message on a machine without /usr/bin/chromium.
 * Screenshots go to target/screenshots/.
 */
@JixiaoTest
class BrowserTest {
    static Chromium chromium;

    @LocalServerPort int port;
    @Autowired Scorecards scorecards;
    @Autowired JdbcClient jdbc;
    @Autowired org.jixiao.demo.DemoAccounts demo;
    @Autowired org.jixiao.orgs.Orgs orgs;
    BrowserContext context;
    Page page;
    StoredScorecard suining;

    @BeforeAll
    static void launch() { chromium = Chromium.launch(); }

    @AfterAll
    static void close() {
        if (chromium != null) chromium.close();
    }

    @BeforeEach
    void open() {
        chromium.assumeAvailable();
        jdbc.sql("delete from scorecard").update();
        suining = scorecards.create(WebPagesTest.seed(Seeds.SUINING));
        scorecards.create(WebPagesTest.seed(Seeds.LINYI));
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("zh-CN"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        // assertions wait as long as actions do: under a loaded CI machine a save-and-rescore can exceed the 5 s default
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        signIn("admin", org.jixiao.support.Http.ADMIN_PASSWORD);
    }

    /** Through the login form, as a person does; the session cookie then carries every page and htmx request. */
    void signIn(String user, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(user);
        page.locator("#password").fill(password);
        page.locator("button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/(\\?continue)?$"));
    }

    @AfterEach
    void closeContext() {
        if (context != null) context.close();
    }

    String url(String path) { return "http://localhost:" + port + path; }

    void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.shot(name)).setFullPage(true));
    }

    @Test
    void theHomePageOpensInChineseWithTheYearsScorecardsAndTheUnitChart() {
        page.navigate(url("/"));
        assertThat(page.locator("h1")).hasText("工作台");
        assertThat(page.locator("main table")).containsText("临沂市医疗保障局"); // the latest year first
        page.getByLabel("年度").selectOption("2021");                        // the year picker
        page.waitForURL(Pattern.compile(".*year=2021.*"));
        assertThat(page.locator("main table")).containsText("遂宁市医疗保障局");
        assertThat(page.locator(".chart svg")).isVisible(); // ECharts drew from the local webjar
        shot("home");
    }

    @Test
    void changingActualsOnTheSuiningScorecardChangesTheScoreAndThenTheGrade() {
        page.navigate(url("/?year=2021"));
        page.locator(".two-col").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("医疗服务与保障能力提升补助(医疗保障能力建设部分)")).click();
        page.waitForURL(Pattern.compile(".*/scorecards/" + suining.id()));
        assertThat(page.locator(".form-table.indicators td.merged").first()).hasText(Pattern.compile("产出指标"));
        String total = page.locator("#total").textContent();
        assertThat(page.locator("#grade")).hasText("优");
        shot("scorecard");

        // a target shows as written, with the grammar's reading on demand
        page.locator("#row-0 details.reading summary").first().click();
        assertThat(page.locator("#row-0 details.reading[open]").first()).containsText("4");

        editActual(0, "0次");
        assertThat(page.locator("#total")).not().hasText(total);
        assertThat(page.locator("#grade")).hasText("优");   // one row of 7.5 points is not enough to leave 优
        editActual(1, "0次");
        assertThat(page.locator("#grade")).hasText("良");
        assertThat(page.locator("#row-1 td.value").nth(1)).containsText("0次");
        shot("scorecard-edited");
    }

    /**
     * Issue 11: in the editor a target or actual is checked as it is typed, with the reading shown — a vague target and a
     * negative count are refused naming the indicator, an actual that cannot be compared with the row's quantitative
     * target is said to block submission, a good value shows how it is read. At 1440 and 390 px.
     */
    @Test
    void theEditorChecksTargetsAndActualsAsTheyAreTypedWithTheReadingShown() {
        String name = suining.scorecard().indicators().get(0).name();
        for (int width : new int[] {1440, 390}) {
            if (width == 390) {
                context.close();
                context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN"));
                page = context.newPage();
                page.setDefaultTimeout(15_000);
                signIn("admin", org.jixiao.support.Http.ADMIN_PASSWORD);
            }
            page.navigate(url("/scorecards/" + suining.id()));
            var error = page.locator("form.editor .cell-error");

            var input = openEditor(page.locator("#row-0 td.value").nth(0));
            input.pressSequentially("大约四次吧");
            assertThat(error).containsText("第1项「" + name + "」的年度指标值");
            assertThat(error).containsText("不明确");
            assertThat(error).containsText("读作：文字说明（需人工判断）");
            editorShot("editor-vague-target-" + width);
            input.press("Escape");
            assertThat(page.locator("form.editor")).hasCount(0);

            input = openEditor(page.locator("#row-0 td.value").nth(1));
            input.pressSequentially("-5次");
            assertThat(error).containsText("负数");
            assertThat(error).containsText("读作：-5 次（数值）");
            editorShot("editor-negative-actual-" + width);
            input.fill("");
            input.pressSequentially("abc");
            assertThat(error.locator(".value-check")).containsText("「" + name + "」：完成值「abc」无法与指标值");
            assertThat(error.locator(".value-check")).containsText("须更正完成值或人工评定等级后才能提交");
            assertThat(error.locator(".read-as")).hasText("读作：文字说明（需人工判断）");
            editorShot("editor-unreadable-actual-" + width);
            input.fill("");
            input.pressSequentially("12次");
            assertThat(error.locator(".read-as")).hasText("读作：12 次（数值）");
            assertThat(error.locator(".value-check")).hasCount(0);
            if (width == 390) {
                org.assertj.core.api.Assertions.assertThat(WorkflowBrowserTest.tooWide(page)).as("wider than 390 px").isEmpty();
            }
            input.press("Escape");
        }
    }

    /** The screen around the open editor (a full page of the scorecard is too tall to see the check at 390 px). */
    private void editorShot(String name) {
        page.locator("form.editor").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.shot(name)));
    }

    /**
     * Opens a cell's editor and empties its input once the editor has settled (htmx focuses it then): typed into before
     * that, the keys could land in an input that the swap still replaced with one holding the old value (CI saw
     * "8次" + "-5次" read as the range 8–5 次).
     */
    private Locator openEditor(Locator cell) {
        cell.locator("a.edit").click();
        var input = page.locator("form.editor input[name=value]");
        assertThat(input).isFocused();
        input.fill("");
        assertThat(input).hasValue("");
        return input;
    }

    private void editActual(int row, String value) {
        page.locator("#row-" + row + " td.value").nth(1).locator("a.edit").click();
        var input = page.locator("form.editor input[name=value]");
        input.fill(value);
        input.press("Enter"); // the keyboard saves
        assertThat(page.locator("form.editor")).hasCount(0);
    }

    @Test
    void theDalianReportIsImportedThroughTheImportPage() {
        Assumptions.assumeFalse(TextParser.parse(Seeds.text(Seeds.DALIAN), "probe.txt").tables().isEmpty(),
                "文本解析器尚未合并，跳过导入测试 / the text parser is not merged yet: import test skipped");
        page.navigate(url("/imports"));
        page.getByLabel("粘贴文字").fill(Seeds.text(Seeds.DALIAN));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("预览")).click();
        assertThat(page.locator("#result h2")).containsText("识别到");
        assertThat(page.locator("#result table").first()).containsText("大连市医疗保障局");
        // the table as read, column by column, beside the report whose prose no cell took (marked)
        var first = TextParser.parse(Seeds.text(Seeds.DALIAN), "probe.txt").tables().get(0).indicators().get(0);
        assertThat(page.locator("#parsed-1 td.c-name").first()).hasText(first.name());
        assertThat(page.locator("#parsed-1 td.c-target .cell-text").first()).hasText(first.target());
        assertThat(page.locator(".source mark.skipped").first()).isVisible();
        assertThat(page.locator("#skipped-count")).containsText("行文字没有读入任何单元格");
        shot("import-preview");
        page.locator("#confirm-button").click();
        page.waitForURL(Pattern.compile(".*/scorecards/\\d+$"));
        assertThat(page.locator(".form-head")).containsText("大连市医疗保障局");
        shot("import-done");
    }

    @Test
    void onAPhoneTheImportPreviewStacksTheTableAboveTheMarkedSourceAndNothingIsWiderThanTheScreen() {
        context.close();
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        signIn("admin", org.jixiao.support.Http.ADMIN_PASSWORD);
        page.navigate(url("/imports"));
        page.getByLabel("粘贴文字").fill(Seeds.text(Seeds.SUINING));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("预览")).click();
        assertThat(page.locator("#parsed-1 td.c-name").first()).hasText("开展全域医保政策宣传活动次数");
        assertThat(page.locator(".source .line.skipped-line").first()).containsText("政府信息公开");
        double table = page.locator("#parsed-1").boundingBox().y, source = page.locator(".source").boundingBox().y;
        org.assertj.core.api.Assertions.assertThat(table).as("the table above the source").isLessThan(source);
        org.assertj.core.api.Assertions.assertThat(WorkflowBrowserTest.tooWide(page)).as("wider than 390 px").isEmpty();
        shot("import-preview-phone");
    }

    @Test
    void theRollupPageOffersTheDataYearAndFundAndChartsEachUnitsFund() {
        demo.load();
        jdbc.sql("delete from scorecard").update();
        long city = orgs.byName("遂宁市", Scope.EVERYTHING).orElseThrow().id();
        scorecards.create(org.jixiao.rollup.E5.jia(), orgs.byName("遂宁市医疗保障局", Scope.EVERYTHING).orElseThrow().id(), null, null);
        scorecards.create(org.jixiao.rollup.E5.yi(), orgs.byName("船山区医疗保障局", Scope.EVERYTHING).orElseThrow().id(), null, null);
        page.navigate(url("/rollups"));
        assertThat(page.locator("#r-year")).hasValue("2021");
        page.locator("#r-region").selectOption(String.valueOf(city));
        page.locator("#rollup-form button[type=submit]").click();
        assertThat(page.locator("#rollup-summary")).containsText("遂宁市");
        // ECharts drew one bar per part of the region, labelled with its name, in the page's own SVG:
        // the bureau attached to 遂宁市 itself, and 船山区 with its bureau (RollupPageTest reads the same data)
        assertThat(page.locator("#rollup-chart svg")).isVisible();
        assertThat(page.locator("#rollup-chart svg text").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(Pattern.compile("^遂宁市医疗保障局$")))).hasCount(1);
        assertThat(page.locator("#rollup-chart svg text").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(Pattern.compile("^船山区$")))).hasCount(1);
        assertThat(page.locator("#rollup-chart svg path[fill='#9b1c1c']")).hasCount(2); // the two bars
        assertThat(page.locator("#rollup-chart svg text").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(Pattern.compile("^120$")))).hasCount(1);
        shot("rollup");
    }

    @Test
    void theSwitchTurnsThePagesIntoEnglishAndBack() {
        page.navigate(url("/scorecards/" + suining.id()));
        page.locator("#lang-switch").click();
        assertThat(page.locator("thead").first()).containsText("Fund source");
        page.navigate(url("/"));
        assertThat(page.locator("h1")).hasText("Dashboard");  // the choice is kept in a cookie
        shot("home-en");
        page.locator("#lang-switch").click();
        assertThat(page.locator("h1")).hasText("工作台");
    }
}
