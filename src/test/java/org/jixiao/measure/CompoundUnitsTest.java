package org.jixiao.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Issue 11: compound and per-capita units are one unit; ASCII and OCR comparators; the text stays as written. */
class CompoundUnitsTest {

    private static Quantity quantity(Value v) {
        return switch (v) {
            case Value.Measured m -> m.quantity();
            case Value.Bound b -> b.quantity();
            default -> throw new AssertionError("not a quantity: " + v);
        };
    }

    private static Quantity quantityOf(String raw) { return quantity(Reading.of(raw).value()); }

    @Test
    void compoundUnitsReadAsOneUnitWhateverJoinsTheirParts() {
        for (String written : new String[] {"元/人·月", "元/人*月", "元/户·年", "人次/年", "万元/人", "次/人·年", "个/万人",
                "元/户", "元/人/年", "元/人年"}) {
            Value v = Reading.of("≥530" + written).value();
            assertThat(v).as(written).isInstanceOf(Value.Bound.class);
            assertThat(quantity(v).unit().symbol()).as(written).hasSameSizeAs(written);
            assertThat(quantity(v).amount()).as(written).isEqualByComparingTo("530");
        }
        assertThat(quantityOf("583元/人*月").unit()).isEqualTo(quantityOf("≥530元/人·月").unit());
        assertThat(Reading.of(">=530元/人*月").text()).as("kept as written").isEqualTo(">=530元/人*月");
    }

    @Test
    void equalCompoundUnitsCompareAndConvertWhereAConversionIsDefined() {
        Unit perPersonMonth = quantityOf("530元/人·月").unit();
        assertThat(quantityOf("583元/人*月").in(perPersonMonth)).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("583"));
        assertThat(quantityOf("6996元/人·年").in(perPersonMonth)).as("per year → per month")
                .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("583"));
        assertThat(quantityOf("0.5万元/人").in(quantityOf("5000元/人").unit()))
                .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("5000"));
        assertThat(quantityOf("3个/万人").in(quantityOf("1个/人").unit()))
                .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.0003"));
        assertThat(quantityOf("2万人次/年").in(quantityOf("100人次/年").unit()))
                .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("20000"));
    }

    @Test
    void compoundUnitsOfDifferentThingsDoNotConvert() {
        assertThat(quantityOf("5830元/户").in(quantityOf("5300元/人").unit())).isEmpty();
        assertThat(quantityOf("5830元/户").in(quantityOf("5300元/户·年").unit())).isEmpty();
        assertThat(quantityOf("3次/人·年").in(quantityOf("3家/人·年").unit())).isEmpty();
        assertThat(quantityOf("610元/人").in(quantityOf("610元").unit())).isEmpty();
        assertThat(quantityOf("100人次/年").unit().dimension()).as("a count per year still adds up").isEqualTo(Dimension.COUNT);
        assertThat(quantityOf("3次/人·年").unit().dimension()).isEqualTo(Dimension.PER_CAPITA);
    }

    @Test
    void perCapitaUnitsInLabelledPartsAreNotSplitAtTheirSlash() {
        Value v = Reading.of("职工583元/人*月、居民320元/人·年").value();
        assertThat(v).isInstanceOf(Value.MultiPart.class);
        assertThat(((Value.MultiPart) v).parts()).extracting(Value.Part::label).containsExactly("职工", "居民");
    }

    @Test
    void asciiAndOcrComparatorsReadAsTheirSigns() {
        assertThat(((Value.Bound) Reading.of(">=530元/人*月").value()).comparator()).isEqualTo(Comparator.GE);
        assertThat(((Value.Bound) Reading.of("<=5300元/户").value()).comparator()).isEqualTo(Comparator.LE);
        assertThat(((Value.Bound) Reading.of("═100%").value()).comparator()).isEqualTo(Comparator.EQ);
        Value ocr = Reading.of("290%", "≥90%").value();
        assertThat(ocr).isEqualTo(new Value.Bound("290%", Comparator.GE, new Quantity(new BigDecimal("90"), Units.PERCENT)));
        assertThat(Reading.of("290%").value()).as("without the template a 2 is a digit").isInstanceOf(Value.Measured.class);
        assertThat(Reading.of("90%", "≥").value()).as("only a leading 2 is taken for ≥").isInstanceOf(Value.Measured.class);
        // more in OcrComparatorTest
    }
}
