package org.jixiao.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** RULES §6.2: which units convert, and by how much (1小时 = 60分钟, 1天 = 24小时, 1月 = 30天). */
class UnitConversionTest {

    private static Quantity quantityOf(String raw) {
        Value v = ValueGrammar.parse(raw);
        return switch (v) {
            case Value.Measured m -> m.quantity();
            case Value.Bound b -> b.quantity();
            default -> throw new AssertionError(raw + " is not a quantity: " + v);
        };
    }

    @Test
    void sixMonthsIsOneHundredEightyDaysSoTheSuiningActualMeetsThirtyDays() {
        BigDecimal actualInDays = quantityOf("不少于6个月").in(Units.DAY).orElseThrow();
        assertThat(actualInDays).isEqualByComparingTo("180");
        assertThat(actualInDays).isGreaterThanOrEqualTo(quantityOf("不低于30天").amount());
        assertThat(quantityOf("30天").in(Units.MONTHS)).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("1"));
        assertThat(quantityOf("1年").in(Units.MONTHS)).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("12"));
    }

    @Test
    void hoursAndDaysConvertToMinutes() {
        assertThat(quantityOf("2小时").in(Units.MINUTE)).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("120"));
        assertThat(quantityOf("1天").in(Units.HOUR)).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("24"));
        assertThat(quantityOf("≦60分钟").in(Units.HOUR)).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("1"));
        assertThat(quantityOf("90分钟").in(Units.HOUR)).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("1.5"));
    }

    @Test
    void aTableCellOfMoneyIsReadInItsOwnUnitElseInTheHeadersUnit() {
        assertThat(Units.money("387664.62", Units.YUAN, Units.TEN_THOUSAND_YUAN)).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("38.766462"));
        assertThat(Units.money("30万元", Units.YUAN, Units.TEN_THOUSAND_YUAN)).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("30"));
        assertThat(Units.money("3359.62万", Units.YUAN, Units.TEN_THOUSAND_YUAN)).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("3359.62"));
        assertThat(Units.money(" 1,234.5 元", Units.TEN_THOUSAND_YUAN, Units.YUAN)).hasValueSatisfying(y -> assertThat(y).isEqualByComparingTo("1234.5"));
        assertThat(Units.money("1.2亿元", Units.TEN_THOUSAND_YUAN, Units.TEN_THOUSAND_YUAN)).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("12000"));
        assertThat(Units.money("320", Units.TEN_THOUSAND_YUAN, Units.TEN_THOUSAND_YUAN)).hasValueSatisfying(w -> assertThat(w).hasToString("320"));
        // converted amounts print as written, never in exponent form (h108's 500000 元 printed 5E+1 万元 in the JSON)
        assertThat(Units.money("500000", Units.YUAN, Units.TEN_THOUSAND_YUAN)).hasValueSatisfying(w -> assertThat(w).hasToString("50"));
        assertThat(Units.money("3600000元", Units.TEN_THOUSAND_YUAN, Units.TEN_THOUSAND_YUAN)).hasValueSatisfying(w -> assertThat(w).hasToString("360"));
        for (String notMoney : new String[] {"—", "81.80%", "30人次", "约30万元", "30元/人", ".5", "", "万元"}) {
            assertThat(Units.money(notMoney, Units.TEN_THOUSAND_YUAN, Units.TEN_THOUSAND_YUAN)).as(notMoney).isEmpty();
        }
    }

    @Test
    void moneyConvertsBetweenYuanTenThousandsAndHundredMillions() {
        assertThat(quantityOf("3000万元").in(Units.YUAN)).hasValueSatisfying(y -> assertThat(y).isEqualByComparingTo("30000000"));
        assertThat(quantityOf("9824.32万元").in(Units.HUNDRED_MILLION_YUAN))
                .hasValueSatisfying(y -> assertThat(y).isEqualByComparingTo("0.982432"));
        assertThat(quantityOf("610元").in(Units.TEN_THOUSAND_YUAN)).hasValueSatisfying(y -> assertThat(y).isEqualByComparingTo("0.061"));
    }

    @Test
    void differentCountedThingsNeverConvertButScalingsOfOneNounDo() {
        assertThat(quantityOf("3次").in(Units.of("家").orElseThrow())).isEmpty();
        assertThat(quantityOf("200人次").in(Units.of("人").orElseThrow())).isEmpty();
        assertThat(quantityOf("149.99万例").in(Units.of("例").orElseThrow()))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1499900"));
    }

    @Test
    void workdaysConvertOnlyToWorkdays() {
        assertThat(quantityOf("5个工作日").in(Units.DAY)).isEmpty();
        assertThat(quantityOf("5天").in(Units.WORKDAYS)).isEmpty();
        assertThat(quantityOf("5个工作日").in(Units.WORKDAY)).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("5"));
    }

    @Test
    void ratesConvertAndOtherDimensionsDoNotMix() {
        assertThat(quantityOf("5‰").in(Units.PERCENT)).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.5"));
        assertThat(quantityOf("≥100百分比").in(Units.PERCENT)).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("100"));
        assertThat(quantityOf("90%").in(Units.MINUTE)).isEmpty();
        assertThat(quantityOf("90分").in(Units.MINUTE)).as("分 is a score, not a minute").isEmpty();
        assertThat(quantityOf("610元/人").in(Units.YUAN)).isEmpty();
        assertThat(quantityOf("610元/人").in(Units.of("元/人/年").orElseThrow())).isEmpty();
        assertThat(quantityOf("0.061万元/人").in(Units.of("元/人").orElseThrow()))
                .hasValueSatisfying(y -> assertThat(y).isEqualByComparingTo("610"));
    }

    @Test
    void aBareNumberTakesTheOtherUnit() {
        assertThat(quantityOf("8").in(Units.of("次").orElseThrow())).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("8"));
        assertThat(quantityOf("8次").in(Unit.NONE)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("8"));
    }
}
