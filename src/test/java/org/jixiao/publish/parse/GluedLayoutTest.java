package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * Classes of the glued layout (a table flattened with no separator, issue 10) that the corpus showed once: each with
 * the real row of its corpus document, and a variant with other words and figures that only the class reads right.
 */
class GluedLayoutTest {

    // ---- a merged grouping cell (评价指标) and a level word the forms do not define (011) ----

    /** 011 Ningjin: 评价指标 | 评价内容 | 指标名称 | 指标说明 | 目标值 | 分值 | 备注, one row per line, nothing between cells. */
    static final String NINGJIN = """
            2019年度宁晋县高中助学金项目绩效评价指标表

            评价指标评价内容指标名称指标说明目标值分值备注
            项目年度绩效目标(定量指标)制度指标规章制度建立与否20
            产出数量指标享受资助人数达到预计值210010
            资金支出率达到目标值95%10
            质量指标建档立卡学生全面覆盖100%10
            资助对象满意度达到目标值95%以上10
            时效指标及时发放率达到目标值100%20
            成本指标资助标准达标率100%20
            总分

            100
            """;

    static Scorecard single(String text) {
        ParsedDocument doc = TextParser.parse(text, "glued.txt");
        assertThat(doc.tables()).hasSize(1);
        return doc.tables().get(0);
    }

    static String[] row(Indicator i) {
        return new String[] {i.level1(), i.level2(), i.name(), i.target(), i.definition(), i.weight() == null ? null : i.weight().toPlainString()};
    }

