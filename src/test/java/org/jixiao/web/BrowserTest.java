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
        // once the editor has settled (openEditor): filled before htmx's swap, the value was replaced by the old one and
        // Enter saved that, leaving the total as it was (seen in CI once in two runs)
        var input = openEditor(page.locator("#row-" + row + " td.value").nth(1));
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

    /** A 部门整体(支出)绩效自评表 of the held-out set: a pipe table in 元, eight indicator rows with 分值 and 得分. */
    static final String H04 = "heldout/docs/h04_pingjiang_weijian_2023_dept_selfeval_pipes_yuan.txt";

    static String resource(String name) {
        try (var in = BrowserTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A fresh page at this width and language, signed in as Suining's filler (who imports for the bureau). */
    private void openAs(String locale, int width) {
        context.close();
        context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(width, width < 500 ? 844 : 900).setLocale(locale));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        signIn("suining-filler", "jixiao-demo");
        page.navigate(url("/imports?lang=" + (locale.startsWith("en") ? "en" : "zh_CN")));
    }

    private void preview() {
        page.locator("#preview-button").click();
        assertThat(page.locator("#result h2, #result .alert").first()).isVisible();
    }

    private void noWiderThanThePhone(int width) {
        if (width < 500) org.assertj.core.api.Assertions.assertThat(WorkflowBrowserTest.tooWide(page)).as("wider than 390 px").isEmpty();
    }

    /**
     * The new form's preview, looked at in both languages at both widths: the form named in words, the rows as read
     * with their 分值 and 得分, the parser's warning in the page's language naming its line, no field path and no form
     * code; then confirmed, it is the bureau's new scorecard.
     */
    @Test
    void theDepartmentSelfEvaluationImportPreviewReadsInEachLanguageAtBothWidths() {
        demo.load();
        String[][] runs = {{"zh-CN", "1440"}, {"en", "1440"}, {"zh-CN", "390"}, {"en", "390"}};
        for (String[] run : runs) {
            boolean en = run[0].equals("en");
            int width = Integer.parseInt(run[1]);
            openAs(run[0], width);
            page.locator("#import-text").fill(resource(H04));
            preview();
            assertThat(page.locator("#result h2")).hasText(en ? "1 table recognised, 1 warning" : "识别到 1 张表，1 条提示");
            var table = page.locator("#parsed-1");
            assertThat(table.locator(".parsed-form")).hasText(en ? "(Department self-evaluation)" : "（部门整体(支出)绩效自评表）");
            assertThat(table.locator(".parsed-facts")).containsText("平江县卫生健康局");
            // the amounts (written in 元) are read in 万元 and say so, in the page's words; each is shown as it will be
            // stored (six places: to the fen, so nothing is rounded away and there is no note)
            var budget = table.locator("table.parsed-budget");
            assertThat(budget.locator("caption")).hasText(en ? "Budget (unit: 10k yuan)" : "资金情况（单位：万元）");
            assertThat(budget.locator("tbody tr").first().locator("td.c-executed .stored")).hasText("4987.390514");
            assertThat(budget.locator(".as-read")).hasCount(0);
            assertThat(table.locator("table.parsed-table thead")).containsText(en ? "Indicator" : "三级指标");
            assertThat(table.locator("table.parsed-table thead")).containsText(en ? "Score" : "得分");
            var rows = table.locator("table.parsed-table tbody tr");
            assertThat(rows).hasCount(8);
            assertThat(rows.nth(0).locator("td.c-name")).hasText("适龄儿童免疫规划疫苗接种率");
            assertThat(rows.nth(0).locator("td.c-target .cell-text")).hasText("≥90%");
            assertThat(rows.nth(0).locator("td.c-actual .cell-text")).hasText("96.3%");
            assertThat(rows.nth(3).locator("td.c-name")).hasText("传染病报告及时率");
            assertThat(rows.nth(3).locator("td.c-weight")).hasText("10");
            assertThat(rows.nth(3).locator("td.c-score")).hasText("9");
            // the parser's warning, in the page's language only, leads to its line
            var warning = page.locator("ol.warnings li a").first();
            assertThat(warning).hasText(en ? Pattern.compile("^line 4: read by the cell grid.*") : Pattern.compile("^第4行: 按单元格网格读取.*"));
            assertThat(page.locator("ol.warnings")).not().containsText(en ? "第4行" : "line 4");
            String main = page.locator("main").innerText();
            org.assertj.core.api.Assertions.assertThat(main).doesNotContain("department-self-evaluation", "indicators[", "tables[");
            noWiderThanThePhone(width);
            shot("import-department-self-evaluation-" + (en ? "en" : "zh") + "-" + width);
        }
        page.locator("#confirm-button").click();
        page.waitForURL(Pattern.compile(".*/scorecards/\\d+$"));
        assertThat(page.locator(".form-head")).containsText("平江县卫生健康局");
        // laid out as the self-evaluation it is (it showed the target table's 职责/参考值 columns, no actual, no score)
        var head = page.locator(".form-table.indicators thead");
        assertThat(head).containsText("Level 1");
        assertThat(head).containsText("Actual");
        assertThat(head).not().containsText("Duty");
        assertThat(page.locator("#row-0 td.value").nth(1)).containsText("96.3%");
        assertThat(page.locator("#row-3 td.score")).hasText(Pattern.compile("^9(\\.\\d+)?$"));
        noWiderThanThePhone(390);
        shot("import-department-self-evaluation-saved-en-390");
    }

    /**
     * Held-out h17 (amounts in 元, 财政拨款 and 其他资金): the preview's budget has every row the scorecard will store,
     * each amount as stored with its unit named, in both languages at both widths; confirmed, the scorecard's budget
     * shows the same rows and amounts.
     */
    @Test
    void theImportPreviewShowsEveryFundSourceOfTheBudgetAsItWillBeStored() {
        demo.load();
        String h17 = resource("heldout/docs/h17_liling_minzheng_2023_dept_selfeval_paragraphs_yuan.txt");
        List<String> previewed = null;
        for (String[] run : new String[][] {{"zh-CN", "1440"}, {"en", "1440"}, {"zh-CN", "390"}, {"en", "390"}}) {
            boolean en = run[0].equals("en");
            int width = Integer.parseInt(run[1]);
            openAs(run[0], width);
            if (width > 500) {
                page.locator("#import-text").fill(h17);
            } else { // on the phone, the page as a GBK site serves it, saved to a file: read in GB18030, and said so
                page.locator("#import-file").setInputFiles(new com.microsoft.playwright.options.FilePayload("醴陵民政.txt",
                        "text/plain", h17.getBytes(java.nio.charset.Charset.forName("GB18030"))));
            }
            preview();
            if (width < 500) {
                assertThat(page.locator("#read-as")).hasText(en ? "“醴陵民政.txt” was read as text in GB18030" : "文件「醴陵民政.txt」按 GB18030 编码的文本读取");
            }
            var budget = page.locator("#parsed-1 table.parsed-budget");
            assertThat(budget.locator("caption")).hasText(en ? "Budget (unit: 10k yuan)" : "资金情况（单位：万元）");
            assertThat(budget.locator("tbody th")).hasText(new String[] {en ? "Total funds" : "年度资金总额", "财政拨款", "其他资金"});
            assertThat(budget.locator("tbody tr").first().locator("td.c-planned .stored")).hasText("9123.86547");
            previewed = budget.locator("tbody tr td.c-planned .stored").allInnerTexts();
            noWiderThanThePhone(width);
            shot("import-budget-sources-" + (en ? "en" : "zh") + "-" + width);
        }
        page.locator("#confirm-button").click();
        page.waitForURL(Pattern.compile(".*/scorecards/\\d+$"));
        var stored = page.locator(".form-table.budget tbody tr");
        assertThat(stored.locator("th")).hasText(new String[] {"Total funds", "财政拨款", "其他资金"});
        assertThat(stored.nth(0).locator("td").first()).containsText(previewed.get(0)); // the total's cell is editable
        org.assertj.core.api.Assertions.assertThat(List.of(stored.nth(1).locator("td").first().innerText().strip(),
                stored.nth(2).locator("td").first().innerText().strip()))
                .as("the scorecard's 全年预算数 column").isEqualTo(previewed.subList(1, 3));
        shot("import-budget-sources-saved-en-390");
    }

    /**
     * An Excel export goes back in through the file input (it was read as GBK text before: a screen of mojibake, no
     * table): previewed with the sheet's rows as the document, confirmed, and stored as the same scorecard.
     */
    @Test
    void anExcelExportIsImportedThroughTheFileInputAndStoredAsTheSameScorecard() throws Exception {
        demo.load();
        long suiningBureau = orgs.byName("遂宁市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        var parsed = TextParser.parse(resource(H04), "h04.txt").tables().get(0);
        var stored = scorecards.create(parsed, suiningBureau, null, null);
        var out = new java.io.ByteArrayOutputStream();
        org.jixiao.publish.export.Exporter.export(stored.scorecard(), org.jixiao.publish.export.Format.XLSX, out);
        jdbc.sql("delete from scorecard where id = :id").param("id", stored.id()).update();
        var file = new com.microsoft.playwright.options.FilePayload("平江县卫生健康局-2023.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
        for (String[] run : new String[][] {{"en", "390"}, {"zh-CN", "1440"}}) {
            boolean en = run[0].equals("en");
            int width = Integer.parseInt(run[1]);
            openAs(run[0], width);
            page.locator("#import-file").setInputFiles(file);
            preview();
            assertThat(page.locator("#result h2")).hasText(en ? "1 table recognised, no warnings" : "识别到 1 张表，0 条提示");
            assertThat(page.locator("#read-as")).hasText(en ? "“平江县卫生健康局-2023.xlsx” was read as an Excel workbook"
                    : "文件「平江县卫生健康局-2023.xlsx」按 Excel 工作簿读取");
            var rows = page.locator("#parsed-1 table.parsed-table tbody tr");
            assertThat(rows).hasCount(8);
            assertThat(rows.nth(3).locator("td.c-name")).hasText("传染病报告及时率");
            assertThat(rows.nth(3).locator("td.c-actual .cell-text")).hasText("99.2%");
            assertThat(rows.nth(3).locator("td.c-weight")).hasText("10");
            // the document beside it is the sheet, row by row
            assertThat(page.locator(".source")).containsText("传染病报告及时率");
            assertThat(page.locator(".source")).not().containsText("[Content_Types]");
            noWiderThanThePhone(width);
            shot("import-xlsx-" + (en ? "en" : "zh") + "-" + width);
        }
        page.locator("#confirm-button").click();
        page.waitForURL(Pattern.compile(".*/scorecards/\\d+$"));
        assertThat(page.locator(".form-head")).containsText("平江县卫生健康局");
        long id = Long.parseLong(page.url().replaceAll(".*/scorecards/", ""));
        // what was exported is what is stored again: budget, goal and every row's cells
        var back = scorecards.find(id).orElseThrow().scorecard();
        org.assertj.core.api.Assertions.assertThat(back.budget()).isEqualTo(stored.scorecard().budget());
        org.assertj.core.api.Assertions.assertThat(back.overallGoal()).isEqualTo(stored.scorecard().overallGoal());
        java.util.function.Function<org.jixiao.scorecard.Scorecard, List<List<Object>>> cells = t -> t.indicators().stream()
                .map(i -> java.util.Arrays.<Object>asList(i.level1(), i.level2(), i.name(), i.target(), i.actual(), i.weight(), i.score())).toList();
        org.assertj.core.api.Assertions.assertThat(cells.apply(back)).isEqualTo(cells.apply(stored.scorecard()));
        shot("import-xlsx-saved-zh-1440");
    }

    /** A damaged workbook: a clear refusal in the page's language naming the file, and nothing stored. */
    @Test
    void aDamagedWorkbookIsRefusedNamingTheFileInThePageLanguageAndNothingIsStored() {
        demo.load();
        long batches = jdbc.sql("select count(*) from import_batch").query(Long.class).single();
        var file = new com.microsoft.playwright.options.FilePayload("自评表.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "PK\u0003\u0004 not really a workbook".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        for (String[] run : new String[][] {{"zh-CN", "1440"}, {"en", "390"}}) {
            boolean en = run[0].equals("en");
            int width = Integer.parseInt(run[1]);
            openAs(run[0], width);
            page.locator("#import-file").setInputFiles(file);
            preview();
            var alert = page.locator("#result .alert.error");
            assertThat(alert).containsText(en ? "the Excel workbook “自评表.xlsx” cannot be imported: not a readable Excel workbook"
                    : "Excel 工作簿「自评表.xlsx」无法导入：不是可读取的 Excel 工作簿");
            assertThat(alert).not().containsText(en ? "工作簿" : "workbook");
            assertThat(alert).not().containsText("OOXML");
            assertThat(page.locator("#confirm-button")).hasCount(0);
            noWiderThanThePhone(width);
            shot("import-damaged-workbook-" + (en ? "en" : "zh") + "-" + width);
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from import_batch").query(Long.class).single())
                .isEqualTo(batches);
    }

    /**
     * A table whose 得分 is above its 分值 cannot be saved: the refusal names the indicator by 序号 and name (it said
     * 「第4项指标」, the preview's table not passed), in the page's language, and no table of the document is stored.
     */
    @Test
    void aScoreAboveItsWeightIsRefusedNamingTheIndicatorAndNothingIsSaved() {
        demo.load();
        String text = resource(H04).replace("| 传染病报告及时率 | 100% | 99.2% | 10 | 9 |", "| 传染病报告及时率 | 100% | 99.2% | 10 | 12 |");
        org.assertj.core.api.Assertions.assertThat(text).contains("| 10 | 12 |");
        long before = jdbc.sql("select count(*) from scorecard").query(Long.class).single();
        for (String[] run : new String[][] {{"zh-CN", "1440"}, {"en", "390"}}) {
            boolean en = run[0].equals("en");
            int width = Integer.parseInt(run[1]);
            openAs(run[0], width);
            page.locator("#import-text").fill(text);
            preview();
            assertThat(page.locator("#parsed-1 table.parsed-table tbody tr").nth(3).locator("td.c-score")).hasText("12");
            page.locator("#confirm-button").click();
            var alert = page.locator("#result .alert.error");
            assertThat(alert).containsText(en ? "No. 4 “传染病报告及时率”, Score: score cannot exceed the weight"
                    : "第4项「传染病报告及时率」的得分：得分不能高于分值");
            assertThat(alert).not().containsText("indicators[");
            assertThat(page.locator("#parsed-1")).isVisible(); // the preview stays, to be corrected and previewed again
            noWiderThanThePhone(width);
            shot("import-refused-score-" + (en ? "en" : "zh") + "-" + width);
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from scorecard").query(Long.class).single())
                .isEqualTo(before);
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
