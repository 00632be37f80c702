package org.jixiao.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Units live in one place: the value grammar's units and the words the published-table reader meets (亩, 公顷, 千瓦, 株 …),
 * each with how the reader may meet it — glued after a number, or only as a unit cell of its own.
 */
class UnitReadingsTest {

    @Test
    void aWordReadAfterANumberIsReadThereLongestFirst() {
        assertThat(Units.afterNumberEnd("≥3个工作日内", 2)).isEqualTo(6); // 个工作日, not 个
        assertThat(Units.afterNumberEnd("128.6万亩", 5)).isEqualTo(7);
        assertThat(Units.afterNumberEnd("95%", 2)).isEqualTo(3);
        assertThat(Units.afterNumberEnd("2.6平方公里", 3)).isEqualTo(7);
        assertThat(Units.afterNumberEnd("3人次", 1)).isEqualTo(3);
        assertThat(Units.afterNumberEnd("3", 1)).isEqualTo(1);
    }

    @Test
    void pagesAndFryAreReadAfterANumber() {
        // h78 (馆藏档案数字化页数 ≥120万页 | 126.3万页) and h93 (增殖放流苗种数量 ≥3000万尾): units the glued reader did not know
        assertThat(Units.afterNumberEnd("≥120万页", 4)).isEqualTo(6);
        assertThat(Units.afterNumberEnd("126.3万页1010", 5)).isEqualTo(7);
        assertThat(Units.afterNumberEnd("≥3000万尾", 5)).isEqualTo(7);
        assertThat(Units.afterNumberEnd("36页", 2)).isEqualTo(3);
        // 尾 alone begins words (尾款, 尾矿): only its 万 form is read glued
        assertThat(Units.readAfterNumber("尾")).isFalse();
    }

    @Test
    void theTraditionalMultipliersScaleAsTheSimplifiedDo() {
        // ≥1.2萬噸 (h81), ≥1.2萬人次 (h97): the fold of traditional script leaves 萬 as written outside its vocabulary's words
        for (char c : new char[] {'万', '亿', '萬', '億'}) assertThat(Units.multiplier(c)).as("" + c).isTrue();
        for (char c : new char[] {'千', '百', '元'}) assertThat(Units.multiplier(c)).as("" + c).isFalse();
    }

    @Test
    void aCharacterThatBeginsCommonWordsIsNoUnitAfterANumberButIsAUnitCell() {
        // 2组织, 3只有, 5部门, 4门诊: no quantity with them; alone in a 度量单位 cell they are units
        for (String w : new String[] {"组", "只", "头", "株", "米"}) {
            assertThat(Units.reading(w)).as(w).isEqualTo(Units.Reading.CELL);
            assertThat(Units.afterNumberEnd("2" + w, 1)).as(w).isEqualTo(1);
            assertThat(Units.unitCell(w)).as(w).isTrue();
        }
        for (String w : new String[] {"部", "门", "单", "类", "支"}) {
            assertThat(Units.readAfterNumber(w)).as(w).isFalse();
            assertThat(Units.unitCell(w)).as(w).isTrue(); // a counted noun of the value grammar
        }
    }

    @Test
    void everyWordReadAfterANumberIsAUnitCellAndNoTextIs() {
        for (String w : Units.afterNumber()) assertThat(Units.unitCell(w)).as(w).isTrue();
        assertThat(Units.unitCell("元/人·月")).isTrue();
        assertThat(Units.unitCell("门诊人次")).isFalse();
        assertThat(Units.unitCell("服务对象满意度")).isFalse();
        assertThat(Units.unitCell("")).isFalse();
    }
}