    @Test
    void aMergedGroupingCellBeforeANonStandardLevelWordIsSaidAndTheLevelKept() {
        ParsedDocument doc = TextParser.parse(NINGJIN, "011.txt");
        List<Indicator> rows = doc.tables().get(0).indicators();
        assertThat(rows).hasSize(7);
        assertThat(row(rows.get(0))).containsExactly(null, "制度指标", "规章制度建立与否", null, null, "20");
        assertThat(row(rows.get(1))).containsExactly("产出指标", "数量指标", "享受资助人数", "2100", "达到预计值", "10");
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("项目年度绩效目标(定量指标)"));
    }

    @Test
    void anotherGroupingTextAndAnotherLevelWordAreReadTheSameWay() {
        String text = NINGJIN.replace("项目年度绩效目标(定量指标)制度指标规章制度建立与否20", "部门整体绩效目标(定性指标)管理指标资金管理办法健全10")
                .replace("时效指标及时发放率", "履职指标按期发放率");
        ParsedDocument doc = TextParser.parse(text, "variant.txt");
        List<Indicator> rows = doc.tables().get(0).indicators();
        assertThat(rows).hasSize(7);
        assertThat(row(rows.get(0))).containsExactly(null, "管理指标", "资金管理办法健全", null, null, "10");
        assertThat(row(rows.get(5))).containsExactly(null, "履职指标", "按期发放率", "100%", "达到目标值", "20");
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("部门整体绩效目标(定性指标)"));
    }

    @Test
    void aNameThatBeginsLikeALevelWordIsNotCutWhenTheHeaderHasNoLevelColumns() {
        // without 评价内容/二级指标 before the name, 考核指标 is the name's first word
        String text = NINGJIN.replace("评价指标评价内容指标名称", "指标名称").replace("项目年度绩效目标(定量指标)制度指标规章制度建立与否20",
                "考核指标完成率达到目标值90%20");
        for (String label : List.of("产出数量指标", "质量指标", "时效指标", "成本指标")) text = text.replace("\n" + label, "\n");
        List<Indicator> rows = single(text).indicators();
        assertThat(rows.get(0).name()).isEqualTo("考核指标完成率");
        assertThat(rows.get(0).level2()).isNull();
    }

    // ---- a short criterion in the 指标说明 column (011: 全面覆盖 beside 达到目标值) ----

    @Test
    void aCriterionInTheDefinitionColumnIsTheDefinitionWhereOtherRowsHaveOne() {
        List<Indicator> rows = single(NINGJIN).indicators();
        assertThat(row(rows.get(3))).containsExactly("产出指标", "质量指标", "建档立卡学生", "100%", "全面覆盖", "10");
        String variant = NINGJIN.replace("建档立卡学生全面覆盖100%10", "家庭经济困难学生应助尽助98%10");
        assertThat(row(single(variant).indicators().get(3))).containsExactly("产出指标", "质量指标", "家庭经济困难学生", "98%", "应助尽助", "10");
    }

    @Test
    void aCriterionWordEndingANameStaysInTheNameWhenNoRowHasADefinition() {
        String variant = NINGJIN.replace("达到预计值", "").replace("达到目标值", "");
        assertThat(single(variant).indicators().get(3).name()).isEqualTo("建档立卡学生全面覆盖");
    }

    // ---- OCR-garbled unit and nature cells glued to the name (016) ----

    /** 016 Chongqing: the 部门整体 self-evaluation flattened by a document site, rows as published. */
    static final String CHONGQING_HEADER = "部门整体绩效自评表\n指标名称计量单位指标性质年初指标值调整指标值年成值全完值得分系数(%)指标权重(分)指标得分(分)是否核心指标";

    @Test
    void aNatureCellReadAcrossItsTwoLinesIsNotPartOfTheName() {
        Scorecard real = single(CHONGQING_HEADER + "财政供养人员控制率%定量指标100%92%100%22否管理制度健全性性标定指高高100%33否资金使用合规性好好100%55否\n");
        assertThat(real.indicators()).extracting(Indicator::name).containsExactly("财政供养人员控制率", "管理制度健全性", "资金使用合规性");
        assertThat(real.indicators().get(1).target()).isEqualTo("高");
        // 定量指标 scrambled the other way, and a name that ends in 性 like the nature cell's first character
        Scorecard variant = single(CHONGQING_HEADER + "财政供养人员控制率%定量指标100%92%100%22否档案管理规范性量标定指好好100%44否资金使用合规性好好100%55否\n");
        assertThat(variant.indicators().get(1).name()).isEqualTo("档案管理规范性");
        assertThat(variant.indicators().get(1).weight()).isEqualByComparingTo("4");
    }

    @Test
    void aUnitCellGarbledIntoLatinLettersIsSaidNotKeptInTheName() {
        ParsedDocument doc = TextParser.parse(CHONGQING_HEADER + "制作宣传品数量份第O份20份100%55否播发稿件数量tot扁2200篇2859篇100%1010是\n", "016.txt");
        List<Indicator> rows = doc.tables().get(0).indicators();
        assertThat(rows.get(1).name()).isEqualTo("播发稿件数量");
        assertThat(rows.get(1).target()).isEqualTo("2200篇");
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("tot扁"));
        ParsedDocument variant = TextParser.parse(CHONGQING_HEADER + "制作宣传品数量份第O份20份100%55否举办培训班期数lH朋12期14期100%55否\n", "v.txt");
        assertThat(variant.tables().get(0).indicators().get(1).name()).isEqualTo("举办培训班期数");
        assertThat(variant.warnings()).anySatisfy(w -> assertThat(w.message()).contains("lH朋"));
    }

    // ---- a glued budget row whose amounts lost their digits: rate | weight | score by weight × rate = score (017) ----

    static final String LIANGPING_BUDGET = "重庆市梁平区林业局2023年度部门整体绩效自评表主管部n重庆市梁平区林业局部门联系人李薇联系电话自评总分(分)97.93"
            + "年初预算数全年(调整)预算数全年执行数执行率执行率权重执行率得分年度总金额.32.06.5其中财政拨款.32.06.579.27107.93年初绩效目标\n";
    static final String LIANGPING_TABLE = "绩效指标指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)说明"
            + "天然林和公益林管护当期任务完成率%901010010国家级公益林管护面积万亩2810810\n";

    @Test
    void theRateOfAGluedBudgetRowIsReadWhereWeightTimesRateIsTheScore() {
        ParsedDocument doc = TextParser.parse(LIANGPING_BUDGET + LIANGPING_TABLE, "017.txt");
        Budget b = doc.tables().get(0).budget();
        assertThat(b.ratePercent()).isEqualByComparingTo("79.27");
        assertThat(b.planned()).isNull();
        assertThat(b.executed()).isNull();
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains(".32.06.5"));
    }

    @Test
    void aGluedBudgetRowWithWholeAmountsReadsThemWhenExecutedOverPlannedIsTheRate() {
        String budget = "某区林业局2023年度部门整体绩效自评表主管部门某区林业局自评总分(分)99.5"
                + "年初预算数全年(调整)预算数全年执行数执行率执行率权重执行率得分年度总金额100.00120.00114.0095109.5年初绩效目标\n";
        Budget b = TextParser.parse(budget + LIANGPING_TABLE, "v.txt").tables().get(0).budget();
        assertThat(b.ratePercent()).isEqualByComparingTo("95");
        assertThat(b.initial()).isEqualByComparingTo("100");
        assertThat(b.planned()).isEqualByComparingTo("120");
        assertThat(b.executed()).isEqualByComparingTo("114");
    }

    @Test
    void figuresWhoseWeightAndScoreDisagreeWithTheRateAreNotABudget() {
        String budget = LIANGPING_BUDGET.replace("79.27107.93", "79.27108.93");
        Budget b = TextParser.parse(budget + LIANGPING_TABLE, "v.txt").tables().get(0).budget();
        assertThat(b.ratePercent()).isNull();
    }

    // ---- the glued corpus documents with their header worded as other forms word it ----

    @Test
    void gluedTablesReadTheSameUnderOtherHeaderWords() {
        for (String[] doc : new String[][] {
                {"016_chongqing_kexuecheng_rongmeiti_2021_dept_selfeval", "指标名称计量单位指标性质年初指标值调整指标值年成值全完值得分系数(%)指标权重(分)指标得分(分)是否核心指标",
                        "指标名称计量单位指标性质年度指标值实际完成值得分系数(%)权重(分)得分(分)是否核心指标"},
                {"017_liangping_linye_2023_dept_selfeval", "绩效指标指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)说明",
                        "绩效指标指标名称计量单位指标性质年度目标值分值实际完成值得分备注"},
                {"011_ningjin_gaozhong_zhuxuejin_2019_indicator_table", "评价指标评价内容指标名称指标说明目标值分值备注", "评价指标评价内容指标名称指标解释年度指标值权重备注"}}) {
            String text = SeedParsingTest.resource("/corpus/docs/" + doc[0] + ".txt");
            assertThat(text).contains(doc[1]);
            List<Indicator> before = TextParser.parse(text, "a.txt").tables().get(0).indicators();
            List<Indicator> after = TextParser.parse(text.replace(doc[1], doc[2]), "b.txt").tables().get(0).indicators();
            assertThat(after).as(doc[0]).hasSameSizeAs(before);
            for (int k = 0; k < before.size(); k++) {
                assertThat(row(after.get(k))).as(doc[0] + " row " + k).containsExactly(row(before.get(k)));
                assertThat(after.get(k).actual()).isEqualTo(before.get(k).actual());
                assertThat(after.get(k).score()).isEqualTo(before.get(k).score());
            }
        }
    }
}
