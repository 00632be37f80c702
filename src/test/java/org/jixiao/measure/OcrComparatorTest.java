package org.jixiao.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.measure.ValueGrammarSeedTest.bound;
import static org.jixiao.measure.ValueGrammarSeedTest.measured;

import org.junit.jupiter.api.Test;

/**
 * Issue 11: a scan reads a printed ≥ as the digit 2 (「2 90%」). It is read as ≥ only where the template — the indicator
 * library's target, the unit's target of the year before — shows ≥, and only where the scan shows it (a gap after the
 * 2, or the rest being the template's own amount); the text stays as written and the template is kept with it.
 */
class OcrComparatorTest {

    @Test
    void aTwoApartFromTheNumberIsTheSignWhereTheTemplateShowsIt() {
        Reading scanned = Reading.of("2 90%", "≧90%"); // national library: 医保信息系统验收合格率 ≧90%
        assertThat(scanned.value()).isEqualTo(bound("2 90%", Comparator.GE, "90", "%"));
        assertThat(scanned.text()).isEqualTo("2 90%");
        assertThat(scanned.template()).isEqualTo("≧90%");
        assertThat(Reading.of("2 95%", "≥").value()).as("the sign alone is a template")
                .isEqualTo(bound("2 95%", Comparator.GE, "95", "%"));
        assertThat(Reading.of("２　98%", "≥90%").value()).as("full-width 2 and an ideographic space")
                .isEqualTo(bound("２　98%", Comparator.GE, "98", "%"));
        assertThat(Reading.of("2 600元/人/年", "≥").value()).isEqualTo(bound("2 600元/人/年", Comparator.GE, "600", "元/人/年"));
        assertThat(Reading.of("270%", "≧70%").value()).as("no gap, but the rest is the template's amount")
                .isEqualTo(bound("270%", Comparator.GE, "70", "%"));
    }

    @Test
    void withoutATemplateShowingGreaterOrEqualTheTwoIsADigit() {
        assertThat(Reading.of("2 90%").value()).as("no template: a number with a flattening space")
                .isEqualTo(measured("2 90%", "290", "%"));
        assertThat(Reading.of("2 90%", "≤10%").value()).isEqualTo(measured("2 90%", "290", "%"));
        assertThat(Reading.of("2 90%", "有所提高").value()).isEqualTo(measured("2 90%", "290", "%"));
        assertThat(Reading.of("2 90%", "").value()).isEqualTo(measured("2 90%", "290", "%"));
    }

    @Test
    void aTypedNumberInAGreaterOrEqualRowStaysThatNumber() {
        assertThat(Reading.of("25次", "≥").value()).as("typed, no gap").isEqualTo(measured("25次", "25", "次"));
        assertThat(Reading.of("290%", "≥").value()).as("no gap and not the template's amount").isEqualTo(measured("290%", "290", "%"));
        assertThat(Reading.of("25次", "≥25次").value()).isEqualTo(measured("25次", "25", "次"));
        assertThat(Reading.of("2 0次", "≥").value()).as("≥ 0 demands nothing: not a reading")
                .isEqualTo(measured("2 0次", "20", "次"));
        assertThat(Reading.of("≥90%", "≥").value()).isEqualTo(bound("≥90%", Comparator.GE, "90", "%"));
        assertThat(Reading.of("90%", "≥").value()).isEqualTo(measured("90%", "90", "%"));
    }

    @Test
    void theTemplateTravelsWithTheTextWhenTheTextIsRewritten() {
        Reading r = Reading.of("2 90%", "≥");
        assertThat(r.withTemplate(null).value()).isEqualTo(measured("2 90%", "290", "%"));
        assertThat(r).isNotEqualTo(Reading.of("2 90%"));
        assertThat(r.withTemplate("≥")).isSameAs(r);
    }
}
