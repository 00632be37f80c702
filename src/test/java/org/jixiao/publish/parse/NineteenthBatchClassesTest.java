package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.HeldOutRows.heldOutTable;
import static org.jixiao.publish.parse.HeldOutRows.names;
import static org.jixiao.publish.parse.HeldOutRows.parse;
import static org.jixiao.publish.parse.HeldOutRows.row;
import static org.jixiao.publish.parse.HeldOutRows.source;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;

import java.io.IOException;
import java.util.List;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The held-out nineteenth batch's (h231–h242) misses on 26465b2, by class (heldout/batch19.md): a 区域绩效目标表 whose
 * title names 转移支付 (中央对地方转移支付区域绩效目标表) read as a transfer self-evaluation (h232); the project label
 * 转移支付名称 not known (h232); cells wrapped mid-cell over two lines of a one-cell-per-line PDF copy (h233); a report's
 * fund sources given per source in sentences (年初 list, then 其中X支出…，执行率…；Y全年预算…，支出…) not read (h240);
 * and two found in the regression set: the source name 社会资金 in a report's sentences (h237's budget so written), and
 * 来源：本站 on a government site's page taken for a document site (h234).
 * Each on the document's own lines and on a variant of the same class (disabled until the lead's fix, each run enabled
 * once on 26465b2 and failing on the class's misreading), with the case the fix must leave alone (passing on 26465b2).
 */
class NineteenthBatchClassesTest {

    // ---- 1. a 区域绩效目标表 whose title names 转移支付 ----

    /** h232: 2024年中央对地方转移支付区域绩效目标表 (no 自评, nothing done): 26465b2 reads form transfer-self-evaluation. */
    @Test
    void aTransferRegionalTargetsTableIsTargets() throws IOException {
        Scorecard t = heldOutTable("h232");
        assertThat(t.form()).isEqualTo("project-targets");
        assertThat(t.budget().executed()).isNull();
    }

    private static final String REGIONAL = """
            %s
            %s\t农村综合改革转移支付
            中央主管部门\t财政部\t省级主管部门\t某省财政厅
            资金情况（万元）\t年度金额：\t1,200
            \t其中：中央补助\t1,000
            \t地方资金\t200
            年度总体目标\t支持美丽乡村建设示范村20个，改善农村人居环境。
            绩效指标\t一级指标\t二级指标\t三级指标\t指标值
            \t产出指标\t数量指标\t美丽乡村示范村建设数量\t≥20个
            \t效益指标\t社会效益指标\t村容村貌改善\t明显改善
            \t满意度指标\t服务对象满意度指标\t村民满意度\t≥90%%
            """;

    /** The same class with another fund and the label 转移支付（专项）名称 (which is known). */
    @Test
    void anotherTransferRegionalTargetsTableIsTargets() {
        Scorecard t = parse(REGIONAL.formatted("2024年中央对地方转移支付区域绩效目标表", "转移支付（专项）名称"));
        assertThat(t.form()).isEqualTo("project-targets");
        assertThat(t.project()).isEqualTo("农村综合改革转移支付");
    }

    /** Left alone: a 转移支付…绩效目标自评表 title stays a transfer self-evaluation (h236 and the variant). */
    @Test
    void aTransferSelfEvaluationTitleStaysTransfer() throws IOException {
        assertThat(heldOutTable("h236").form()).isEqualTo("transfer-self-evaluation");
        assertThat(parse(REGIONAL.formatted("2024年农村综合改革转移支付区域绩效目标自评表", "转移支付（专项）名称")).form())
                .isEqualTo("transfer-self-evaluation");
    }

    // ---- 2. the project label 转移支付名称 ----

    /** h232: 转移支付名称\t公共体育场馆向社会免费或低收费开放补助资金: 26465b2 reads project null. */
    @Test
    void theLabelTransferNameNamesTheProject() throws IOException {
        assertThat(heldOutTable("h232").project()).isEqualTo("公共体育场馆向社会免费或低收费开放补助资金");
    }

    /** The same class in another table. */
    @Test
    void theLabelTransferNameNamesAnotherProject() {
        assertThat(parse(REGIONAL.formatted("2024年中央对地方转移支付区域绩效目标表", "转移支付名称")).project())
                .isEqualTo("农村综合改革转移支付");
    }

    /** Left alone: 转移支付（专项）名称 and 转移支付（项目）名称 are read. */
    @Test
    void knownTransferLabelsNameTheProject() {
        assertThat(parse(REGIONAL.formatted("2024年中央对地方转移支付区域绩效目标表", "转移支付（专项）名称")).project())
                .isEqualTo("农村综合改革转移支付");
        assertThat(parse(REGIONAL.formatted("2024年中央对地方转移支付区域绩效目标表", "转移支付（项目）名称")).project())
                .isEqualTo("农村综合改革转移支付");
    }

