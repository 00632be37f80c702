package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * A split 度量单位 column holding the units of land, water and farm tables (平方公里, 万公顷, 千瓦): the unit cell
 * is the target's unit, not the name of a row of its own (the layout class of held-out h25).
 */
class AreaUnitsTest {

    private static String oneCellPerLine(String... rows) {
        List<String> out = new ArrayList<>();
        for (String r : rows) for (String c : r.split("\\|", -1)) { if (!out.isEmpty()) out.add("|"); if (!c.isEmpty()) out.add(c); }
        return String.join("\n", out);
    }

    @Test
    void areaUnitsInASplitUnitColumnEndTheirTargets() {
        String text = oneCellPerLine("项目绩效目标表", "项目名称|水土保持综合治理项目",
                "一级指标|二级指标|三级指标|指标性质|指标值|度量单位",
                "产出指标|数量指标|综合治理水土流失面积|≥|12.5|平方公里",
                "新建光伏提灌站装机容量|≥|300|千瓦",
                "质量指标|治理工程验收合格率|=|100|%",
                "效益指标|生态效益指标|新增林草植被面积|≥|0.8|万公顷");
        Scorecard t = single(TextParser.parse(text, "area.txt"));
        assertThat(t.indicators()).extracting(Indicator::name)
                .containsExactly("综合治理水土流失面积", "新建光伏提灌站装机容量", "治理工程验收合格率", "新增林草植被面积");
        assertThat(t.indicators()).extracting(Indicator::target).containsExactly("≥12.5平方公里", "≥300千瓦", "=100%", "≥0.8万公顷");
    }
}
