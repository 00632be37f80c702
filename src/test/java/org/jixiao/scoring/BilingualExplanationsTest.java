package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.scoring.Rows.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Every explanation in Chinese and in English (issue 13, one language per page): the English names the same values
 * as the Chinese — every number, and the data (targets, actuals with their unit names) quoted as written — has no
 * Chinese of its own outside the quoted data, and says so when a row scores below its weight.
 */
class BilingualExplanationsTest {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern QUOTED_EN = Pattern.compile("“([^”]*)”");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void everySuiningRowIsExplainedInBothLanguagesWithTheSameValues() {
        SelfEvaluation e = Scorer.evaluate(seed(Seeds.SUINING), national());
        assertThat(e.indicators()).hasSize(12);
        e.indicators().forEach(BilingualExplanationsTest::sameInBothLanguages);
        assertThat(e.indicators().getFirst().explanation().en()).isEqualTo("Actual “8次” meets the target “≥4次”: full marks 6.25");
        // the duration converted from months: the unit text of the conversion is in both
        assertThat(e.indicators().get(6).explanation().en()).contains("(converted: “180天”)").contains("full marks 6.25");
        assertThat(e.executionExplanation().en())
                .isEqualTo("Full-year execution (B) 261.75 ÷ full-year budget (A) 320: execution rate 81.80 %, scores 8.18 of its weight 10.00");
        sameInBothLanguages(e.executionExplanation(), null);
    }

