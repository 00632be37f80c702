package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A 项目支出绩效目标申报表 with a 中期 group beside the 年度 one (中期资金总额 1860 | 年度资金总额 1120, each 其中：财政拨款 row
 * printing both): the budget is the year's, its total and its sources, as the indicators are (h02 in tabs, read by
 * lines; h18 in pipes, read by the grid). The same holds with the groups printed the other way round. And so in every
 * layout, one cell per line or per paragraph too (h164): one indicator per row, its target the 年度 value; the goal the
 * 年度目标 text; what the 中期 group prints is said in a warning with its line, never read into the year's table.
 */
class MidTermGroupsTest {

    @ParameterizedTest
    @CsvSource({"h02, 128.8, false", "h02, 128.8, true", "h18, 1120, false", "h18, 1120, true"})
    void theSourcesAreTheYearsGroup(String doc, String year, boolean yearFirst) throws IOException {
        String text = heldOut(doc);
        if (yearFirst) text = yearGroupFirst(text);
        Budget b = single(TextParser.parse(text, doc + ".txt")).budget();
        assertThat(b.planned()).isEqualByComparingTo(year);
        assertThat(b.sources()).extracting(FundSource::name).containsExactly("财政拨款");
        assertThat(b.sources().get(0).planned()).isEqualByComparingTo(year);
    }

