package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.scorecard.Budget;
import org.junit.jupiter.api.Test;

/**
 * A report whose budget is in sentences (held-out h10, corpus 009): the money, what was spent and the rate, as reports
 * phrase them — in one sentence or two, 实际支出/已拨付/支付/使用资金, 执行率为/达到/是 — are kept only when spent ÷ money
 * agrees with the rate; an allocation named 拨付 beside the spent figure is not taken for it.
 */
class ReportSentencesTest {

    static Budget budget(String body) {
        var tables = TextParser.parse("2023年度城乡居民医保补助资金绩效自评报告\n" + body + "\n", "report.txt").tables();
        return tables.isEmpty() ? null : tables.get(0).budget();
    }

    @Test
    void theMoneySpentAndTheRateAsReportsPhraseThem() {
        for (String body : List.of(
                "2023年下达补助资金12680万元。截至年底,实际支出12046.3万元,资金执行率95%。",
                "2023年下达补助资金12680万元,截至年底已拨付12046.3万元,预算执行率达到95%。",
                "2023年下达补助资金12680 万元。全年使用资金12046.3 万元,预算执行率为 95 %。",
                "上级下达12680万元,已下达并拨付12680万元,实际支出12046.3万元,执行率是95%。")) {
            Budget b = budget(body);
            assertThat(b).as(body).isNotNull();
            assertThat(b.planned()).as(body).isEqualByComparingTo("12680");
            assertThat(b.executed()).as(body).isEqualByComparingTo("12046.3");
            assertThat(b.ratePercent()).as(body).isEqualByComparingTo("95");
        }
    }

    @Test
    void figuresThatDoNotAgreeWithTheRateAreNotABudget() {
        Budget b = budget("2023年下达补助资金12680万元。截至年底,实际支出9000万元,资金执行率95%。");
        assertThat(b == null || b.planned() == null && b.executed() == null && b.ratePercent() == null).isTrue();
    }
}