    @Test
    void everyRowOfTheOtherSeedsAndTheCorpusIsExplainedInBothLanguages() throws Exception {
        List<Scorecard> tables = new ArrayList<>();
        tables.addAll(ScorecardJson.readTables(Seeds.expectedJson(Seeds.DALIAN)));
        tables.addAll(ScorecardJson.readTables(Seeds.expectedJson(Seeds.LINYI)));
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(getClass().getResource("/corpus/expected").toURI()))) {
            for (var f : files.sorted().toList()) {
                var root = ScorecardJson.MAPPER.readTree(java.nio.file.Files.readString(f));
                for (var t : root.has("tables") ? root.get("tables") : List.of(root)) {
                    // a published document without its year (an allocation notice, an undated table) is still explained
                    if (!t.hasNonNull("year")) ((tools.jackson.databind.node.ObjectNode) t).put("year", 2021);
                    try {
                        tables.add(ScorecardJson.table(t));
                    } catch (org.jixiao.kernel.ValidationException notATable) {
                        // what the scorecard format refuses is not scored, so there is nothing to explain
                    }
                }
            }
        }
        int rows = 0;
        for (Scorecard s : tables) {
            SelfEvaluation e = Scorer.evaluate(s, national());
            for (IndicatorScore row : e.indicators()) sameInBothLanguages(row);
            sameInBothLanguages(e.executionExplanation(), null);
            rows += e.indicators().size();
        }
        assertThat(tables).hasSizeGreaterThan(10);
        assertThat(rows).isGreaterThan(100);
    }

    @Test
    void everyBranchOfTheScorerHasItsEnglish() {
        Scorecard s = card(budget("100", null),
                row("产出指标", "次数", "≥4次", "3次", "10"),                                    // short: proportional
                row("产出指标", "响应时间", "≤30分钟", "45分钟", "10"),                            // reverse exceeded
                row("产出指标", "事故", "=0起", "2起", "5"),                                       // zero target missed
                row("产出指标", "参保率", "80%-90%", "75%", "5"),                                   // below a range
                row("产出指标", "覆盖率", "80%-90%", "95%", "5"),                                   // above a range
                row("产出指标", "分项", "职工≥80%；居民≥55%", "职工85%；居民50%", "5"),           // multi-part
                row("产出指标", "大病", "≥10次", "abc", "5"),                                      // unreadable
                row("产出指标", "空白", "≥10次", null, "5"),                                       // blank
                row("产出指标", "未发生", "≤1起", "本年度未发生", "5"),                            // not occurred
                row("效益指标", "下限", "≥90%", "≥85%", "5"),                                      // a lower bound short
                notApplicable(row("效益指标", "不适用", "≥1次", "1次", "5")),
                withDeduction(row("效益指标", "调减", "≥1次", "2次", "5"), "1", "偏离"),
                graded("部分达成", "逐步推开", "推开中", "10", QualitativeGrade.PARTLY_MET, "70", null),
                graded("未填完成度", "逐步推开", "推开中", "10", QualitativeGrade.NOT_MET, null, null),
                graded("评分", "逐步推开", "推开中", "10", QualitativeGrade.MET, null, "9"),
                row("满意度指标", "满意度", "较高", "群众满意", "5"),                                // defaulted
                graded("人工评定", "≥10次", "实时响应", "5", QualitativeGrade.MET, "90", null));     // manual judgement
        SelfEvaluation e = Scorer.evaluate(s, national());
        e.indicators().forEach(BilingualExplanationsTest::sameInBothLanguages);
        assertThat(e.indicators().get(0).explanation().en())
                .isEqualTo("Actual “3次” falls short of the target “≥4次”: scored in proportion 3/4, scores 7.50 of its weight 10.00");
        assertThat(e.indicators().get(1).explanation().en()).contains("exceeds the target “≤30分钟”").contains("30/45");
        assertThat(e.indicators().get(6).explanation().en()).contains("cannot be compared").contains("scores 0 of its weight 5.00");
        assertThat(e.indicators().get(7).explanation().en()).isEqualTo("No actual written: scores 0 of its weight 5.00");
        assertThat(e.indicators().get(8).explanation().en()).contains("did not occur").contains("full marks");
        assertThat(e.indicators().get(9).explanation().en()).contains("(a lower bound)");
        assertThat(e.indicators().get(10).explanation().en()).startsWith("Not applicable");
        assertThat(e.indicators().get(11).explanation().en()).contains("reduced by 1.00 for the deviation, from 5.00 to 4.00 of its weight 5.00");
        assertThat(e.indicators().get(12).explanation().en()).contains("graded partly met, completion 70 %");
        assertThat(e.indicators().get(13).explanation().en()).contains("band's lower bound");
        assertThat(e.indicators().get(15).explanation().en()).contains("no grade chosen yet; provisionally met at 100 %");
        assertThat(e.indicators().get(16).explanation().en()).startsWith("Actual “实时响应” cannot be compared directly");
        assertThat(e.executionExplanation().en()).startsWith("No full-year execution (B) written");
        sameInBothLanguages(e.executionExplanation(), null);
        // the linear method of a reverse indicator, and twice the limit
        IndicatorScore linear = Scorer.evaluate(card(budget("1", "1"), row("产出指标", "响应时间", "≤30分钟", "45分钟", "6"),
                row("产出指标", "超时", "≤30分钟", "70分钟", "6")), national().withReverseMethod(ScoringRules.ReverseMethod.LINEAR))
                .indicators().getFirst();
        sameInBothLanguages(linear);
        assertThat(linear.explanation().en()).contains("1-(45-30)/30");
    }

    private static void sameInBothLanguages(IndicatorScore row) {
        sameInBothLanguages(row.explanation(), row);
    }

    /**
     * The numbers of both texts are the same (as a set; the English may add the weight); each datum quoted in the English is in the Chinese; the
     * English has no Han character outside quoted data; a row below its weight says "of its weight".
     */
    private static void sameInBothLanguages(Explanation x, IndicatorScore row) {
        String where = (row == null ? "execution" : "row " + (row.index() + 1) + " " + row.name()) + ": " + x;
        assertThat(x.zh()).as(where).isNotBlank();
        assertThat(x.en()).as(where).isNotBlank();
        // the same values; the English may name the weight where the Chinese gives only the grade's band
        java.util.SortedSet<BigDecimal> en = numbers(x.en());
        if (row != null && row.weight() != null) en.remove(row.weight().stripTrailingZeros());
        assertThat(en).as(where).isSubsetOf(numbers(x.zh()));
        assertThat(numbers(x.en())).as(where).containsAll(numbers(x.zh()));
        Matcher q = QUOTED_EN.matcher(x.en());
        while (q.find()) assertThat(x.zh()).as(where).contains(q.group(1));
        assertThat(HAN.matcher(QUOTED_EN.matcher(x.en()).replaceAll("")).find()).as(where + " has Chinese of its own").isFalse();
        if (row != null && row.applicable() && row.score().compareTo(row.weight()) < 0) {
            assertThat(x.en()).as(where).contains("of its weight " + row.weight().toPlainString());
        }
    }

    private static java.util.SortedSet<BigDecimal> numbers(String text) {
        java.util.SortedSet<BigDecimal> out = new java.util.TreeSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) out.add(new BigDecimal(m.group()).stripTrailingZeros());
        return out;
    }
}
