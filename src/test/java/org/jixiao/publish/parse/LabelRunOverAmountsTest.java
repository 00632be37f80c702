package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.TwelfthBatchClassesTest.budgetIs;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.util.List;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * A department's budget block with its labels in one row and the amounts in the row below (年度预算申请（万元） | 资金总额 |
 * 财政拨款 | 其他资金 over | | 386 | 360 | 26), printed one cell per line or per paragraph (h175's class): the amounts pair
 * label for label whichever reading of the table (by the cell grid or by lines) is kept, in the unit the block label
 * says, and a run of amounts shorter than its labels is read as nothing and said, not paired one label late. The
 * layouts FourteenthBatchClassesTest does not print: each reading on its own (on ed4774e the first indicator row decided
 * which was kept, and with it the budget: the line reader reads 档案利用服务人次 ≥5000人次 whole and was kept, not
 * 接收进馆档案数量 ≥2万卷), 元 amounts, three sources, a dash, fewer amounts than labels.
 */
class LabelRunOverAmountsTest {

    /** The table of FourteenthBatchClassesTest's variant, its budget lines and its first indicator row given. */
    private static String table(List<String> budget, List<String> firstRow, String separator) {
        List<String> lines = new java.util.ArrayList<>(List.of("2024年部门整体支出绩效目标表", "部门（单位）名称", "某市档案馆"));
        lines.addAll(budget);
        lines.addAll(List.of("年度总体目标", "做好档案接收、保管和利用服务，推进档案数字化。", "一级指标", "二级指标", "三级指标", "指标值（2024年）"));
        lines.addAll(firstRow);
        lines.addAll(List.of("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥95%"));
        return String.join(separator, lines) + "\n";
    }

    private static final List<String> GRID_KEPT = List.of("产出指标", "数量指标", "接收进馆档案数量", "≥2万卷"),
            LINES_KEPT = List.of("效益指标", "社会效益指标", "档案利用服务人次", "≥5000人次");

    private static FundSource source(Budget b, String name) {
        return b.sources().stream().filter(s -> name.equals(s.name())).findFirst().orElseThrow(
                () -> new AssertionError("no source " + name + " in " + b.sources()));
    }

    /**
     * The grid's reading and the line reading each read the block label for label, so which of them is kept (decided by
     * the indicator rows) no longer decides the budget; on ed4774e the grid read the three amounts as 其他资金's
     * 年初/全年/执行 and was kept for the 接收进馆档案数量 row, the line reading for the 档案利用服务人次 row.
     */
    @Test
    void eachReadingPairsTheLabelsWithTheirAmounts() {
        List<String> block = List.of("年度预算申请（万元）", "资金总额", "财政拨款", "其他资金", "386", "360", "26");
        for (List<String> first : List.of(GRID_KEPT, LINES_KEPT)) {
            String text = table(block, first, "\n");
            List<Line> lines = TextParser.lines(text);
            List<Budget> readings = List.of(single(TextParser.parse(text, "l.txt")).budget(),
                    GridTableReader.read("department-targets", null, lines, new java.util.ArrayList<>()).budget(),
                    SelfEvaluationReader.read("department-targets", null, lines, new java.util.ArrayList<>()).budget());
            for (Budget b : readings) {
                budgetIs(b, null, "386", null, null);
                assertThat(b.sources()).extracting(FundSource::name).as(first.get(2)).containsExactly("财政拨款", "其他资金");
                assertThat(source(b, "财政拨款").planned()).isEqualByComparingTo("360");
                assertThat(source(b, "其他资金").planned()).isEqualByComparingTo("26");
                assertThat(source(b, "其他资金").executed()).isNull();
            }
        }
    }

    /** One cell per paragraph, the block label saying 元, three sources: each amount under its label, in 万元. */
    @Test
    void yuanAmountsUnderThreeSourceLabelsOneCellPerParagraph() {
        List<String> block = List.of("年度预算申请（元）", "资金总额", "财政拨款", "上年结转资金", "其他资金", "3860000", "3000000", "600000",
                "260000");
        for (List<String> first : List.of(GRID_KEPT, LINES_KEPT)) {
            Budget b = single(TextParser.parse(table(block, first, "\n\n"), "p.txt")).budget();
            budgetIs(b, null, "386", null, null);
            assertThat(b.sources()).extracting(FundSource::name).containsExactly("财政拨款", "上年结转资金", "其他资金");
            assertThat(source(b, "财政拨款").planned()).isEqualByComparingTo("300");
            assertThat(source(b, "上年结转资金").planned()).isEqualByComparingTo("60");
            assertThat(source(b, "其他资金").planned()).isEqualByComparingTo("26");
        }
    }

    /**
     * A dash under a label, or a paragraph of a no-break space (an empty cell a page prints), is that label's empty cell:
     * the source is read with no figure, the others by place.
     */
    @Test
    void aDashOrAnEmptyCellUnderASourceLabelIsNoAmount() {
        for (String empty : List.of("—", "\u00a0")) {
            List<String> block = List.of("年度预算申请（万元）", "资金总额", "财政拨款", "其他资金", "360", "360", empty);
            for (List<String> first : List.of(GRID_KEPT, LINES_KEPT)) {
                Budget b = single(TextParser.parse(table(block, first, "\n\n"), "p.txt")).budget();
                budgetIs(b, null, "360", null, null);
                assertThat(b.sources()).extracting(FundSource::name).containsExactly("财政拨款");
                assertThat(source(b, "财政拨款").planned()).isEqualByComparingTo("360");
            }
        }
    }

    /**
     * Fewer amounts than labels (a cell left empty and not printed): which label each amount stands under is not known,
     * so nothing is read and the run is said with its first label's line. On ed4774e the grid read 386 and 360 as
     * 其他资金's planned and executed, and the line reader paired them with 财政拨款 and 其他资金, one label late.
     */
    @Test
    void fewerAmountsThanLabelsReadNoFigure() {
        List<String> block = List.of("年度预算申请（万元）", "资金总额", "财政拨款", "其他资金", "386", "360");
        for (List<String> first : List.of(GRID_KEPT, LINES_KEPT)) {
            ParsedDocument doc = TextParser.parse(table(block, first, "\n"), "l.txt");
            Budget b = single(doc).budget();
            budgetIs(b, null, null, null, null);
            assertThat(b.sources()).as(first.get(2)).isEmpty();
            assertThat(doc.warnings()).anySatisfy(w -> {
                assertThat(w.line()).isEqualTo(5);
                assertThat(w.message()).contains("资金总额 / 财政拨款 / 其他资金 / 386 / 360");
            });
            assertThat(single(doc).indicators()).hasSize(2);
        }
    }
}
