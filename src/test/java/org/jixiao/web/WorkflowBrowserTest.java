package org.jixiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.orgs.Orgs;
import org.jixiao.kernel.Scope;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.support.Chromium;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review workflow as a 填报人 and a 审核人 do it in a browser, using only the home page's 待办 and the scorecard
 * page: submit → withdraw → submit → a remark on one indicator → return with a comment → fix → submit → approve → publish. Every page on the way
 * must show no field path, no UTC time stamp, no English sentence on a Chinese page, no Chinese of our own in an
 * explanation or finding on an English page (the table's data — names, targets, actuals, units — stays as written),
 * and nothing wider than the screen (on a phone the navigation collapsed behind 菜单). Screenshots of each step go to target/screenshots/workflow-*.
 */
@JixiaoTest
class WorkflowBrowserTest {
    static Chromium chromium;
    /** Three English words in a row: a sentence (or a phrase of one) that a Chinese page must not show. */
    static final Pattern ENGLISH_SENTENCE = Pattern.compile("\\b[A-Za-z]{2,}(?:[ ,'’]+[A-Za-z]{2,}){2,}\\b");
    static final Pattern UTC_STAMP = Pattern.compile("T..:..:..\\.");
    static final Pattern FIELD_PATH = Pattern.compile("indicators\\[");

    @LocalServerPort int port;
    @Autowired Scorecards scorecards;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;
    @Autowired Orgs orgs;
    long id;
    String lang;
    int width;
    BrowserContext filler;
    BrowserContext reviewer;

    @BeforeAll
    static void launch() { chromium = Chromium.launch(); }

    @AfterAll
    static void close() {
        if (chromium != null) chromium.close();
    }

    @BeforeEach
    void setUp() {
        chromium.assumeAvailable();
        jdbc.sql("delete from scorecard").update();
        demo.load();
        long bureau = orgs.byName("遂宁市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        id = scorecards.create(Fixtures.submittable(Seeds.SUINING), bureau, null, null).id();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterEach
    void closeContexts() {
        if (filler != null) filler.close();
        if (reviewer != null) reviewer.close();
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"zh, 1440", "zh, 390", "en, 1440", "en, 390"})
    void aScorecardGoesFromSubmissionToPublicationOnTheScorecardPageAndTheHomePagesToDos(String lang, int width) {
        this.lang = lang;
        this.width = width;
        boolean zh = lang.equals("zh");
        Page f = signIn(filler = context(), "suining-filler");
        Page r = signIn(reviewer = context(), "suining-reviewer");

        // the filler finds the table among the to-dos and submits it from the scorecard page
        open(f, "/");
        assertThat(f.locator("#todo")).containsText(zh ? "待提交" : "To submit");
        check(f, "1-filler-home");
        f.locator("#todo a[href$='/scorecards/" + id + "']").first().click();
        f.waitForURL(Pattern.compile(".*/scorecards/" + id));
        check(f, "2-filler-scorecard");
        f.locator("#do-submit").click();
        assertThat(f.locator("#notice")).hasText(zh ? "已提交，等待审核。" : "Submitted; waiting for review.");
        check(f, "3-filler-submitted");

        // 撤回 while not yet reviewed (with a confirmation), then submitted again
        f.onceDialog(d -> d.accept());
        f.locator("#do-withdraw").click();
        assertThat(f.locator("#notice")).containsText(zh ? "已撤回" : "Withdrawn");
        assertThat(f.locator(".form-head .status")).hasText(zh ? "填报中" : "Draft");
        f.locator("#do-submit").click();
        assertThat(f.locator("#notice")).containsText(zh ? "已提交" : "Submitted");

        // the reviewer finds it waiting for review and returns it with a comment
        open(r, "/");
        assertThat(r.locator("#todo")).containsText(zh ? "待我审核" : "Waiting for my review");
        check(r, "4-reviewer-home");
        r.locator("#todo a[href$='/scorecards/" + id + "']").first().click();
        r.waitForURL(Pattern.compile(".*/scorecards/" + id));
        assertThat(r.locator("#do-submit")).hasCount(0);
        // a remark on one indicator, named on the page by its 序号 and name
        r.locator("#comment-indicator").selectOption("1");
        r.locator("#comment-text").fill("宣传活动请附照片");
        r.locator("#do-comment").click();
        assertThat(r.locator("#notice")).hasText(zh ? "意见已发表。" : "Your comment has been added.");
        assertThat(r.locator("#comments li").last()).containsText((zh ? "第1项「" : "No. 1 “") + "开展全域医保政策宣传活动次数");
        assertThat(r.locator("#comments li").last()).containsText("宣传活动请附照片");
        r.locator("#open-return").click();
        r.locator("#return-comment-input").fill("请补充第1项宣传次数的偏差说明");
        check(r, "5-reviewer-returning");
        r.locator("#do-return").click();
        assertThat(r.locator("#notice")).containsText(zh ? "已退回" : "Returned");
        check(r, "6-reviewer-returned");

        // the filler sees it returned, with the comment on the to-do and at the top of the scorecard, and fixes it
        open(f, "/");
        assertThat(f.locator("#todo")).containsText(zh ? "退回给我的" : "Returned to me");
        assertThat(f.locator("#todo")).containsText("请补充第1项宣传次数的偏差说明");
        check(f, "6b-filler-home-returned");
        f.locator("#todo a[href$='/scorecards/" + id + "']").first().click();
        f.waitForURL(Pattern.compile(".*/scorecards/" + id));
        assertThat(f.locator("#return-comment")).containsText("请补充第1项宣传次数的偏差说明");
        // the review's conversation below the table: the remark on 第1项 and the return's comment, in order
        assertThat(f.locator("#comments li")).hasCount(2);
        assertThat(f.locator("#comments li").last()).containsText(zh ? "退回意见" : "Return comment");
        assertThat(f.locator("#comments li").last()).containsText("请补充第1项宣传次数的偏差说明");
        check(f, "7-filler-returned");
        f.locator("#row-0 td.reason a.edit").click();
        f.locator(".editor textarea").fill("已按计划完成4次宣传，另开展线上宣传");
        f.locator(".editor button.primary").click();
        assertThat(f.locator(".editor")).hasCount(0);
        assertThat(f.locator("#row-0")).containsText("另开展线上宣传");
        check(f, "8-filler-fixed");
        // the 绩效自评 tab: laid out like the official 自评表, the reason just written under 偏差原因分析及改进措施
        f.locator(".tabs a[href$='/evaluation']").click();
        f.waitForURL(Pattern.compile(".*/scorecards/" + id + "/evaluation"));
        assertThat(f.locator("table.evaluation thead")).containsText(zh ? "二级指标" : "Level 2");
        assertThat(f.locator("#row-0 td.reason")).containsText("另开展线上宣传");
        assertThat(f.locator("select[id^=kind-]")).hasCount(0); // 区域汇总方式 is for a region's table only
        // every score explains itself in the page's language: the first row's explanation, the execution score's
        assertThat(f.locator("#row-0 .explanation")).hasText(zh ? "完成值8次，达到指标值≥4次，得满分6.25"
                : "Actual “8次” meets the target “≥4次”: full marks 6.25");
        assertThat(f.locator("p.explain .explanation")).containsText(zh ? "执行率81.80%" : "execution rate 81.80 %");
        check(f, "8b-filler-evaluation");
        f.locator("#do-submit").click();
        assertThat(f.locator("#notice")).containsText(zh ? "已提交" : "Submitted");

        // the reviewer approves and publishes (after confirming)
        open(r, "/");
        r.locator("#todo a[href$='/scorecards/" + id + "']").first().click();
        r.waitForURL(Pattern.compile(".*/scorecards/" + id));
        r.locator("#do-approve").click();
        assertThat(r.locator("#notice")).hasText(zh ? "已审核通过。" : "Approved.");
        check(r, "9-reviewer-approved");
        String[] asked = new String[1];
        r.onceDialog(d -> { asked[0] = d.message(); d.accept(); });
        r.locator("#do-publish").click();
        assertThat(r.locator("#notice")).containsText(zh ? "已公开" : "Published");
        assertThat(asked[0]).contains(zh ? "确定公开吗" : "Publish it?");
        assertThat(r.locator(".form-head .status")).hasText(zh ? "已公开" : "Published");
        check(r, "10-reviewer-published");
        // the 自评报告 was kept at publication: offered on the scorecard page and, with the table, on the public page
        assertThat(r.locator("#export-report")).isVisible();
        open(r, "/public/" + id);
        assertThat(r.locator("#public-report")).isVisible();
        assertThat(r.locator(".official-form")).containsText("开展全域医保政策宣传活动次数");
        assertThat(r.locator("#grade")).hasText(zh ? "优" : "Excellent");
        check(r, "10b-public-page");

        // the history on the way speaks the page language too
        open(r, "/scorecards/" + id + "/history");
        assertThat(r.locator("#history")).containsText(zh ? "已公开" : "Published");
        check(r, "11-history");
        assertThat(scorecards.find(id).orElseThrow().status().name()).isEqualTo("PUBLISHED");
    }

    BrowserContext context() {
        return chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(width, width < 600 ? 844 : 900)
                .setLocale(lang.equals("zh") ? "zh-CN" : "en-US"));
    }

    Page signIn(BrowserContext context, String user) {
        Page page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.navigate(url("/login?lang=" + (lang.equals("zh") ? "zh_CN" : "en")));
        page.locator("#username").fill(user);
        page.locator("#password").fill(DemoAccounts.PASSWORD);
        page.locator("button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/(\\?continue)?$"));
        return page;
    }

    void open(Page page, String path) { page.navigate(url(path)); }

    /** Elements reaching past the right edge of the screen, unless inside a box that scrolls (at most ten, for the message). */
    @SuppressWarnings("unchecked")
    static List<String> tooWide(Page page) {
        return (List<String>) page.evaluate("""
                () => { const w = document.documentElement.clientWidth, out = [];
                  const scrolls = el => { for (let p = el.parentElement; p; p = p.parentElement) {
                    const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; }
                    return false; };
                  for (const el of document.querySelectorAll('body *')) {
                    const r = el.getBoundingClientRect();
                    if (r.width > 0 && r.right > w + 1 && !scrolls(el)) out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right));
                  }
                  if (document.documentElement.scrollWidth > w + 1) out.push('page ' + document.documentElement.scrollWidth);
                  return out.slice(0, 10); }""");
    }

    /**
     * Each run of Han characters in an explanation or a finding that is not data of the page: a run is data when the
     * page's tables show it outside explanations and findings (an indicator's name, target or actual, a unit name).
     */
    @SuppressWarnings("unchecked")
    static List<String> ourChineseIn(Page page) {
        return (List<String>) page.evaluate("""
                () => { const ours = '.explanation, .findings li, .explain';
                  const data = [...document.querySelectorAll('table, .summary')].map(t => {
                    const c = t.cloneNode(true); c.querySelectorAll(ours).forEach(e => e.remove()); return c.textContent; }).join('\\n');
                  const out = [];
                  for (const el of document.querySelectorAll(ours)) {
                    for (const run of el.textContent.match(/\\p{Script=Han}+/gu) || []) {
                      if (!data.includes(run)) out.push(run + ' in: ' + el.textContent.trim().slice(0, 120));
                    }
                  }
                  return out.slice(0, 10); }""");
    }

    String url(String path) { return "http://localhost:" + port + path; }

    /** What every page on the way must (not) show, then its screenshot. */
    void check(Page page, String step) {
        page.waitForLoadState();
        String text = page.locator("body").innerText();
        String where = step + " (" + lang + ", " + width + " px)";
        assertThat(text).as(where + ": a field path").doesNotContainPattern(FIELD_PATH);
        assertThat(text).as(where + ": a UTC time stamp").doesNotContainPattern(UTC_STAMP);
        if (lang.equals("zh")) {
            Matcher m = ENGLISH_SENTENCE.matcher(text);
            assertThat(m.find() ? m.group() : null).as(where + ": English on a Chinese page").isNull();
        }
        if (lang.equals("en")) {
            assertThat(ourChineseIn(page)).as(where + ": Chinese of our own in an explanation or finding").isEmpty();
        }
        // at any width nothing reaches past the screen's edge (wide tables scroll in their own box)
        assertThat(tooWide(page)).as(where + ": wider than the " + width + " px screen").isEmpty();
        if (width < 600) {
            assertThat(page.locator("#topnav")).isHidden(); // the navigation is collapsed behind the menu button
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(lang.equals("zh") ? "菜单" : "Menu"))).isVisible();
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Chromium.SHOTS.resolve("workflow-" + lang + "-" + width + "-" + step + ".png")));
    }
}
