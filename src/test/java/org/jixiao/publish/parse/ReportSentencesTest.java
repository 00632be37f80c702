package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.scorecard.Budget;
import org.junit.jupiter.api.Test;

/**
 * A report whose budget is in sentences (held-out h10, corpus 009): the money, what was spent and the rate, as reports
 * phrase them — in one sentence or two, 实际支出/已拨付/支付/使用资金, 执行率为/达到/是 — are kept only when spent ÷ money
 * agrees with the rate (named 执行率, or 支出进度/执行进度 as in h51); an allocation named 拨付 beside the spent figure is not taken for it.
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

    /**
     * h51 (fifth batch): the total in the first section with its parts by level of government after it, what was spent
     * in the second, and the rate named 支出进度 — the total, not the nearest part, is what spent ÷ money agrees with.
     */
    @Test
    void aRateNamedSpendingProgressInTheNextSection() throws java.io.IOException {
        var doc = TextParser.parse(SignatureLinesTest.heldOut("h51"), "h51.txt");
        assertThat(doc.tables()).hasSize(1);
        Budget b = doc.tables().get(0).budget();
        assertThat(b.planned()).isEqualByComparingTo("18652.6");
        assertThat(b.executed()).isEqualByComparingTo("17943.18");
        assertThat(b.ratePercent()).isEqualByComparingTo("96.2");
        Budget other = budget("2024年共安排森林防火专项资金860万元，其中省级资金600万元、县级资金260万元。全年累计支出815.4万元，执行进度达94.8%。");
        assertThat(other.planned()).isEqualByComparingTo("860");
        assertThat(other.executed()).isEqualByComparingTo("815.4");
        assertThat(other.ratePercent()).isEqualByComparingTo("94.8");
        // a 支出进度 the amounts do not give is no budget
        Budget wrong = budget("共安排补助资金18652.6万元。累计支出12000万元，支出进度96.2%。");
        assertThat(wrong == null || wrong.planned() == null && wrong.executed() == null && wrong.ratePercent() == null).isTrue();
    }

    @Test
    void figuresThatDoNotAgreeWithTheRateAreNotABudget() {
        Budget b = budget("2023年下达补助资金12680万元。截至年底,实际支出9000万元,资金执行率95%。");
        assertThat(b == null || b.planned() == null && b.executed() == null && b.ratePercent() == null).isTrue();
    }
}
