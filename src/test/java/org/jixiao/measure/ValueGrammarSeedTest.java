package org.jixiao.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every target and actual of the three seed tables gets exactly the reading written out here. */
class ValueGrammarSeedTest {

    private static final Map<String, Function<String, Value>> EXPECTED = new LinkedHashMap<>();

    private static void expect(String raw, Function<String, Value> reading) {
        EXPECTED.put(raw, reading);
    }

    static {
        // 大连 2021
        expect("≧2次", r -> bound(r, Comparator.GE, "2", "次"));
        expect("3次", r -> measured(r, "3", "次"));
        expect("2次", r -> measured(r, "2", "次"));
        expect("全覆盖", r -> new Value.Qualitative(r, "全覆盖", null));
        expect("≧90%", r -> bound(r, Comparator.GE, "90", "%"));
        expect("100%", r -> measured(r, "100", "%"));
        expect("≦60分钟", r -> bound(r, Comparator.LE, "60", "分钟"));
        expect("≦30分钟", r -> bound(r, Comparator.LE, "30", "分钟"));
        expect("实时响应", r -> new Value.Qualitative(r, "实时响应", null));
        expect("逐步推开", r -> new Value.Qualitative(r, "逐步推开", null));
        expect("有所提高", r -> new Value.Qualitative(r, "有所提高", null));
        expect("显著提升", r -> new Value.Qualitative(r, "显著提升", null));
        expect("按时按要求落实和执行医药价格和招标采购政策", r -> new Value.Qualitative(r, r, null));
        expect("≧70%", r -> bound(r, Comparator.GE, "70", "%"));
        expect("99.99%", r -> measured(r, "99.99", "%"));
        // 临沂 2022 (targets only)
        expect("逐步扩大", r -> new Value.Qualitative(r, "逐步扩大", null));
        expect("98%", r -> measured(r, "98", "%"));
        expect("70%", r -> measured(r, "70", "%"));
        expect("4600人", r -> measured(r, "4600", "人"));
        expect("根据预算安排", r -> new Value.Qualitative(r, "根据预算安排", null));
        expect("140人", r -> measured(r, "140", "人"));
        expect("610元", r -> measured(r, "610", "元"));
        expect("320元", r -> measured(r, "320", "元"));
        expect("职工≥80% / 居民≥55%", r -> new Value.MultiPart(r, List.of(
                new Value.Part("职工", bound("≥80%", Comparator.GE, "80", "%")),
                new Value.Part("居民", bound("≥55%", Comparator.GE, "55", "%")))));
        expect("3000万元", r -> measured(r, "3000", "万元"));
        expect("根据国家要求落实", r -> new Value.Qualitative(r, "根据国家要求落实", null));
        expect("根据需要进行动态调整", r -> new Value.Qualitative(r, "根据需要进行动态调整", null));
        expect("9个", r -> measured(r, "9", "个"));
        expect("8000家", r -> measured(r, "8000", "家"));
        expect("逐步提高", r -> new Value.Qualitative(r, "逐步提高", null));
        expect("81%", r -> measured(r, "81", "%"));
        expect("365个", r -> measured(r, "365", "个"));
        expect("91%", r -> measured(r, "91", "%"));
        expect("65%", r -> measured(r, "65", "%"));
        expect("3300家", r -> measured(r, "3300", "家"));
        expect("200人次", r -> measured(r, "200", "人次"));
        expect("360条", r -> measured(r, "360", "条"));
        // 遂宁 2021
        expect("≥4次", r -> bound(r, Comparator.GE, "4", "次"));
        expect("8", r -> new Value.Measured(r, new Quantity(new BigDecimal("8"), Unit.NONE)));
        expect("4", r -> new Value.Measured(r, new Quantity(new BigDecimal("4"), Unit.NONE)));
        expect("≤60分钟", r -> bound(r, Comparator.LE, "60", "分钟"));
        expect("本市未发生医保信息系统重大安全事件", Value.NotOccurred::new);
        expect("规定时限完成", r -> new Value.Qualitative(r, "规定时限完成", null));
        expect("不低于30天", r -> bound(r, Comparator.GE, "30", "天"));
        expect("不少于6个月", r -> bound(r, Comparator.GE, "6", "个月"));
        expect("普遍知晓", r -> new Value.Qualitative(r, "普遍知晓", null));
        expect("明显增强", r -> new Value.Qualitative(r, "明显增强", null));
        expect("≥90%", r -> bound(r, Comparator.GE, "90", "%"));
    }

