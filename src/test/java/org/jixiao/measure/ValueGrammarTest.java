package org.jixiao.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.measure.ValueGrammarSeedTest.bound;
import static org.jixiao.measure.ValueGrammarSeedTest.measured;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The vocabulary of RULES §6 beyond the seeds: comparator words, full-width forms, ranges, parts, events. */
class ValueGrammarTest {

    @ParameterizedTest(name = "{0} reads as {1} {2} {3}")
    @CsvSource({
            "≥4次, GE, 4, 次", "≧2次, GE, 2, 次", ">=90%, GE, 90, %", "不低于30天, GE, 30, 天", "不少于6个月, GE, 6, 个月",
            "达到100%, GE, 100, %", "90%以上, GE, 90, %", "90%及以上, GE, 90, %", "大于等于85%, GE, 85, %",
            "≤60分钟, LE, 60, 分钟", "≦30分钟, LE, 30, 分钟", "<=2小时, LE, 2, 小时", "不高于5%, LE, 5, %",
            "不超过3个工作日, LE, 3, 个工作日", "不多于2次, LE, 2, 次", "10天以内, LE, 10, 天", "5%以下, LE, 5, %",
            "控制在5%以内, LE, 5, %", "控制在5%, LE, 5, %", "=0起, EQ, 0, 起", "等于100%, EQ, 100, %",
            ">80分, GT, 80, 分", "高于80%, GT, 80, %", "超过90%, GT, 90, %", "<1%, LT, 1, %", "低于3%, LT, 3, %",
            "不足5%, LT, 5, %", "不满1年, LT, 1, 年", "≥100百分比, GE, 100, 百分比", "≥4家医院, GE, 4, 家",
            "≤5‰, LE, 5, ‰", "≥2万人次, GE, 2, 万人次", "≥600元/人/年, GE, 600, 元/人/年"})
    void comparatorWordsAndSymbolsReadAsBounds(String raw, Comparator sign, String amount, String unit) {
        assertThat(ValueGrammar.parse(raw)).isEqualTo(bound(raw, sign, amount, unit));
    }

    @Test
    void fullWidthDigitsPercentAndSignsReadLikeTheirAsciiForms() {
        assertThat(ValueGrammar.parse("≥９０％")).isEqualTo(bound("≥９０％", Comparator.GE, "90", "%"));
        assertThat(ValueGrammar.parse("＞８０．５％")).isEqualTo(bound("＞８０．５％", Comparator.GT, "80.5", "%"));
        assertThat(ValueGrammar.parse("＜＝３天")).isEqualTo(bound("＜＝３天", Comparator.LE, "3", "天"));
    }

    @Test
    void thousandsSeparatorsAndFlatteningSpacesAreRemovedAndTheScaleIsKept() {
        assertThat(ValueGrammar.parse("1,307家")).isEqualTo(measured("1,307家", "1307", "家"));
        assertThat(ValueGrammar.parse("1,234,567.50元")).isEqualTo(measured("1,234,567.50元", "1234567.50", "元"));
        assertThat(ValueGrammar.parse(" 99. 99 % ")).isEqualTo(measured(" 99. 99 % ", "99.99", "%"));
        assertThat(ValueGrammar.parse("81.80%")).isEqualTo(measured("81.80%", "81.80", "%"));
        assertThat(((Value.Measured) ValueGrammar.parse("81.80%")).quantity().amount().scale()).isEqualTo(2);
        assertThat(ValueGrammar.parse("1,30家")).isInstanceOf(Value.FreeText.class);
    }

    @Test
    void aRangeKeepsItsEndsAndTheFirstEndTakesTheSecondsUnit() {
        assertThat(ValueGrammar.parse("80%-90%")).isEqualTo(new Value.Range("80%-90%",
                new Quantity(new BigDecimal("80"), Units.PERCENT), new Quantity(new BigDecimal("90"), Units.PERCENT)));
        assertThat(ValueGrammar.parse("3～5天")).isEqualTo(new Value.Range("3～5天",
                new Quantity(new BigDecimal("3"), Units.DAY), new Quantity(new BigDecimal("5"), Units.DAY)));
        assertThat(ValueGrammar.parse("3次-5家")).isInstanceOf(Value.FreeText.class);
    }