    // ---- 3. cells wrapped mid-cell in a one-cell-per-line PDF copy ----

    /**
     * h233: 测震台网数据完 / 整率 then ≥95%且≤100%: 26465b2 reads name 测震台网数据完, target 整率, actual ≥95%且≤100%, the
     * rows after shifted (10 rows for 9), goal null.
     */
    @Disabled("class: a cell wrapped over two lines of a one-cell-per-line copy read as two cells — fixed by the lead after merge")
    @Test
    void wrappedCellsOnePerLineAreOneCell() throws IOException {
        Scorecard t = heldOutTable("h233");
        assertThat(t.indicators()).hasSize(9);
        Indicator r = row(t, "测震台网数据完整率");
        assertThat(r.target()).isEqualTo("≥95%且≤100%");
        assertThat(r.actual()).isEqualTo("98.7%");
        assertThat(row(t, "地震信息服务对象满意度").target()).isEqualTo("≥90%");
        assertThat(t.overallGoal()).isNotNull();
    }

    private static final String LINES = """
            项目支出绩效自评表
            （2023年度）
            项目名称
            某县气象灾害监测项目
            主管部门
            某县气象局
            一级指标
            二级指标
            三级指标
            年度指标值
            实际完成值
            产出指标
            数量指标
            %s
            ≥30个
            31个
            质量指标
            %s
            ≥98%%
            99.1%%
            满意度指标
            服务对象满意度指标
            公众满意度
            ≥90%%
            92%%
            """;

    /** The same class in another table: 自动气象站运维数 / 量, 气象观测数据完整 / 率. */
    @Disabled("class: a cell wrapped over two lines of a one-cell-per-line copy read as two cells — fixed by the lead after merge")
    @Test
    void otherWrappedCellsOnePerLineAreOneCell() {
        Scorecard t = parse(LINES.formatted("自动气象站运维数\n量", "气象观测数据完整\n率"));
        assertThat(row(t, "自动气象站运维数量").target()).isEqualTo("≥30个");
        assertThat(row(t, "气象观测数据完整率").actual()).isEqualTo("99.1%");
    }

    /** Left alone: the same table with its cells unwrapped. */
    @Test
    void unwrappedCellsOnePerLineAreRead() {
        Scorecard t = parse(LINES.formatted("自动气象站运维数量", "气象观测数据完整率"));
        assertThat(names(t)).containsExactly("自动气象站运维数量", "气象观测数据完整率", "公众满意度");
        assertThat(row(t, "自动气象站运维数量").actual()).isEqualTo("31个");
        assertThat(row(t, "公众满意度").target()).isEqualTo("≥90%");
    }

    // ---- 4. a report's sources given per source in sentences ----

    /**
     * h240: 年初预算1,200万元，其中中央补助资金900万元，州级财政资金300万元 … 其中中央补助资金支出870万元，执行率96.67%；
     * 州级财政资金全年预算450万元，支出411.6万元，执行率91.47%: 26465b2 reads the totals right and no source.
     */
    @Disabled("class: a report's sources given per source in sentences (支出…，执行率…) not read — fixed by the lead after merge")
    @Test
    void aReportsPerSourceSentencesAreSources() throws IOException {
        Budget b = heldOutTable("h240").budget();
        assertThat(source(b, "中央补助资金").executed()).isEqualByComparingTo("870");
        assertThat(source(b, "州级财政资金").planned()).isEqualByComparingTo("450");
        assertThat(source(b, "州级财政资金").executed()).isEqualByComparingTo("411.6");
    }

    private static final String REPORT = """
            某县文化和旅游局2023年度公共文化服务项目支出绩效评价报告
            一、项目基本情况
                %s
            二、评价结论
                经评价，项目得分91分，等级为“优”。
            """;

    /** The same class in another report. */
    @Disabled("class: a report's sources given per source in sentences (支出…，执行率…) not read — fixed by the lead after merge")
    @Test
    void anotherReportsPerSourceSentencesAreSources() {
        Budget b = parse(REPORT.formatted("项目年初预算500万元，其中中央补助资金300万元，县级财政资金200万元。年中追加县级财政资金100万元，全年预算600万元。"
                + "项目实际支出570万元，预算执行率95%。其中中央补助资金支出300万元，执行率100%；县级财政资金全年预算300万元，支出270万元，执行率90%。")).budget();
        assertThat(b.planned()).isEqualByComparingTo("600");
        assertThat(source(b, "县级财政资金").executed()).isEqualByComparingTo("270");
        assertThat(source(b, "中央补助资金").planned()).isEqualByComparingTo("300");
    }