    /** Narrative actuals (written here by their opening words): free text the reviewer judges. */
    private static final List<String> NARRATIVES = List.of(
            "全市符合条件的医疗机构完成了模拟付费。",
            "已完成。2021年9月遂宁市全面完成国家15套信息化标准代码",
            "已完成。自2021年10月国家医保平台在遂宁市上线后",
            "全年国、省、市主流媒体刊发刊载我局新闻信息近300余篇。",
            "自2021年10月国家医疗保障信息平台在遂宁市上线",
            "2021年遂宁参保人员跨省异地就医直接结算14719人次,较2020年同期3792人次增长10927人次,增长率288.15%。");

    @Test
    void everySeedTargetAndActualGetsExactlyItsExpectedReading() {
        List<String> seeds = SeedValues.all();
        assertThat(seeds).hasSize(20 * 2 + 29 + 12 * 2);
        Set<String> unused = new LinkedHashSet<>(EXPECTED.keySet());
        Set<String> unusedNarratives = new LinkedHashSet<>(NARRATIVES);
        for (String raw : seeds) {
            Value reading = ValueGrammar.parse(raw);
            String narrative = NARRATIVES.stream().filter(raw::startsWith).findFirst().orElse(null);
            if (narrative != null) {
                assertThat(reading).as(raw).isEqualTo(new Value.FreeText(raw));
                unusedNarratives.remove(narrative);
            } else {
                assertThat(EXPECTED).as("a reading is written out for %s", raw).containsKey(raw);
                assertThat(reading).as(raw).isEqualTo(EXPECTED.get(raw).apply(raw));
                unused.remove(raw);
            }
            assertThat(reading.raw()).isSameAs(raw);
        }
        assertThat(unused).as("expectations that match no seed value").isEmpty();
        assertThat(unusedNarratives).as("narratives that match no seed value").isEmpty();
    }

    @Test
    void noSeedValueFallsBackToFreeTextExceptTheNarratives() {
        long freeText = SeedValues.all().stream().map(ValueGrammar::parse).filter(v -> v instanceof Value.FreeText).count();
        assertThat(freeText).isEqualTo(NARRATIVES.size());
    }

    @Test
    void describeGivesAShortBilingualReading() {
        assertThat(ValueGrammar.describe(ValueGrammar.parse("≥4次"))).isEqualTo("≥ 4 次 (下限 / lower bound)");
        assertThat(ValueGrammar.describe(ValueGrammar.parse("≦60分钟"))).isEqualTo("≤ 60 分钟 (上限 / upper bound)");
        assertThat(ValueGrammar.describe(ValueGrammar.parse("99.99%"))).isEqualTo("99.99 % (数值 / measured value)");
        assertThat(ValueGrammar.describe(ValueGrammar.parse("职工≥80% / 居民≥55%")))
                .isEqualTo("职工 ≥ 80 %; 居民 ≥ 55 % (分项 / labelled parts)");
        assertThat(ValueGrammar.describe(ValueGrammar.parse("本市未发生医保信息系统重大安全事件")))
                .isEqualTo("未发生，视为达成 (did not occur, counts as met)");
        assertThat(ValueGrammar.describe(ValueGrammar.parse("部分达成")))
                .isEqualTo("部分达成年度指标并具有一定效果 (定性等级 / grade: partly met)");
        assertThat(ValueGrammar.describe(ValueGrammar.parse("80%-90%"))).isEqualTo("80 % – 90 % (区间 / range)");
        assertThat(ValueGrammar.describe(ValueGrammar.parse("已完成"))).isEqualTo("文字说明 (需人工判断 / free text for the reviewer)");
    }

    static Value.Bound bound(String raw, Comparator sign, String amount, String unit) {
        return new Value.Bound(raw, sign, new Quantity(new BigDecimal(amount), Units.of(unit).orElseThrow()));
    }

    static Value.Measured measured(String raw, String amount, String unit) {
        return new Value.Measured(raw, new Quantity(new BigDecimal(amount), Units.of(unit).orElseThrow()));
    }
}
