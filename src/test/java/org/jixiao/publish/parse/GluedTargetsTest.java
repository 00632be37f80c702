package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * Targets of glued rows that are more than a quantity. A target that is words with a figure inside, met as set: the actual is the same words
 * (减免资金结算时间每季度结算1次每季度结算1次1010, h152's 时效指标 glued). The row was cut at its first figure's unit,
 * its second half read as the next row (次每季度结算 | 1次); the repeated words now keep it one row, target and actual
 * the same text. Whichever way the row closes: with weight and score (the row reader by digit runs), with its values
 * last (the row reader by values), with a reason after the actual. A target that is a range of months and an actual
 * that lists months (放流时间2023年4月-6月2023年5月、6月1010, h154's second table glued): the range's end and the list's
 * second month are each one value with the date before them, not a date and a stray 6月. A target and an actual led
 * by the same words (内河港口货物吞吐量同比增长3%-5%同比增长4.2%1010, h151 glued): each value with its words, not the
 * target and the actual's words kept in the name.
 */
class GluedTargetsTest {

    /** h152's rows from 质量指标 to 成本指标, glued as the one-line layout prints them (GluedEveryTableTest). */
    private static final String ROWS = "质量指标遗体火化率≥98%99.1%1010时效指标减免资金结算时间每季度结算1次每季度结算1次1010"
            + "成本指标基本殡葬服务减免标准≤1800元/具1800元/具1010";

    private static List<Indicator> read(String header, String rows) {
        String text = "项目支出绩效自评表\n一级指标二级指标" + header + "\n产出指标数量指标惠民殡葬基本服务费用减免人数≥6000人6284人"
                + (header.contains("分值") ? "1010" : "") + rows + "\n";
        List<Indicator> out = new ArrayList<>();
        for (Scorecard t : TextParser.parse(text, "glued.txt").tables()) out.addAll(t.indicators());
        NeverInventTest.assertNothingInvented("glued", text);
        return out;
    }

    /** The rows read from a whole glued text, nothing in them absent from it. */
    private static List<Indicator> glued(String text) {
        List<Indicator> rows = new ArrayList<>();
        for (Scorecard t : TextParser.parse(text, "glued.txt").tables()) rows.addAll(t.indicators());
        NeverInventTest.assertNothingInvented("glued", text);
        return rows;
    }

    private static Indicator named(List<Indicator> rows, String name) {
        return rows.stream().filter(i -> name.equals(i.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + rows.stream().map(Indicator::name).toList()));
    }

    @Test
    void withWeightAndScoreAfterTheValues() {
        List<Indicator> rows = read("三级指标年度指标值全年完成值分值得分", ROWS);
        Indicator r = named(rows, "减免资金结算时间");
        assertThat(r.target()).isEqualTo("每季度结算1次");
        assertThat(r.actual()).isEqualTo("每季度结算1次");
        assertThat(r.weight()).isEqualByComparingTo("10");
        assertThat(named(rows, "基本殡葬服务减免标准").target()).isEqualTo("≤1800元/具");
        assertThat(rows).hasSize(4);
    }

    @Test
    void withTheValuesLast() {
        String rows = ROWS.replace("1010", "");
        List<Indicator> read = read("三级指标年度指标值实际完成值", rows);
        Indicator r = named(read, "减免资金结算时间");
        assertThat(r.target()).isEqualTo("每季度结算1次");
        assertThat(r.actual()).isEqualTo("每季度结算1次");
        assertThat(named(read, "遗体火化率").actual()).isEqualTo("99.1%");
        assertThat(named(read, "基本殡葬服务减免标准").actual()).isEqualTo("1800元/具");
        assertThat(read).hasSize(4);
    }

    @Test
    void withAReasonAfterTheActual() {
        String rows = ROWS.replace("1010", "").replace("每季度结算1次每季度结算1次", "每季度结算1次每季度结算1次部分街道材料报送滞后");
        List<Indicator> read = read("三级指标年度指标值实际完成值偏差原因分析及改进措施", rows);
        Indicator r = named(read, "减免资金结算时间");
        assertThat(r.target()).isEqualTo("每季度结算1次");
        assertThat(r.actual()).isEqualTo("每季度结算1次");
        assertThat(r.reason()).isEqualTo("部分街道材料报送滞后");
        assertThat(named(read, "基本殡葬服务减免标准").target()).isEqualTo("≤1800元/具");
    }

    /** The words and figure written twice with another figure the second time are no repeat: 1次 and 2次 stay two values. */
    @Test
    void aDifferentFigureIsNoRepeat() {
        assertThat(GluedReader.repeatedAfter("结算时间每季度结算1次每季度结算2次", 0, 9, 11)).isZero();
        assertThat(GluedReader.repeatedAfter("结算时间每季度结算1次每季度结算1次", 0, 9, 11)).isEqualTo(7);
        // a plain quantity twice (5次5次) is the value pair the quantities read already: no longer than its figure
        assertThat(GluedReader.repeatedAfter("开展培训5次5次", 0, 4, 6)).isZero();
    }

    /** h154's second table, 质量指标 to 效益指标, glued one row a line. */
    private static final String MONTHS = "质量指标放流苗种检验检疫合格率100%100%1515\n时效指标放流时间2023年4月-6月2023年5月、6月1010\n"
            + "效益指标生态效益指标水生生物多样性有所提升有所提升2018";

    @Test
    void aRangeOfMonthsAndAListOfMonths() {
        List<Indicator> rows = read("三级指标年度指标值全年完成值分值得分", MONTHS.replace("\n", ""));
        Indicator r = named(rows, "放流时间");
        assertThat(r.target()).isEqualTo("2023年4月-6月");
        assertThat(r.actual()).isEqualTo("2023年5月、6月");
        assertThat(r.score()).isEqualByComparingTo("10");
        assertThat(named(rows, "放流苗种检验检疫合格率").actual()).isEqualTo("100%");
    }

    @Test
    void aRangeOfMonthsWithTheValuesLast() {
        List<Indicator> rows = read("三级指标年度指标值实际完成值", MONTHS.replaceAll("(1515|1010|2018)", "").replace("\n", ""));
        Indicator r = named(rows, "放流时间");
        assertThat(r.target()).isEqualTo("2023年4月-6月");
        assertThat(r.actual()).isEqualTo("2023年5月、6月");
        assertThat(named(rows, "水生生物多样性").target()).isEqualTo("有所提升");
    }

    /** A range goes on only with a month after its mark: a date followed by a dash and a name stays the date alone. */
    @Test
    void aDashAfterADateWithNoMonthIsNoRange() {
        assertThat(GluedReader.dateEnd("2023年6月底前-次年", 0)).isEqualTo("2023年6月底前".length());
        assertThat(GluedReader.dateEnd("2023年4月至6月", 0)).isEqualTo("2023年4月至6月".length());
        assertThat(GluedReader.dateEnd("2023年4月-6", 0)).isEqualTo("2023年4月".length());
    }

    /** h151's 经济效益指标 row between its neighbours, glued. */
    private static final String SAME_WORDS = "成本指标疏浚单价≤28元/立方米26.4元/立方米55效益指标经济效益指标内河港口货物吞吐量同比增长3%-5%同比增长4.2%1010"
            + "社会效益指标辖区水上交通事故0起0起1010";

    @Test
    void targetAndActualLedByTheSameWords() {
        List<Indicator> rows = read("三级指标指标值实际完成值分值得分", SAME_WORDS);
        Indicator r = named(rows, "内河港口货物吞吐量");
        assertThat(r.target()).isEqualTo("同比增长3%-5%");
        assertThat(r.actual()).isEqualTo("同比增长4.2%");
        assertThat(r.weight()).isEqualByComparingTo("10");
        assertThat(named(rows, "疏浚单价").actual()).isEqualTo("26.4元/立方米");
        assertThat(named(rows, "辖区水上交通事故").target()).isEqualTo("0起");
    }

    /** Two plain quantities keep their reading: the words before the target are the name's (数量≥420座436座). */
    @Test
    void wordsBeforeTheTargetAloneStayTheName() {
        List<Indicator> rows = read("三级指标指标值实际完成值分值得分", "质量指标航标维护数量≥420座436座55");
        Indicator r = named(rows, "航标维护数量");
        assertThat(r.target()).isEqualTo("≥420座");
        assertThat(r.actual()).isEqualTo("436座");
    }

    /**
     * A map's scale inside a name (更新1:500数字线划图面积, h167 glued): the 500 after 1: is words of the name, not a row's
     * last figure — the row was cut there (更新1: weighted 50, scored 0) and its values read as a row named 数字线划图面积.
     */
    @Test
    void aScaleInsideANameIsNoRowsEnd() {
        String text = "项目支出绩效自评表\n一级指标二级指标三级指标指标值全年完成值权重得分\n"
                + "产出指标数量指标更新1:500数字线划图面积≥120平方公里126.4平方公里1515布设测量控制点≥260个281个1010\n";
        List<Indicator> rows = glued(text);
        Indicator r = named(rows, "更新1:500数字线划图面积");
        assertThat(r.target()).isEqualTo("≥120平方公里");
        assertThat(r.actual()).isEqualTo("126.4平方公里");
        assertThat(r.weight()).isEqualByComparingTo("15");
        assertThat(rows).hasSize(2);
        // the same with a full-width ratio colon (1∶2000)
        assertThat(named(glued(text.replace("1:500", "1∶2000")), "更新1∶2000数字线划图面积").target()).isEqualTo("≥120平方公里");
    }

    /**
     * A day's deadline met as set (监测结果报送时限每月10日前每月10日前1010, h165's second table glued): the row went on past
     * 10 — it was cut there, 每月 kept in the name and 10 read as weight 1 and score 0.
     */
    @Test
    void aDaysDeadlineIsNoRowsEnd() {
        String text = "项目支出绩效自评表\n一级指标二级指标三级指标年度指标值全年完成值分值得分\n"
                + "产出指标质量指标实验室检测结果准确率≥98%99.2%1515时效指标监测结果报送时限每月10日前每月10日前1010\n";
        List<Indicator> rows = glued(text);
        Indicator r = named(rows, "监测结果报送时限");
        assertThat(r.target()).isEqualTo("每月10日前");
        assertThat(r.actual()).isEqualTo("每月10日前");
        assertThat(r.weight()).isEqualByComparingTo("10");
        assertThat(rows).hasSize(2);
    }
}
