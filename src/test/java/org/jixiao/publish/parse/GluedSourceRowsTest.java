package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.junit.jupiter.api.Test;

/**
 * A glued budget's source rows, read as the real rows print them (the held-out tables glued as a document site glues
 * them: GluedEveryTableTest): a source's figures split under the header's columns where a rate checks the split, the
 * 年初 cell left out when the source prints none, a source's money never more than the total's, a rate agreeing to the
 * place it is printed to before one agreeing only to the half point, and a row printed without a rate read without one.
 * Before, 中央补助24002400100.0% was not read (two splits kept a rate: 2400 | 2400 | 100.0% and 24002400 | 10 | 0.0%),
 * 省级资金615578.6494.09% read 61 | 5578.6 | 494.0 | 9%, 上年结转 was no source name, and 当年财政拨款265.5251.64 read
 * 265.52 | 5 | 1.64%.
 */
class GluedSourceRowsTest {

    private static final String HEADER = "项目资金(万元)年初预算数全年预算数全年执行数执行率";

    private static Budget read(String line) {
        GluedBudget.Verdict v = GluedBudget.byColumns(new Line(1, line));
        return v == null ? null : v.budget();
    }

    private static void source(FundSource s, String name, String planned, String executed, String rate) {
        assertThat(s.name()).isEqualTo(name);
        assertThat(s.planned()).isEqualByComparingTo(planned);
        assertThat(s.executed()).isEqualByComparingTo(executed);
        if (rate == null) assertThat(s.ratePercent()).isNull();
        else assertThat(s.ratePercent()).isEqualByComparingTo(rate);
    }

    @Test
    void sourceRowsWithoutTheirYearStartAreSplitWhereTheRateChecksThem() {
        // h147 (宁波, 医疗救助): the sources print no 年初; 100.0% and 94.09% check their splits to the place printed
        Budget h147 = read(HEADER + "年度资金总额286030152978.6498.79%其中:中央补助24002400100.0%其中:省级资金615578.6494.09%");
        assertThat(h147.planned()).isEqualByComparingTo("3015");
        assertThat(h147.sources()).hasSize(2);
        source(h147.sources().get(0), "中央补助", "2400", "2400", "100.0");
        source(h147.sources().get(1), "省级资金", "615", "578.64", "94.09");
        // h151 (湛江, 航道): 市级财政拨款428396.4792.63% also splits 428 | 396.47 | 9 | 2.63% (2.27 computed, within the half
        // point): the split whose rate agrees as printed is read
        Budget h151 = read(HEADER + "年度资金总额115012281196.4797.43%其中:省级资金800800100.0%其中:市级财政拨款428396.4792.63%");
        source(h151.sources().get(0), "省级资金", "800", "800", "100.0");
        source(h151.sources().get(1), "市级财政拨款", "428", "396.47", "92.63");
    }

    @Test
    void aCarryOverNamedByItsEndingIsASource() {
        // h157 (昆明, 妇幼): 上年结转 ends as no source word of the glued reader did (资金, 拨款, 补助): the row was passed over
        Budget h157 = read(HEADER + "年度资金总额380412406.998.76%其中:财政拨款380376.299.0%其中:上年结转3230.795.94%");
        assertThat(h157.sources()).hasSize(2);
        source(h157.sources().get(0), "财政拨款", "380", "376.2", "99.0");
        source(h157.sources().get(1), "上年结转", "32", "30.7", "95.94");
        // 上年结转资金 stays one name (the ending is a whole word, not 上年结转 before an amount named 资金)
        Budget h145 = read(HEADER + "年度资金总额210236.8229.5596.94%其中:当年财政拨款210205.497.81%其中:上年结转资金26.824.1590.11%");
        source(h145.sources().get(0), "当年财政拨款", "210", "205.4", "97.81");
        source(h145.sources().get(1), "上年结转资金", "26.8", "24.15", "90.11");
    }

    @Test
    void aSourceRowPrintedWithoutARateIsReadWithoutOne() {
        // h22 (来凤, 森林防火): the total prints its rate with %, the source none: 265.5 | 251.64, the only split the total's
        // 265.5 caps (265.52 | 51.64 holds more than the total)
        Budget h22 = read(HEADER + "年度资金总额240265.5251.6494.78%其中:当年财政拨款265.5251.64");
        source(h22.sources().get(0), "当年财政拨款", "265.5", "251.64", null);
        // h24 (湘潭, 财政): 72 | 68.4, not 7 | 26 | 8.4 — the fewer cells first where no rate checks a split
        Budget h24 = read(HEADER + "年度资金总额607268.495%其中:当年财政拨款7268.4");
        source(h24.sources().get(0), "当年财政拨款", "72", "68.4", null);
    }

    @Test
    void aTargetsTablesSourcesAndADisagreeingTotalAreLeftAlone() {
        // h133 (包头, 公路): a targets table's block prints budgets alone: 2400 is one figure, not 24 | 0 | 0% (0 | 0% checks nothing)
        Budget h133 = read("项目资金(万元)全年预算数全年执行数执行率年度资金总额2650其中:财政拨款2400其中:上年结转250");
        assertThat(h133.planned()).isEqualByComparingTo("2650");
        assertThat(h133.sources()).extracting(FundSource::planned).map(Object::toString).containsExactly("2400", "250");
        assertThat(h133.sources()).allSatisfy(s -> assertThat(s.executed()).isNull());
        // 019 (零陵, 林业): the printed 100% disagrees with 3824.26 ÷ 4753.66; no split is read rather than 4753.66 |
        // 4753.66382 | 4.261 | 0%, which a rate of 0 agreed with
        assertThat(read(HEADER + "年度资金总额4753.664753.663824.26100%其中:一般公共预算1873.66其中:其他资金2880")).isNull();
    }

    @Test
    void traditionalSourceNamesAndARateRoundedAsPrinted() {
        // h169 (西安, 国资): 上年結轉資金 kept as written by the fold beside a simplified 资金总额: compared simplified, given back
        // as written
        Budget h169 = read(HEADER + "年度资金总额148156.5151.4296.75%其中:當年財政撥款148144.697.7%其中:上年結轉資金8.56.8280.24%");
        assertThat(h169.sources()).hasSize(2);
        source(h169.sources().get(1), "上年結轉資金", "8.5", "6.82", "80.24");
        // h156 (遵义, 疾控): 中央補助12.511.0588.4% splits 12.5 | 11.05 | 88.4% (88.4 computed) and 12.51 | 1.058 | 8.4% (8.457
        // computed, within one unit of the place): the rate rounded as printed is read
        Budget h156 = read(HEADER + "年度资金总额96108.5105.2396.99%其中:財政撥款9694.1898.1%其中:中央補助12.511.0588.4%");
        assertThat(h156.sources()).hasSize(2);
        source(h156.sources().get(1), "中央補助", "12.5", "11.05", "88.4");
    }
}