    @Test
    void labelledPartsAreSplitOnSlashesEnumerationCommasSemicolonsAndLineBreaks() {
        List<Value.Part> parts = List.of(
                new Value.Part("职工", bound("≥80%", Comparator.GE, "80", "%")),
                new Value.Part("居民", bound("≥55%", Comparator.GE, "55", "%")));
        for (String raw : List.of("职工≥80%/居民≥55%", "职工≥80%、居民≥55%", "职工≥80%；居民≥55%", "职工≥80%\n居民≥55%",
                "职工：≥80% / 居民：≥55%")) {
            assertThat(ValueGrammar.parse(raw)).as(raw).isEqualTo(new Value.MultiPart(raw, parts));
        }
        Value perCapita = ValueGrammar.parse("职工610元/人/年、居民320元/人/年");
        assertThat(perCapita).isInstanceOf(Value.MultiPart.class);
        assertThat(((Value.MultiPart) perCapita).parts()).extracting(Value.Part::label).containsExactly("职工", "居民");
        assertThat(ValueGrammar.parse("≥80%/≥55%")).as("parts need labels").isInstanceOf(Value.FreeText.class);
        assertThat(ValueGrammar.parse("职工≥80%")).as("one labelled value is not a multi-part, it is the value (LabelledValuesTest)")
                .isEqualTo(bound("职工≥80%", Comparator.GE, "80", "%"));
    }

    @Test
    void eventsThatDidNotOccurAreRecognisedButNarrativesAboutThemAreNot() {
        for (String raw : List.of("本市未发生医保信息系统重大安全事件", "未发生", "全年无重大安全事故发生", "无安全事件发生",
                "医疗机构无违规行为", "本县没有发生重大安全事故。")) {
            assertThat(ValueGrammar.parse(raw)).as(raw).isEqualTo(new Value.NotOccurred(raw));
        }
        for (String raw : List.of("全年未发生变化", "本市未发生重大安全事件，处置演练2次", "无")) {
            assertThat(ValueGrammar.parse(raw)).as(raw).isInstanceOf(Value.FreeText.class);
        }
        assertThat(ValueGrammar.parse("本市发生1起安全事件")).as("one event that did occur: a labelled count (LabelledValuesTest)")
                .isEqualTo(measured("本市发生1起安全事件", "1", "起"));
    }

    @Test
    void gradeStringsAndTheirShortFormsSetTheGrade() {
        assertThat(ValueGrammar.parse("达成年度指标")).isEqualTo(new Value.Qualitative("达成年度指标", "达成年度指标", QualitativeGrade.MET));
        assertThat(ValueGrammar.parse("部分达成目标并具有一定效果"))
                .extracting(v -> ((Value.Qualitative) v).grade()).isEqualTo(QualitativeGrade.PARTLY_MET);
        assertThat(ValueGrammar.parse("未达成")).extracting(v -> ((Value.Qualitative) v).grade()).isEqualTo(QualitativeGrade.NOT_MET);
        assertThat(ValueGrammar.parse("达成预期指标")).as("a phrase never implies a grade")
                .isEqualTo(new Value.Qualitative("达成预期指标", "达成预期指标", null));
        assertThat(ValueGrammar.parse(" 有所提高。")).isEqualTo(new Value.Qualitative(" 有所提高。", "有所提高", null));
    }

    @Test
    void unknownShortPhrasesAndTextAfterANumberAreFreeText() {
        for (String raw : List.of("已完成", "基本完成", "3次未完成", "300余篇", "约90%", "近40万人次", "2021年9月上线",
                "90%以上的机构", "超过90%以下", "三次", "1.2.3", "≥", "%")) {
            assertThat(ValueGrammar.parse(raw)).as(raw).isEqualTo(new Value.FreeText(raw));
        }
    }

    @Test
    void bareNumbersCarryNoUnitAndEmptyCellsAreBlank() {
        assertThat(ValueGrammar.parse("8")).isEqualTo(new Value.Measured("8", new Quantity(new BigDecimal("8"), Unit.NONE)));
        assertThat(ValueGrammar.parse("-5%")).isEqualTo(measured("-5%", "-5", "%"));
        assertThat(ValueGrammar.parse(null)).isEqualTo(new Value.Blank(null));
        assertThat(ValueGrammar.parse(" \u00A0\u3000")).isEqualTo(new Value.Blank(" \u00A0\u3000"));
    }
}
