package org.jixiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.kernel.Scope;
import org.jixiao.orgs.Orgs;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.support.Chromium;
import org.jixiao.support.Fixtures;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The year of 遂宁市医疗保障局 in a real browser (issue 12, its "done when"): the 填报人 makes the 2025 target table from
 * last year's table, the indicator library and a free-hand row, and submits it; the 审核人 finds it among the 待办 and
 * returns it with a comment; the 填报人 fixes the target the comment is about and submits again; the 审核人 approves it;
 * the 填报人 asks on the 指标调整 page to adjust one target and the 审核人 approves that there; the 填报人 records
 * the 1–7月 monitoring round with the money paid and each indicator's progress (refused until the red lights have
 * a reason and a measure), the red lights show where execution is behind, the region's roll-up shows the
 * indicators; at year end the self-evaluation is scored against the approved targets. Screenshots of each step at
 * 1440 px (and 390 px for the target table and the round), then of the target, monitoring, roll-up, year-end and
 * adjustment pages in Chinese and English at 1440 and 390 px, in target/screenshots/cycle-*.
 */
@JixiaoTest
class CycleBrowserTest {
    static Chromium chromium;

    @LocalServerPort int port;
    @Autowired Scorecards scorecards;
    @Autowired Orgs orgs;
    @Autowired DemoAccounts demo;
    @Autowired JdbcClient jdbc;
    BrowserContext context;
    Page page;
    /** What {@link #look} finds on every page, reported together at the end of the walk. */
    final org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
    long city;

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
        demo.load();
        long bureau = orgs.byName("遂宁市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        city = orgs.byName("遂宁市", Scope.EVERYTHING).orElseThrow().id();
        Scorecard s = Fixtures.seed(Seeds.SUINING); // last year's table, with last year's results
        scorecards.create(new Scorecard(s.form(), s.title(), 2024, s.project(), s.unit(), s.competentDepartment(), "四川省",
                s.budget(), s.overallGoal(), s.indicators()), bureau, null, null);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterEach
    void closeContext() {
        if (context != null) context.close();
    }

    private void as(String user) {
        if (context != null) context.close();
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("zh-CN"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.navigate(url("/login"));
        page.locator("#username").fill(user);
        page.locator("#password").fill(DemoAccounts.PASSWORD);
        page.locator("button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/(\\?continue)?$"));
    }

    private String url(String path) { return "http://localhost:" + port + path; }

    /** The page as it is in Chinese (see {@link #look}) at 1440 px, and also at 390 px. */
    private void shot(String name, boolean phone) {
        look(name, "zh", phone ? new int[] {1440, 390} : new int[] {1440});
    }

    /**
     * The page as a demanding reader sees it, at each width: no field path, no UTC time stamp, nothing reaching past
     * the screen's edge and no column squeezed to a character a line (wide tables scroll in their own box), the navigation behind 菜单 at phone width, and one
     * language — no English sentence on a Chinese page, no Chinese of our own in an English explanation or finding
     * (data such as names and targets stay as written). Then its screenshot, cycle-{name}[-en]-{width}.png.
     */
    private void look(String name, String lang, int... widths) {
        for (int width : widths) {
            page.setViewportSize(width, width < 600 ? 844 : 900);
            page.waitForLoadState();
            String where = name + " (" + lang + ", " + width + " px)";
            String text = page.locator("body").innerText();
            soft.assertThat(text).as(where + ": a field path").doesNotContainPattern(WorkflowBrowserTest.FIELD_PATH);
            soft.assertThat(text).as(where + ": a UTC time stamp").doesNotContainPattern(WorkflowBrowserTest.UTC_STAMP);
            if (lang.equals("zh")) {
                Matcher english = WorkflowBrowserTest.ENGLISH_SENTENCE.matcher(text);
                soft.assertThat(english.find() ? english.group() : null).as(where + ": English on a Chinese page").isNull();
            } else {
                soft.assertThat(WorkflowBrowserTest.ourChineseIn(page)).as(where + ": Chinese of our own on an English page").isEmpty();
            }
            soft.assertThat(WorkflowBrowserTest.tooWide(page)).as(where + ": wider than the screen").isEmpty();
            soft.assertThat(squeezed(page)).as(where + ": a column squeezed to a character or two a line").isEmpty();
            if (width < 600) assertThat(page.locator("#topnav")).isHidden(); // the navigation collapses behind 菜单
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Chromium.shot("cycle-" + name + (lang.equals("zh") ? "" : "-en") + "-" + width)));
        }
        page.setViewportSize(1440, 900);
    }

    /**
     * Table cells squeezed so narrow that their words stand a character or two a line (a wide table that shrinks to
     * the screen instead of scrolling in its own box): under 4 em wide, four characters or more, over three lines.
     */
    @SuppressWarnings("unchecked")
    static java.util.List<String> squeezed(Page page) {
        return (java.util.List<String>) page.evaluate("""
                () => [...document.querySelectorAll('td, th')].filter(c => {
                    const r = c.getBoundingClientRect(), fs = parseFloat(getComputedStyle(c).fontSize), t = c.innerText.trim();
                    return r.width > 0 && r.width < 4 * fs && t.length >= 4 && r.height > 3.5 * 1.5 * fs; })
                  .slice(0, 10).map(c => c.innerText.trim().replace(/\\s+/g, '').slice(0, 16) + ' ' + Math.round(c.getBoundingClientRect().width) + 'px')""");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void aFillerSetsTheTargetsTheReviewerReturnsAndApprovesMonitoringShowsRedAndTheYearEndScoresAgainstTheTargets() {
        String project = Fixtures.seed(Seeds.SUINING).project();

        // 填报人: 新建 the 2025 table, starting from last year's
        as("suining-filler");
        page.locator("#topnav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("目标申报")).click();
        page.waitForURL(Pattern.compile(".*/targets$"));
        page.locator("#t-project").fill(project);
        page.locator("#t-year").fill("2025");
        page.locator("#t-planned").fill("320");
        page.locator("#t-copy").check();
        button("新建").click();
        page.waitForURL(Pattern.compile(".*/targets/\\d+$"));
        Matcher m = Pattern.compile("/targets/(\\d+)$").matcher(page.url());
        assertThat(m.find()).isTrue();
        long id = Long.parseLong(m.group(1));
        Locator rows = page.locator("#target-rows tbody tr");
        assertThat(rows).hasCount(12);
        assertThat(rows.first()).containsText("≥4次");
        // the checks name the indicator whose copied target is below last year's actual
        assertThat(page.locator("#checks")).containsText("开展全域医保政策宣传活动次数");
        assertThat(page.locator("#checks")).containsText("上年实际8");

        // … adds the national satisfaction indicator from the library
        page.locator("#lib-q").fill("满意度");
        page.locator("#lib-set").selectOption("national");
        button("筛选").click();
        assertThat(page.locator("#library-results tbody tr")).hasCount(1);
        page.locator("#library-results").getByLabel("参保人员对医保服务的满意度").check();
        page.locator("#library-add-button").click();
        assertThat(rows).hasCount(13);
        assertThat(rows.nth(12)).containsText("≧70%");
        // … and a free-hand one
        page.locator("#fh-l1").selectOption("产出指标");
        page.locator("#fh-l2").fill("数量指标");
        page.locator("#fh-name").fill("医保基金飞行检查次数");
        page.locator("#fh-target").fill("≥2次");
        page.locator("#freehand-add").click();
        assertThat(rows).hasCount(14);
        // each added row joins its category: the free-hand 产出 row after the copied 产出 rows
        assertThat(rows.nth(8)).containsText("医保基金飞行检查次数");
        assertThat(rows.nth(13)).containsText("参保人员对医保服务的满意度");
        shot("1-targets-new", true);
        page.locator("#submit-targets").click();
        assertThat(page.locator("#target-status")).hasText("已提交");

        // 审核人: finds it among the 待办 and returns it with a comment
        as("suining-reviewer");
        assertThat(page.locator("#todo")).containsText("待我审核");
        page.locator("#todo a[href$='/scorecards/" + id + "']").first().click();
        page.waitForURL(Pattern.compile(".*/scorecards/" + id + "$"));
        page.locator("#open-return").click();
        page.locator("#return-comment-input").fill("满意度目标请与省级目标一致（≥90%）");
        shot("2-reviewer-returning", false);
        page.locator("#do-return").click();
        assertThat(page.locator("#notice")).containsText("已退回");

        // 填报人: sees the comment on the target table, fixes the target on the scorecard page, submits again
        as("suining-filler");
        page.navigate(url("/targets/" + id));
        assertThat(page.locator("#review-comment")).containsText("满意度目标请与省级目标一致");
        assertThat(page.locator("#target-status")).hasText("已退回");
        page.locator("a[href$='/scorecards/" + id + "']").first().click();
        page.waitForURL(Pattern.compile(".*/scorecards/" + id + "$"));
        Locator satisfaction = page.locator("tr[id^=row-]").filter(new Locator.FilterOptions().setHasText("参保人员对医保服务的满意度"));
        satisfaction.locator("td.value").first().locator("a.edit").click();
        Locator input = page.locator("form.editor input[name=value]");
        assertThat(input).isFocused(); // the editor has settled (htmx focuses it): filled before, the swap could undo it
        input.fill("≥90%");
        input.press("Enter");
        assertThat(page.locator("form.editor")).hasCount(0);
        assertThat(satisfaction.locator("td.value").first()).containsText("≥90%");
        page.navigate(url("/targets/" + id));
        shot("3-filler-returned-fixed", false);
        page.locator("#submit-targets").click();
        assertThat(page.locator("#target-status")).hasText("已提交");

        // 审核人 approves
        as("suining-reviewer");
        page.locator("#todo a[href$='/scorecards/" + id + "']").first().click();
        page.waitForURL(Pattern.compile(".*/scorecards/" + id + "$"));
        page.locator("#do-approve").click();
        assertThat(page.locator("#notice")).hasText("已审核通过。");
        page.navigate(url("/targets/" + id));
        assertThat(page.locator("#target-status")).hasText("已审核");
        shot("4-reviewer-approved", false);

        // 填报人: once approved a target changes only by an adjustment, asked for on the 指标调整 page …
        as("suining-filler");
        page.navigate(url("/targets/" + id));
        link("指标调整").click();
        page.waitForURL(Pattern.compile(".*/targets/" + id + "/adjustments$"));
        page.locator("#adj-ind").selectOption("8"); // 医保基金飞行检查次数, ≥2次
        page.locator("#adj-target").fill("≥3次");
        page.locator("#adj-reason").fill("省局下达专项检查任务");
        button("提交调整申请").click();
        Locator asked = page.locator("#adjustment-list tbody tr").first();
        assertThat(asked).containsText("医保基金飞行检查次数");
        assertThat(asked).containsText("待审核");
        // … and decided by the 审核人 on the same page; the table then holds the adjusted target, the initial one kept
        as("suining-reviewer");
        page.navigate(url("/targets/" + id + "/adjustments"));
        button("同意").click();
        assertThat(page.locator("#adjustment-list tbody tr").first()).containsText("已同意");
        assertThat(page.locator("#adjustment-list tbody tr").first()).containsText("≥2次");
        shot("4b-adjustment-approved", true);
        page.navigate(url("/targets/" + id));
        assertThat(page.locator("#target-rows tbody tr").nth(8)).containsText("≥3次");

        // 填报人: the 1–7月 round — 100 of 320 paid, one campaign of four held
        as("suining-filler");
        page.locator("#topnav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("运行监控")).click();
        page.locator("#monitored").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(project)).click();
        page.waitForURL(Pattern.compile(".*/monitoring/" + id + "$"));
        page.locator("#r-month").selectOption("7");
        page.locator("#r-paid").fill("100");
        page.locator("#r-committed").fill("60");
        page.getByLabel("开展全域医保政策宣传活动次数 截至监控月执行情况").fill("1次");
        page.getByLabel("开展全域医保政策宣传活动次数 全年预计完成情况").fill("4次");
        page.getByLabel("开展全域医保政策宣传活动次数 完成目标可能性").selectOption("LIKELY");
        page.getByLabel("开展医保工作政府信息公开工作会议或培训 截至监控月执行情况").fill("3次");
        page.getByLabel("开展医保工作政府信息公开工作会议或培训 完成目标可能性").selectOption("CERTAIN");
        page.getByLabel("定点医药机构监督检查覆盖率 截至监控月执行情况").fill("95%");
        page.getByLabel("定点医药机构监督检查覆盖率 完成目标可能性").selectOption("CERTAIN");
        page.locator("#record-round").click();
        // refused whole: the red light needs a reason and a measure, the red budget a note; what was typed stays
        assertThat(page.locator("#round-problems")).containsText("开展全域医保政策宣传活动次数");
        assertThat(page.locator("#round-problems")).containsText("纠偏措施");
        assertThat(page.locator("#round-problems")).containsText("预算执行");
        assertThat(page.getByLabel("开展全域医保政策宣传活动次数 截至监控月执行情况")).hasValue("1次");
        assertThat(page.locator("#r-paid")).hasValue("100");
        shot("5-round-refused", false);
        page.getByLabel("开展全域医保政策宣传活动次数 偏差原因分析").fill("上半年集中宣传活动暂停");
        page.getByLabel("开展全域医保政策宣传活动次数 纠偏措施").fill("8月起每月进社区宣传一次");
        page.locator("#r-note").fill("资金6月下达，合同已签订，9月集中支付");
        page.locator("#record-round").click();
        Locator round = page.locator("#round-7");
        assertThat(round).containsText("31.25%");
        // red where execution is behind: the budget (31.25 % paid at 58.33 % of the year) and the campaigns (1 of a pro-rata 2.33)
        assertThat(round.locator(".light.l-RED")).hasCount(2);
        assertThat(round.locator("tr.l-row-RED")).containsText("开展全域医保政策宣传活动次数");
        assertThat(round.locator("tr.l-row-BLUE")).containsText("开展医保工作政府信息公开工作会议或培训"); // 3 of 2.33: ahead
        assertThat(round.locator("tr.l-row-GREEN")).containsText("定点医药机构监督检查覆盖率");
        // each light with its reason, in the page's language
        assertThat(round.locator("tr.l-row-RED .explanation")).hasText("进度 1次 ÷ 序时目标 2.33 = 42.86%");
        shot("6-monitoring-round", true);
        // 佐证材料 for the round: uploaded on the page, listed with what it is attached to, downloadable from there
        page.locator("#ev-file").setInputFiles(new com.microsoft.playwright.options.FilePayload("宣传活动签到表.pdf", "application/pdf",
                "%PDF-1.4\n% 签到表\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("#ev-to").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("监控记录 1–7月"));
        page.locator("#evidence-upload button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/monitoring/" + id + "$"));
        Locator file = page.locator("#evidence-list tbody tr").first();
        assertThat(file).containsText("宣传活动签到表.pdf");
        assertThat(file).containsText("监控记录 1–7月");
        assertThat(file.locator("a")).hasAttribute("href", Pattern.compile("/api/v1/scorecards/" + id + "/evidence/\\d+$"));

        // the city's roll-up of the round, per indicator
        as("suining-reviewer");
        page.navigate(url("/monitoring?region=" + city + "&year=2025&month=7"));
        assertThat(page.locator("#mon-rollup")).containsText("31.25%");
        assertThat(page.locator("#mon-indicators")).containsText("开展全域医保政策宣传活动次数");
        assertThat(page.locator("#mon-indicators")).containsText("1次");
        shot("7-monitoring-rollup", false);

        // year end: the self-evaluation made from the approved table, scored against its targets
        as("suining-filler");
        page.navigate(url("/targets/" + id));
        page.locator("#start-self-evaluation").click();
        page.waitForURL(Pattern.compile(".*/targets/" + id + "/self-evaluation$"));
        page.locator("#enter-actuals").click();
        page.waitForURL(Pattern.compile(".*/scorecards/\\d+$"));
        page.locator("#row-0 td.value").nth(1).locator("a.edit").click();
        input = page.locator("form.editor input[name=value]");
        assertThat(input).isFocused();
        input.fill("2次");
        input.press("Enter");
        assertThat(page.locator("form.editor")).hasCount(0);
        assertThat(page.locator("#row-0")).containsText("2次");
        // … and reports 300 as executed, while monitoring recorded 100 as paid
        page.locator("a.edit[href*='edit=budget.executed']").click();
        input = page.locator("form.editor input[name=value]");
        input.fill("300");
        input.press("Enter");
        assertThat(page.locator("form.editor")).hasCount(0);
        page.navigate(url("/targets/" + id + "/self-evaluation"));
        Locator first = page.locator("#ye-scores tbody tr").first();
        assertThat(first).containsText("开展全域医保政策宣传活动次数");
        assertThat(first).containsText("4次"); // the explanation names the approved target
        BigDecimal weight = new BigDecimal(first.locator("td").nth(1).textContent().trim());
        BigDecimal score = new BigDecimal(first.locator("td").nth(2).textContent().trim());
        // 2 of the approved ≥4: half the weight
        assertThat(score).isEqualByComparingTo(weight.divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP));
        // the 执行数 against the cash paid by July: both figures, both rates
        assertThat(page.locator("#ye-notes")).containsText("300.00");
        assertThat(page.locator("#ye-notes")).containsText("93.75%");
        assertThat(page.locator("#ye-notes")).containsText("31.25%");
        shot("8-self-evaluation", false);

        // the cycle's pages once more, as their readers see them in both languages at both widths
        String[] pages = {"/targets/" + id, "/monitoring/" + id, "/targets/" + id + "/self-evaluation", "/targets/" + id + "/adjustments"};
        String[] names = {"9-targets", "9-monitoring", "9-self-evaluation", "9-adjustments"};
        for (String lang : new String[] {"zh", "en"}) {
            for (int i = 0; i < pages.length; i++) {
                page.navigate(url(pages[i] + "?lang=" + (lang.equals("zh") ? "zh_CN" : "en")));
                look(names[i], lang, 1440, 390);
            }
        }
        as("suining-reviewer");
        for (String lang : new String[] {"zh", "en"}) {
            page.navigate(url("/monitoring?region=" + city + "&year=2025&month=7&lang=" + (lang.equals("zh") ? "zh_CN" : "en")));
            look("9-monitoring-rollup", lang, 1440, 390);
        }
        soft.assertAll();
    }
}
