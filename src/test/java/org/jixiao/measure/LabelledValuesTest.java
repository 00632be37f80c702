package org.jixiao.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.measure.ValueGrammarSeedTest.bound;
import static org.jixiao.measure.ValueGrammarSeedTest.measured;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: one value after a plain label (「增长率288.15%」, 「覆盖率达98%」, 「共计12次」, the corpus's
 * 「服务对象满意度≥80%。」) is read as that value, the text kept as written; a second number, a bare number, or a label
 * that negates, approximates or compares with another base is never read into a value.
 */
class LabelledValuesTest {

    @Test
    void aLabelThenOneValueWithItsUnitReadsAsTheValueAndKeepsTheText() {
        assertThat(ValueGrammar.parse("增长率288.15%")).isEqualTo(measured("增长率288.15%", "288.15", "%"));
        assertThat(ValueGrammar.parse("覆盖率达98%")).isEqualTo(measured("覆盖率达98%", "98", "%"));
        assertThat(ValueGrammar.parse("完成率100%")).isEqualTo(measured("完成率100%", "100", "%"));
        assertThat(ValueGrammar.parse("共计12次")).isEqualTo(measured("共计12次", "12", "次"));
        assertThat(ValueGrammar.parse("结算人次增长率：288.15%")).isEqualTo(measured("结算人次增长率：288.15%", "288.15", "%"));
        // the corpus (009 红河 自评): the sentence's full stop is dropped, the comparator read
        assertThat(ValueGrammar.parse("服务对象满意度≥80%。")).isEqualTo(bound("服务对象满意度≥80%。", Comparator.GE, "80", "%"));
        assertThat(ValueGrammar.parse("覆盖率达到98%")).as("达到 stays the comparator it is without a label")
                .isEqualTo(bound("覆盖率达到98%", Comparator.GE, "98", "%"));
        assertThat(ValueGrammar.parse("次均费用控制在5%以内")).isEqualTo(bound("次均费用控制在5%以内", Comparator.LE, "5", "%"));
        assertThat(ValueGrammar.parse("人均补助610元/人/年")).isEqualTo(measured("人均补助610元/人/年", "610", "元/人/年"));
        // the corpus (006 旺苍): a target written as a sentence with one count
        assertThat(ValueGrammar.parse("实施基本药物制度补助村卫生室352个。"))
                .isEqualTo(measured("实施基本药物制度补助村卫生室352个。", "352", "个"));
    }

    @Test
    void whatALabelCouldMakeAmbiguousStaysFreeText() {
        for (String raw : List.of(
                "每亩300",                 // corpus 019: a bare number after a label — per what, in what?
                "完成率100",               // no unit
                "未完成率5%", "不合格率2%", // negation
                "约95%", "满意度约95%", "近300次", // approximation
                "较上年提高5%", "比上年增长10%", "同比增长12%", // another base
                "一个季度开展工作督导一次,共4次。", // corpus 009: a Chinese numeral and a sentence break
                "本年度已完成37个基层医疗机构基药补助制度实施。", // corpus 006: text after the number
                "2021年增长率288.15%",      // a year before the label: two numbers
                "增长率288.15%,较2020年同期3792人次", "覆盖率98%，满意度95%", "完成12次共15次", "超过90%以下", "不低于的比例90%",
                "这是一个非常非常非常长的说明文字标签完成率98%")) { // label longer than 16 characters
            assertThat(ValueGrammar.parse(raw)).as(raw).isEqualTo(new Value.FreeText(raw));
        }
    }

    private static final List<String> LABELS = List.of("增长率", "覆盖率达", "完成率", "共计", "累计", "服务对象满意度",
            "结算人次", "参保率", "知晓率为", "合计：", "培训", "建成");
    private static final List<String> UNITS = List.of("%", "次", "人次", "万元", "个", "家", "天", "元/人·年", "", "‰");
    private static final List<String> JOINS = List.of("，", ",", "；", "较", "比", "其中", "（", "）", "和", "及", "共",
            "增长", "同期", "。", "年", "月", "为", "达", "完成", "/"); // no space: spaces inside a number are flattening (ValueGrammar)

    /**
     * Property (seeded java.util.Random, 20,000 texts): a label then two numbers in any arrangement never reads as a
     * single measured value or bound whose amount is either number unless the whole is a range or labelled parts —
     * the grammar does not pick one of two numbers.
     */
    @Test
    void textWithTwoNumbersNeverYieldsOneOfThemAsTheValue() {
        Random random = new Random(20261205L);
        for (int run = 0; run < 20_000; run++) {
            String first = number(random);
            String second = number(random);
            String raw = pick(random, LABELS) + first + pick(random, UNITS) + pick(random, JOINS)
                    + (random.nextBoolean() ? pick(random, LABELS) : "") + second + pick(random, UNITS)
                    + (random.nextInt(4) == 0 ? "。" : "");
            Value v = ValueGrammar.parse(raw);
            assertThat(v.raw()).isSameAs(raw);
            if (v instanceof Value.Measured || v instanceof Value.Bound) {
                throw new AssertionError("run " + run + ": 「" + raw + "」 with two numbers read as the single value " + v);
            }
        }
    }

    /** Property: a label, one number and a unit always read as exactly that number in that unit. */
    @Test
    void aLabelAndOneNumberWithAUnitAlwaysReadsAsThatNumber() {
        Random random = new Random(11L);
        for (int run = 0; run < 5_000; run++) {
            String amount = number(random);
            String unit = pick(random, UNITS.subList(0, UNITS.size() - 2));
            String raw = pick(random, LABELS) + amount + unit + (random.nextBoolean() ? "。" : "");
            assertThat(ValueGrammar.parse(raw)).as(raw)
                    .isEqualTo(new Value.Measured(raw, new Quantity(new BigDecimal(amount), Units.of(unit).orElseThrow())));
        }
    }

    private static String number(Random random) {
        String whole = Integer.toString(random.nextInt(random.nextBoolean() ? 100 : 20_000));
        return random.nextInt(3) == 0 ? whole + "." + random.nextInt(10) + random.nextInt(10) : whole;
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
