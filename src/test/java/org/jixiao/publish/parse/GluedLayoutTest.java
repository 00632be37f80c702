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

    // ---- a glued table whose only value column is 指标值 (h19), its budget a single planned amount ----

    /** h19 Taoyuan: a 区域绩效目标表 copied from a document site, the whole table flattened into one line, as published. */
    static final String TAOYUAN = "耕地地力保护补贴区域绩效目标表（2024年度）资金名称耕地地力保护补贴省级主管部门湖南省农业农村厅县级主管部门"
            + "桃源县农业农村局资金情况（万元）年度资金总额8765.42其中：中央补助8765.42地方资金年度目标落实耕地地力保护补贴政策，补贴资金足额"
            + "兑付到户，引导农民自觉保护耕地地力，稳定粮食播种面积。一级指标二级指标三级指标指标值产出指标数量指标补贴耕地面积≥128.6万亩"
            + "补贴农户数≥16.3万户质量指标补贴资金足额兑付率100%时效指标补贴资金兑付完成时间2024年6月底前成本指标亩均补贴标准≥68元/亩"
            + "效益指标经济效益指标种粮农民收益稳定增长社会效益指标粮食播种面积≥142万亩可持续影响指标耕地地力保护长效机制持续完善满意度指标"
            + "服务对象满意度指标补贴农户满意度≥90%\n";

    static String[] target(Indicator i) {
        return new String[] {i.level1(), i.level2(), i.name(), i.target()};
    }

    @Test
    void aGluedTableWhoseOnlyValueIsItsTargetIsCutWhereEachValueEnds() {
        List<Indicator> rows = single(TAOYUAN).indicators();
        assertThat(rows).extracting(GluedLayoutTest::target).containsExactly(
                new String[] {"产出指标", "数量指标", "补贴耕地面积", "≥128.6万亩"},
                new String[] {"产出指标", "数量指标", "补贴农户数", "≥16.3万户"},
                new String[] {"产出指标", "质量指标", "补贴资金足额兑付率", "100%"},
                new String[] {"产出指标", "时效指标", "补贴资金兑付完成时间", "2024年6月底前"},
                new String[] {"产出指标", "成本指标", "亩均补贴标准", "≥68元/亩"},
                new String[] {"效益指标", "经济效益指标", "种粮农民收益", "稳定增长"},
                new String[] {"效益指标", "社会效益指标", "粮食播种面积", "≥142万亩"},
                new String[] {"效益指标", "可持续影响指标", "耕地地力保护长效机制", "持续完善"},
                new String[] {"满意度指标", "服务对象满意度指标", "补贴农户满意度", "≥90%"});
        assertThat(rows).allSatisfy(i -> assertThat(i.actual()).isNull());
    }

    @Test
    void aTargetGluedToTheNextNameEndsAfterTheLongestUnitThatFits() {
        // 万公顷 over 万, 人次 over 人, a unit per a unit (元/人) whole, a date with its day
        String variant = TAOYUAN.replace("补贴耕地面积≥128.6万亩补贴农户数≥16.3万户", "高标准农田建设面积≥3.5万公顷技术培训人次≥1200人次"
                + "人均补助标准≥150元/人入户核查次数≥2次").replace("2024年6月底前", "2024年10月31日前");
        List<Indicator> rows = single(variant).indicators();
        assertThat(rows.subList(0, 4)).extracting(GluedLayoutTest::target).containsExactly(
                new String[] {"产出指标", "数量指标", "高标准农田建设面积", "≥3.5万公顷"},
                new String[] {"产出指标", "数量指标", "技术培训人次", "≥1200人次"},
                new String[] {"产出指标", "数量指标", "人均补助标准", "≥150元/人"},
                new String[] {"产出指标", "数量指标", "入户核查次数", "≥2次"});
        assertThat(rows.get(5).target()).isEqualTo("2024年10月31日前");
    }

    @Test
    void aQualitativeTargetGluedToItsNameIsCutWhereTheNameEndsInAPhraseOrKeptWholeAndSaid() {
        // other trend phrases (an adverb and a verb of change), and a listed phrase
        String variant = TAOYUAN.replace("种粮农民收益稳定增长", "农民种粮积极性逐年提高").replace("耕地地力保护长效机制持续完善", "耕地质量监测体系逐步完善");
        List<Indicator> rows = single(variant).indicators();
        assertThat(rows.get(5).name()).isEqualTo("农民种粮积极性");
        assertThat(rows.get(5).target()).isEqualTo("逐年提高");
        assertThat(rows.get(7).name()).isEqualTo("耕地质量监测体系");
        assertThat(rows.get(7).target()).isEqualTo("逐步完善");
        // never a guess: a target no class tells (按时足额发放), or a phrase with no name before it, keeps the text whole, said
        String doubt = TAOYUAN.replace("补贴资金兑付完成时间2024年6月底前", "补贴资金兑付完成时间按时足额发放").replace("种粮农民收益稳定增长", "稳定增长");
        ParsedDocument doc = TextParser.parse(doubt, "doubt.txt");
        rows = doc.tables().get(0).indicators();
        assertThat(target(rows.get(3))).containsExactly("产出指标", "时效指标", "补贴资金兑付完成时间按时足额发放", null);
        assertThat(target(rows.get(5))).containsExactly("效益指标", "经济效益指标", "稳定增长", null);
        assertThat(rows.get(4).target()).isEqualTo("≥68元/亩");
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("无法与指标名称分开").contains("补贴资金兑付完成时间按时足额发放"));
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("could not be told from its name").contains(": 稳定增长"));
    }

    @Test
    void aQualitativeTargetEndsItsRowOnlyWhereANameOfFourCharactersAndItsValueFollow() {
        // Dalian's 质量指标 rows (有所提高, 显著提升 one after another) glued: each phrase ends its row
        String dalian = TAOYUAN.replace("补贴资金足额兑付率100%", "医保法制建设能力有所提高基金预警和风险防控能力有所提高医保综合监管能力显著提升");
        assertThat(single(dalian).indicators().subList(2, 5)).extracting(i -> i.name() + "|" + i.target())
                .containsExactly("医保法制建设能力|有所提高", "基金预警和风险防控能力|有所提高", "医保综合监管能力|显著提升");
        // a phrase inside a name (种粮收益稳定增长 then 户数: two characters, then the row's value) does not cut it
        String inside = TAOYUAN.replace("补贴资金足额兑付率100%", "种粮收益稳定增长户数≥12万户");
        assertThat(single(inside).indicators().get(2)).extracting(Indicator::name, Indicator::target)
                .containsExactly("种粮收益稳定增长户数", "≥12万户");
    }

    @Test
    void theGluedBudgetOfATargetsTableIsItsPlannedAmountNeverSplit() {
        Budget b = single(TAOYUAN).budget();
        assertThat(b.planned()).isEqualByComparingTo("8765.42");
        assertThat(b.executed()).isNull();
        assertThat(b.ratePercent()).isNull();
        assertThat(b.sources()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("中央补助");
            assertThat(f.planned()).isEqualByComparingTo("8765.42");
        });
        Budget v = single(TAOYUAN.replace("年度资金总额8765.42其中：中央补助8765.42地方资金", "年度资金总额1200.5其中：中央补助1000地方资金200.5")).budget();
        assertThat(v.planned()).isEqualByComparingTo("1200.5");
        assertThat(v.sources()).extracting(f -> f.name() + " " + f.planned().toPlainString()).containsExactly("中央补助 1000", "地方资金 200.5");
    }

    /**
     * The class, from tables that are not h19: the rows of corpus 012 and held-out tables printed with separators, their
     * targets only, glued the way a document site flattens them under 一级指标二级指标三级指标指标值, read back row for row.
     */
    @Test
    void targetTablesGluedByHandReadBackRowForRow() throws Exception {
        // 012 and h23 (ranges, 不低于, 逐步改善/持续完善), h32 (8座 and 逐步缩短|农村公路安全隐患发生率有所下降: a qualitative
        // target before the next row's name), h21 (2000元/人·年), h43 (0起: a count noun that only ends a row)
        for (String doc : List.of("corpus/expected/012_zhongxian_shengzhu_2022_regional_targets",
                "heldout/expected/h23_guilin_yibao_jingban_2024_project_targets_spaces_ranges",
                "heldout/expected/h32_ningxiang_jiaotong_nongcungonglu_2023_transfer_selfeval_pipes",
                "heldout/expected/h21_longhui_jiaoyu_zhuxuejin_2023_transfer_selfeval_tabs_merged_repeat",
                "heldout/expected/h43_yuanling_ziranziyuan_gengdi_2023_report_with_table_spaces_wrapped_header")) {
            gluedReadsBack(doc, false);
        }
    }

    /**
     * The class with an actual after the target and nothing after it (年度指标值实际完成值, no 分值/得分): held-out h15
     * (不断缩小逐步缩小: two phrases, the first the target; 65.4%|2型糖尿病…: a name that begins with a digit) and h01
     * (≤1500元/人次1182元/人次) glued by hand, read back row for row.
     */
    @Test
    void targetAndActualTablesGluedByHandReadBackRowForRow() throws Exception {
        for (String doc : List.of("heldout/expected/h15_shehong_weijian_gongwei_2021_transfer_selfeval_tabs_pagebreak",
                "heldout/expected/h01_guangxin_yiliaojiuzhu_2023_transfer_selfeval_paragraphs")) {
            gluedReadsBack(doc, true);
        }
    }

    /** Glues the first table of an expectation (levels once per group, name, target, and the actual when asked) and reads it. */
    private static void gluedReadsBack(String doc, boolean actual) throws Exception {
        tools.jackson.databind.JsonNode exp = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(SeedParsingTest.resource("/" + doc + ".json")).path("tables").get(0);
        StringBuilder glued = new StringBuilder("某某项目绩效目标表\n一级指标二级指标三级指标" + (actual ? "年度指标值实际完成值" : "指标值"));
        List<String> expected = new java.util.ArrayList<>();
        String level1 = null, level2 = null;
        for (tools.jackson.databind.JsonNode i : exp.path("indicators")) {
            String l1 = i.path("level1").asString(), l2 = i.path("level2").asString(), name = i.path("name").asString(), t = i.path("target").asString();
            String a = actual ? i.path("actual").asString() : null;
            if (!l1.equals(level1)) glued.append(l1);
            if (!l2.equals(level2)) glued.append(l2);
            glued.append(name).append(t).append(actual ? a : "");
            level1 = l1;
            level2 = l2;
            expected.add(String.join("|", l1, l2, name, t, String.valueOf(a)));
        }
        List<Indicator> rows = single(glued.append('\n').toString()).indicators();
        assertThat(rows).as(doc).extracting(i -> String.join("|", i.level1(), i.level2(), i.name(), i.target(), String.valueOf(i.actual())))
                .containsExactlyElementsOf(expected);
    }

    // ---- a glued budget of six columns (h44): figures told apart by the header's columns and the arithmetic ----

    /** h44 Cili: a project self-evaluation copied from 人人文库, each chunk of the table flattened into one line. */
    static final String CILI = "《2023年度法律援助项目支出绩效自评表.doc》由会员分享，可在线阅读，更多相关《2023年度法律援助项目支出绩效自评表.doc(2页珍藏版)》请在人人文库网上搜索。\n"
            + "1、项目支出绩效自评表(2023年度)项目名称法律援助经费主管部门慈利县司法局实施单位慈利县法律援助中心项目资金(万元)年初预算数全年预算数"
            + "全年执行数分值执行率得分年度资金总额858583.31098%9.8其中:当年财政拨款858583.3—98%—上年结转资金其他资金年度总体目标预期目标实际完成情况"
            + "为经济困难群众和特殊案件当事人提供法律援助，全年办理法律援助案件1200件以上。全年办理法律援助案件1286件，提供法律咨询5630人次，挽回经济损失"
            + "2150万元。绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标办理法律援助案件数≥1200件1286件"
            + "1515提供法律咨询人次≥5000人次5630人次1010质量指标案件质量评估合格率≥95%97.2%1515\n"
            + "2、时效指标案件指派时限≤3个工作日2个工作日1010成本指标每件案件平均补贴≤600元580元1010效益指标社会效益指标为受援人挽回经济损失有所提高"
            + "2150万元109可持续影响指标法律援助便民服务网络持续完善持续完善1010满意度指标服务对象满意度指标受援人满意度≥90%96.5%1010\n"
            + "3、总分10098.8\n";

    // ---- the overall goal glued before the header (h44, h19, 016) ----

    @Test
    void theGoalGluedBeforeTheHeaderIsReadAndSplitBetweenItsTwoSentences() {
        var goal = TextParser.parse(CILI, "h44.txt").tables().get(0).overallGoal();
        assertThat(goal.target()).isEqualTo("为经济困难群众和特殊案件当事人提供法律援助，全年办理法律援助案件1200件以上。");
        assertThat(goal.achievement()).isEqualTo("全年办理法律援助案件1286件，提供法律咨询5630人次，挽回经济损失2150万元。");
    }

    @Test
    void aGoalOfSeveralSentencesIsSplitOnlyWhereASentenceSaysWhatWasDone() {
        // three sentences: the achievement begins with the one that says what was done (已办理)
        String done = CILI.replace("全年办理法律援助案件1286件", "全年已办理法律援助案件1286件").replace("提供法律援助，全年", "提供法律援助。全年");
        var goal = TextParser.parse(done, "v.txt").tables().get(0).overallGoal();
        assertThat(goal.target()).isEqualTo("为经济困难群众和特殊案件当事人提供法律援助。全年办理法律援助案件1200件以上。");
        assertThat(goal.achievement()).isEqualTo("全年已办理法律援助案件1286件，提供法律咨询5630人次，挽回经济损失2150万元。");
        // three sentences and no word of what was done: no cut is sure, the whole text is the target, and said
        ParsedDocument unsure = TextParser.parse(CILI.replace("提供法律援助，全年", "提供法律援助。全年"), "v.txt");
        assertThat(unsure.tables().get(0).overallGoal().achievement()).isNull();
        assertThat(unsure.warnings()).anySatisfy(w -> assertThat(w.message()).contains("无法分开预期目标和实际完成情况"));
    }

    // ---- rows of other real tables glued under h44's header: units, OCR marks, dates, reasons, digits glued ----

    /** h44's text up to its indicator header, and rows of h22, 010, h43, 017, h04 and h44 glued under it as a site glues them. */
    static final String CILI_OTHER_ROWS = CILI.substring(0, CILI.indexOf("产出指标数量指标办理法律援助案件数"))
            + "产出指标数量指标购置防火物资装备数量≥300台（套）326台（套）1010质量指标生均补助标准达标率═100%100%1010"
            + "时效指标项目完成时间2023年11月底前2023年12月108招标程序延后效益指标社会效益指标耕地“非农化”重大案件0起0起1010"
            + "65岁及以上老年人健康管理率≥62%65.8%1010天然林和公益林管护当期任务完成率90%1001010"
            + "满意度指标服务对象满意度指标受援人满意度≥90%96.5%1514\n";

    @Test
    void gluedRowsReadTheirBracketedUnitsOcrMarksDatesReasonsAndDigits() {
        List<Indicator> rows = TextParser.parse(CILI_OTHER_ROWS, "v.txt").tables().get(0).indicators();
        assertThat(rows).extracting(i -> i.name() + "|" + i.target() + "|" + i.actual() + "|" + i.weight() + "|" + i.score() + "|" + i.reason())
                .containsExactly("购置防火物资装备数量|≥300台（套）|326台（套）|10|10|null", // a unit's qualifier in brackets
                        "生均补助标准达标率|═100%|100%|10|10|null", // = OCR'd as ═ belongs to the target
                        "项目完成时间|2023年11月底前|2023年12月|10|8|招标程序延后", // two dates; a 偏差原因 before the next label
                        "耕地“非农化”重大案件|0起|0起|10|10|null", // a count noun read only in a cell of its own, twice
                        "65岁及以上老年人健康管理率|≥62%|65.8%|10|10|null", // a name that begins with a figure (h04)
                        "天然林和公益林管护当期任务完成率|90%|100|10|10|null", // an actual without unit before weight and score
                        "受援人满意度|≥90%|96.5%|15|14|null"); // weight and score that differ: the one split that can stand
    }

    @Test
    void aReasonThatHoldsWhatOnlyARowHoldsIsNotTakenForAReason() {
        // the text before the next label ends in words but holds a comparator and values: a row, not the reason before it
        String text = CILI_OTHER_ROWS.replace("108招标程序延后效益指标", "108招标程序延后建设防火隔离带长度≥40公里38公里109受雨季影响效益指标");
        List<Indicator> rows = TextParser.parse(text, "v.txt").tables().get(0).indicators();
        assertThat(rows).noneSatisfy(i -> assertThat(String.valueOf(i.reason())).contains("≥40公里"));
    }

    @Test
    void aGluedBudgetIsSplitByItsHeadersColumnsWhereExecutedOverPlannedIsTheRate() {
        ParsedDocument doc = TextParser.parse(CILI, "h44.txt");
        Budget b = doc.tables().get(0).budget();
        assertThat(new java.math.BigDecimal[] {b.initial(), b.planned(), b.executed(), b.ratePercent()})
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("85"), new java.math.BigDecimal("85"), new java.math.BigDecimal("83.3"), new java.math.BigDecimal("98"));
        assertThat(b.sources()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("当年财政拨款");
            assertThat(f.planned()).isEqualByComparingTo("85");
            assertThat(f.executed()).isEqualByComparingTo("83.3");
            assertThat(f.ratePercent()).isEqualByComparingTo("98");
        });
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("858583.31098%9.8").contains("分值 10").contains("得分 9.8"));
        // other figures of the same layout: 120 | 150 | 142.5 | 20 | 95% | 19
        Budget v = TextParser.parse(CILI.replace("858583.31098%9.8", "120150142.52095%19").replace("858583.3—98%—", "120150142.5—95%—"), "v.txt")
                .tables().get(0).budget();
        assertThat(new java.math.BigDecimal[] {v.initial(), v.planned(), v.executed(), v.ratePercent()})
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("120"), new java.math.BigDecimal("150"), new java.math.BigDecimal("142.5"), new java.math.BigDecimal("95"));
    }

    @Test
    void aGluedBudgetThatSplitsTwoWaysOrNoneIsSaidAndNotRead() {
        // 1 | 11 | 11 and 111 | 1 | 1 both keep the rate 100% (and 10 × 100% = 10): no guess
        ParsedDocument two = TextParser.parse(CILI.replace("858583.31098%9.8", "1111110100%10").replace("858583.3—98%—", ""), "two.txt");
        assertThat(two.tables().get(0).budget().planned()).isNull();
        assertThat(two.tables().get(0).budget().ratePercent()).isNull();
        assertThat(two.warnings()).anySatisfy(w -> assertThat(w.message()).contains("有多种拆分都成立").contains("1111110100%10"));
        // figures no split gives the printed rate from (85 | 85 | 83.3 printed with 95%): none read, said
        ParsedDocument none = TextParser.parse(CILI.replace("858583.31098%9.8", "858583.31095%9.5").replace("858583.3—98%—", ""), "none.txt");
        assertThat(none.tables().get(0).budget().planned()).isNull();
        assertThat(none.tables().get(0).budget().ratePercent()).isNull();
        assertThat(none.warnings()).anySatisfy(w -> assertThat(w.message()).contains("无法按表头的列拆分").contains("858583.31095%9.5"));
    }

    @Test
    void aQualitativeTargetGluedToItsNameBeforeAnActualIsSplitOff() {
        List<Indicator> rows = TextParser.parse(CILI, "h44.txt").tables().get(0).indicators();
        assertThat(rows.get(5).name()).isEqualTo("为受援人挽回经济损失");
        assertThat(rows.get(5).target()).isEqualTo("有所提高");
        assertThat(rows.get(5).actual()).isEqualTo("2150万元");
        assertThat(rows.get(5).score()).isEqualByComparingTo("9");
    }

    @Test
    void theChunkCountersOfAGluedSiteCopyAreRemovedByTheSitesOneRule() {
        // the counters that begin the glued lines (1、项目支出…, 2、时效指标…, 3、总分…) continue the site's run: said, line by line
        ParsedDocument doc = TextParser.parse(CILI, "h44.txt");
        assertThat(doc.warnings()).filteredOn(w -> w.message().contains("chunk counter removed"))
                .extracting(w -> w.line() + " " + w.message().substring(w.message().lastIndexOf(' ') + 1)).containsExactly("2 1、", "3 2、", "4 3、");
        // a number that does not continue the run (5、 where 2、 is due) is the table's own text, not the site's
        ParsedDocument other = TextParser.parse(CILI.replace("\n2、时效指标", "\n5、时效指标"), "other.txt");
        assertThat(other.warnings()).filteredOn(w -> w.message().contains("chunk counter removed")).extracting(ParseWarning::line).containsExactly(2);
    }
    /** Two real rows of the seventh batch printed glued under their header (h78, h81), and the next row after them. */
    static final String PAGES_AND_TONS = "项目支出绩效自评表\n一级指标二级指标三级指标指标值全年完成值分值得分偏差原因分析及改进措施"
            + "产出指标数量指标馆藏档案数字化页数≥120万页126.3万页1010化肥儲備數量≥1.2萬噸1.2萬噸1010"
            + "质量指标数字化图像合格率≥99%99.6%1010";

    @Test
    void aQuantityInPagesOrInTraditionalTensOfThousandsEndsItsValueNotTheName() {
        List<Indicator> rows = single(PAGES_AND_TONS).indicators();
        assertThat(rows).extracting(Indicator::name, Indicator::target, Indicator::actual).containsExactly(
                org.assertj.core.groups.Tuple.tuple("馆藏档案数字化页数", "≥120万页", "126.3万页"),
                org.assertj.core.groups.Tuple.tuple("化肥儲備數量", "≥1.2萬噸", "1.2萬噸"),
                org.assertj.core.groups.Tuple.tuple("数字化图像合格率", "≥99%", "99.6%"));
    }

    @Test
    void theSameWithAHundredMillionAndCountedPeopleInTraditionalScript() {
        // 億 as 萬 (h97's ≥1.2萬人次 the other way round), and pages without 万
        String text = PAGES_AND_TONS.replace("≥120万页126.3万页", "≥360页372页").replace("≥1.2萬噸1.2萬噸", "≥1.2億人次1.46億人次");
        List<Indicator> rows = single(text).indicators();
        assertThat(rows).extracting(Indicator::name, Indicator::target, Indicator::actual).containsExactly(
                org.assertj.core.groups.Tuple.tuple("馆藏档案数字化页数", "≥360页", "372页"),
                org.assertj.core.groups.Tuple.tuple("化肥儲備數量", "≥1.2億人次", "1.46億人次"),
                org.assertj.core.groups.Tuple.tuple("数字化图像合格率", "≥99%", "99.6%"));
    }
    /** h83's 时效指标 rows glued: the 偏差原因 right after the actual, with no 分值/得分 between them. */
    static final String REASON_AFTER_ACTUAL = "项目支出绩效自评表\n一级指标二级指标三级指标年度目标值实际完成值偏差原因分析及改进措施"
            + "产出指标时效指标资金拨付及时率100%96.5%个别项目前期手续办理滞后，资金拨付延后成本指标小额信贷贴息比例≤4.35%3.45%";

    @Test
    void aReasonGluedRightAfterTheActualIsTheRowsReason() {
        List<Indicator> rows = single(REASON_AFTER_ACTUAL).indicators();
        assertThat(rows).extracting(Indicator::name, Indicator::target, Indicator::actual, Indicator::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("资金拨付及时率", "100%", "96.5%", "个别项目前期手续办理滞后，资金拨付延后"),
                org.assertj.core.groups.Tuple.tuple("小额信贷贴息比例", "≤4.35%", "3.45%", null));
    }

    @Test
    void aReasonAfterAnActualWithACountedUnitAndTheLastRowsReasonAreReadTheSameWay() {
        String text = REASON_AFTER_ACTUAL.replace("100%96.5%", "≥20个18个").replace("≤4.35%3.45%", "≤4.35%3.45%未达目标，下一步加快进度");
        List<Indicator> rows = single(text).indicators();
        assertThat(rows).extracting(Indicator::name, Indicator::target, Indicator::actual, Indicator::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("资金拨付及时率", "≥20个", "18个", "个别项目前期手续办理滞后，资金拨付延后"),
                org.assertj.core.groups.Tuple.tuple("小额信贷贴息比例", "≤4.35%", "3.45%", "未达目标，下一步加快进度"));
    }

    @Test
    void textWithAValueOfItsOwnAfterTheActualIsNoReason() {
        // a next row glued without its level label (…96.5%小额信贷贴息比例≤4.35%…) is a row, not the reason before it
        String text = REASON_AFTER_ACTUAL.replace("个别项目前期手续办理滞后，资金拨付延后成本指标", "");
        List<Indicator> rows = single(text).indicators();
        assertThat(rows).extracting(Indicator::name, Indicator::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("资金拨付及时率", null), org.assertj.core.groups.Tuple.tuple("小额信贷贴息比例", null));
    }
}