    /**
     * The money rows with the 年度 group's cells printed before the 中期 group's: the row's label cell, then its two
     * groups of equal width swapped (tabs or pipes as the document prints them).
     */
    static String yearGroupFirst(String text) {
        StringBuilder out = new StringBuilder();
        boolean money = false;
        for (String line : text.split("\n", -1)) {
            money = line.contains("中期资金总额") || money && !line.contains("目标");
            if (!money) { out.append(line).append('\n'); continue; }
            boolean pipes = line.startsWith("|");
            String sep = pipes ? "\\|" : "\t";
            List<String> cells = new java.util.ArrayList<>(List.of(line.split(sep, -1)));
            int from = pipes ? 2 : 1; // the block's label cell stays first
            int end = pipes ? cells.size() - 1 : cells.size();
            int width = (end - from) / 2;
            List<String> first = cells.subList(from, from + width), second = cells.subList(from + width, from + 2 * width);
            List<String> swapped = new java.util.ArrayList<>(cells.subList(0, from));
            swapped.addAll(second);
            swapped.addAll(first);
            swapped.addAll(cells.subList(from + 2 * width, cells.size()));
            out.append(String.join(pipes ? "|" : "\t", swapped)).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** h164's table as a grid: {@code ""} a merged or empty cell; {@code yearFirst}: the money rows print the 年度 group first. */
    private static List<String[]> grid(boolean mergedLevels, boolean yearFirst) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"项目支出绩效目标申报表"});
        rows.add(new String[] {"项目名称", "公益性岗位开发补贴项目"});
        rows.add(new String[] {"主管部门及代码", "[118]沈阳市人力资源和社会保障局", "实施单位", "沈阳市就业和人才服务中心"});
        rows.add(money("项目资金（万元）", "中期资金总额", "9720", "年度资金总额", "3240", yearFirst));
        rows.add(money("", "其中：财政拨款", "9720", "其中：财政拨款", "3240", yearFirst));
        rows.add(money("", "其他资金", "—", "其他资金", "—", yearFirst));
        rows.add(new String[] {"总体目标", "中期目标（2024年-2026年）", "年度目标"});
        rows.add(new String[] {"", "2024年至2026年累计开发公益性岗位4500个以上，托底安置就业困难人员4200人以上，零就业家庭保持动态清零。",
                "2024年开发公益性岗位1500个以上，安置就业困难人员1400人以上，按月足额发放岗位补贴，零就业家庭保持动态清零。"});
        rows.add(new String[] {"绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"});
        rows.add(new String[] {"", "产出指标", "数量指标", "开发公益性岗位数量", "≥4500个", "数量指标", "开发公益性岗位数量", "≥1500个"});
        // (a merged level cell prints once, over both rows of its group, in each group)
        String merged = mergedLevels ? "" : "数量指标";
        rows.add(new String[] {"", "", merged, "安置就业困难人员人数", "≥4200人", merged, "安置就业困难人员人数", "≥1400人"});
        rows.add(new String[] {"", "", "质量指标", "公益性岗位补贴发放准确率", "100%", "质量指标", "公益性岗位补贴发放准确率", "100%"});
        rows.add(new String[] {"", "效益指标", "社会效益指标", "就业困难人员零就业家庭动态清零", "持续保持", "社会效益指标", "就业困难人员零就业家庭动态清零", "保持动态清零"});
        rows.add(new String[] {"", "满意度指标", "服务对象满意度指标", "上岗人员满意度", "≥90%", "服务对象满意度指标", "上岗人员满意度", "≥92%"});
        return rows;
    }

    private static String[] money(String label, String midTerm, String midTermFigure, String year, String yearFigure, boolean yearFirst) {
        return yearFirst ? new String[] {label, year, yearFigure, midTerm, midTermFigure} : new String[] {label, midTerm, midTermFigure, year, yearFigure};
    }

    /** The grid printed in a layout: pipes, tabs, one cell per line, one cell per paragraph. */
    private static String print(List<String[]> rows, String layout) {
        return switch (layout) {
            case "pipes" -> rows.stream().map(r -> "| " + String.join(" | ", r) + " |").collect(Collectors.joining("\n"));
            case "tabs" -> rows.stream().map(r -> String.join("\t", r)).collect(Collectors.joining("\n"));
            default -> rows.stream().flatMap(java.util.Arrays::stream).filter(c -> !c.isEmpty())
                    .collect(Collectors.joining(layout.equals("lines") ? "\n" : "\n\n"));
        } + "\n";
    }

    private static final List<String> LAYOUTS = List.of("pipes", "tabs", "lines", "paragraphs");

    @Test
    void everyLayoutReadsTheYearsGroup() {
        for (int variant = 0; variant < 4; variant++) {
            boolean merged = variant % 2 == 1, yearFirst = variant >= 2;
            for (String layout : LAYOUTS) {
                String as = layout + (merged ? ", merged levels" : "") + (yearFirst ? ", 年度 money first" : "");
                Scorecard t = single(TextParser.parse(print(grid(merged, yearFirst), layout), "m.txt"));
                assertThat(t.indicators()).as(as).extracting(Indicator::name).containsExactly("开发公益性岗位数量", "安置就业困难人员人数",
                        "公益性岗位补贴发放准确率", "就业困难人员零就业家庭动态清零", "上岗人员满意度");
                assertThat(t.indicators()).as(as).extracting(Indicator::target).containsExactly("≥1500个", "≥1400人", "100%", "保持动态清零", "≥92%");
                assertThat(t.indicators()).as(as).extracting(Indicator::level2).containsExactly("数量指标", "数量指标", "质量指标",
                        "社会效益指标", "服务对象满意度指标");
                assertThat(t.budget().planned()).as(as).isEqualByComparingTo("3240");
                assertThat(t.budget().sources()).as(as).singleElement().satisfies(s -> {
                    assertThat(s.name()).isEqualTo("财政拨款");
                    assertThat(s.planned()).isEqualByComparingTo("3240");
                });
                assertThat(t.overallGoal().target()).as(as).startsWith("2024年开发公益性岗位1500个以上").doesNotContain("中期");
                assertThat(t.overallGoal().achievement()).as(as).isNull();
            }
        }
    }

    /** What the 中期 group prints, one cell per line, is said with its line: its total, its source and each 中期 value. */
    @Test
    void theMidTermCellsAreSaidWithTheirLines() {
        String text = print(grid(false, false), "lines");
        ParsedDocument d = TextParser.parse(text, "m.txt");
        List<String> lines = List.of(text.split("\n"));
        int total = lines.indexOf("中期资金总额") + 1, source = lines.indexOf("其中：财政拨款") + 1, row = lines.indexOf("开发公益性岗位数量") + 1;
        assertThat(d.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(total);
            assertThat(w.message()).contains("中期资金总额").contains("9720");
        });
        assertThat(d.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(source);
            assertThat(w.message()).contains("财政拨款").contains("9720");
        });
        assertThat(d.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(row);
            assertThat(w.message()).contains("≥4500个");
        });
    }
}
