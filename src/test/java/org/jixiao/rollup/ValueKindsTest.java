package org.jixiao.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.measure.Units;
import org.jixiao.measure.Value;
import org.jixiao.measure.Unit;
import org.jixiao.scorecard.ValueKind;
import org.junit.jupiter.api.Test;

class ValueKindsTest {

    static Unit unitOf(String written) {
        return switch (org.jixiao.measure.Reading.of(written).value()) {
            case Value.Measured m -> m.quantity().unit();
            case Value.Bound b -> b.quantity().unit();
            default -> throw new AssertionError("not a quantity: " + written);
        };
    }

    @Test
    void ratesPerCapitaAmountsAndDurationsAreRelative() {
        assertThat(ValueKinds.defaultFor(unitOf("≥90%"), "参保人员对医保服务满意度")).isEqualTo(ValueKind.RELATIVE);
        assertThat(ValueKinds.defaultFor(unitOf("610元/人"), "居民医保人均财政补助")).isEqualTo(ValueKind.RELATIVE);
        assertThat(ValueKinds.defaultFor(unitOf("≤60分钟"), "医保信息系统重大安全事件响应时间")).isEqualTo(ValueKind.RELATIVE);
    }

    @Test
    void countsAndMoneyAddUpUnlessTheNameSaysRateRatioOrStandard() {
        assertThat(ValueKinds.defaultFor(unitOf("≥4次"), "开展全域医保政策宣传活动次数")).isEqualTo(ValueKind.ABSOLUTE);
        assertThat(ValueKinds.defaultFor(unitOf("9824.32万元"), "追回医保基金")).isEqualTo(ValueKind.ABSOLUTE);
        assertThat(ValueKinds.defaultFor(unitOf("610元"), "居民医保政府补助标准")).isEqualTo(ValueKind.RELATIVE);
        assertThat(ValueKinds.defaultFor(Units.PERCENT, null)).isEqualTo(ValueKind.RELATIVE);
        assertThat(ValueKinds.defaultFor(Unit.NONE, "参保率")).isEqualTo(ValueKind.RELATIVE);
        assertThat(ValueKinds.defaultFor(Unit.NONE, "检查定点医药机构数")).isEqualTo(ValueKind.ABSOLUTE);
    }
}