    /** Left alone: a list of sources that sums to the 全年预算 total is read (planned only). */
    @Test
    void aReportsSourceListIsRead() {
        Budget b = parse(REPORT.formatted("项目全年预算600万元，其中中央补助资金300万元、县级财政资金300万元。项目实际支出570万元，预算执行率95%。")).budget();
        assertThat(b.planned()).isEqualByComparingTo("600");
        assertThat(b.executed()).isEqualByComparingTo("570");
        assertThat(source(b, "中央补助资金").planned()).isEqualByComparingTo("300");
        assertThat(source(b, "县级财政资金").executed()).isNull();
    }

    // ---- 5. the source name 社会资金 in a report's sentences (found in the regression set: ReportBudgetSentencesTest, h237) ----

    private static final String SOURCES = """
            某市体育局2023年度全民健身赛事活动经费项目支出绩效评价报告
            一、项目基本情况
                项目全年预算180万元，%s。项目实际支出172.8万元，预算执行率96%%。
            二、评价结论
                经评价，项目得分91分，等级为“优”。
            """;

    /** h237's budget (财政拨款 150, 社会资金 30 of 180) written as a report's sentence: 26465b2 reads no source. */
    @Test
    void socialFundsInASentenceAreASource() {
        Budget b = parse(SOURCES.formatted("其中财政拨款150万元、社会资金30万元")).budget();
        assertThat(b.planned()).isEqualByComparingTo("180");
        assertThat(source(b, "社会资金").planned()).isEqualByComparingTo("30");
        assertThat(source(b, "财政拨款").planned()).isEqualByComparingTo("150");
    }

    /** The same class with 社会捐赠资金. */
    @Test
    void donatedFundsInASentenceAreASource() {
        Budget b = parse(SOURCES.formatted("其中中央补助资金130万元、社会捐赠资金50万元")).budget();
        assertThat(source(b, "社会捐赠资金").planned()).isEqualByComparingTo("50");
    }

    /** Left alone: 其他资金 beside 财政拨款 is read; h237's own table keeps its 社会资金. */
    @Test
    void otherFundsInASentenceAreASource() throws IOException {
        Budget b = parse(SOURCES.formatted("其中财政拨款150万元、其他资金30万元")).budget();
        assertThat(source(b, "其他资金").planned()).isEqualByComparingTo("30");
        assertThat(source(heldOutTable("h237").budget(), "社会资金").executed()).isEqualByComparingTo("26.5");
    }

    // ---- 6. 来源：本站 on a government site's page taken for a document site (found in the regression set: DocumentSiteTest, h234) ----

    private static final String CHROME = "删去文库页面的页面文字";

    private static List<String> chromeRemoved(String text, String name) {
        return TextParser.parse(text, name).warnings().stream().map(ParseWarning::message).filter(m -> m.contains(CHROME)).toList();
    }

    /** h234 lines 3 and 5 (您现在的位置…, 发布时间…来源：本站…点击数): 26465b2 removes both as a document site's chrome. */
    @Test
    void aGovernmentPagesOwnSiteIsNoDocumentSite() throws IOException {
        assertThat(chromeRemoved(heldOut("h234"), "h234.txt")).isEmpty();
    }

    private static final String PAGE = """
            某县体育局
            当前位置：首页 > 信息公开 > 财务信息
            发布时间：2024年05月10日  来源：%s  点击数：31
            项目支出绩效自评表
            | 项目名称 | 全民健身活动经费 ||||
            | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |
            | 产出指标 | 数量指标 | 举办健身活动场次 | ≥10场 | 12场 |
            | 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90%% | 93%% |
            """;

    /** The same class in another page. */
    @Test
    void anotherGovernmentPagesOwnSiteIsNoDocumentSite() {
        assertThat(chromeRemoved(PAGE.formatted("本站"), "t.txt")).isEmpty();
    }

    /** Left alone: the page naming its source otherwise removes nothing, and a document site's page (h228) keeps its four removals. */
    @Test
    void aDocumentSitesChromeIsStillRemoved() throws IOException {
        assertThat(chromeRemoved(PAGE.formatted("某县体育局"), "t.txt")).isEmpty();
        assertThat(chromeRemoved(heldOut("h228"), "h228.txt")).hasSize(4);
    }
}
