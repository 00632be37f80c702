package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fund source is named as its cell writes it: 其中：当年财政拨款 is 当年财政拨款, not the source word 财政拨款 found at its
 * end (h06, space rows; the same in h05 h24 h27 h33 h39 h43) — never invent, never drop.
 */
class SourceNamesTest {

    private static String firstSource(String text) {
        var tables = TextParser.parse(text, "t.txt").tables();
        assertThat(tables).isNotEmpty();
        return tables.get(0).budget().sources().get(0).name();
    }

    @Test
    void aSourceKeepsTheWordsBeforeItsSourceWord() throws IOException {
        String h06 = Files.readString(CorpusScoreTest.dir("heldout/docs").resolve("h06_youxian_yibao_jianguan_2022_project_selfeval_ocr_ascii.txt"));
        assertThat(h06).contains("其中：当年财政拨款  45  45  41.85");
        assertThat(firstSource(h06)).isEqualTo("当年财政拨款");
        // the same row with the words after 其中 in one cell of a tab row, and with no 其中 before the source
        assertThat(firstSource(h06.replace("其中：当年财政拨款  45  45  41.85", "其中：\t当年财政拨款\t45\t45\t41.85"))).isEqualTo("当年财政拨款");
        assertThat(firstSource(h06.replace("其中：当年财政拨款", "本年财政拨款"))).isEqualTo("本年财政拨款");
    }

    @Test
    void aSourceRowWithThreeAmountsHasTheYearStartColumn() throws IOException {
        // h08: | 其中:当年财政拨款 | 320 | 356.8 | 342.5 | — | 95.99% | — | under 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
        String h08 = Files.readString(CorpusScoreTest.dir("heldout/docs").resolve("h08_luxi_weijian_jiceng_2022_project_selfeval_pipes_broken.txt"));
        var s = TextParser.parse(h08, "h08.txt").tables().get(0).budget().sources().get(0);
        assertThat(s.planned()).isEqualByComparingTo("356.8");
        assertThat(s.executed()).isEqualByComparingTo("342.5");
        // 010: | 387664.62 | 387664.62 | — | (元): two amounts, no 年初 column
        String c010 = Files.readString(CorpusScoreTest.dir("corpus/docs").resolve("010_yongde_minglang_yingyang_2022_project_selfeval.txt"));
        var t = TextParser.parse(c010, "010.txt").tables().get(0).budget().sources().get(0);
        assertThat(t.planned()).isEqualByComparingTo("38.766462");
        assertThat(t.executed()).isEqualByComparingTo("38.766462");
    }

    @Test
    void aSourceRowWhoseEmptyYearStartCellWasLostIsPlacedByItsRate() throws IOException {
        // h17, one cell per paragraph: 其他资金 | (blank) | 1,500,000.00 | 1,500,000.00 | — | 100% | — — the blank paragraph is
        // no cell, so the two amounts fell under 年初预算数 and 全年预算数 and 全年执行数 was lost; 150 ÷ 150 = 100 % places them
        String h17 = Files.readString(CorpusScoreTest.dir("heldout/docs").resolve("h17_liling_minzheng_2023_dept_selfeval_paragraphs_yuan.txt"));
        var doc = TextParser.parse(h17, "h17.txt");
        var other = doc.tables().get(0).budget().sources().get(1);
        assertThat(other.name()).isEqualTo("其他资金");
        assertThat(other.planned()).isEqualByComparingTo("150");
        assertThat(other.executed()).isEqualByComparingTo("150");
        assertThat(doc.warnings()).anyMatch(w -> w.message().contains("按数的关系读作: 全年预算数 150 | 全年执行数 150 | 执行率 100%"));
        // the same row with other amounts whose quotient is the printed rate (1,200,000 of 1,500,000 = 80%)
        String eighty = h17.replace("1,500,000.00\n\n1,500,000.00\n\n—\n\n100%", "1,500,000.00\n\n1,200,000.00\n\n—\n\n80.00%");
        assertThat(eighty).isNotEqualTo(h17);
        var moved = TextParser.parse(eighty, "h17.txt").tables().get(0).budget().sources().get(1);
        assertThat(moved.planned()).isEqualByComparingTo("150");
        assertThat(moved.executed()).isEqualByComparingTo("120");
        // amounts the rate does not fit stay where they stand (nothing moved, nothing guessed: no executed amount)
        String unfit = h17.replace("1,500,000.00\n\n1,500,000.00\n\n—\n\n100%", "1,500,000.00\n\n1,200,000.00\n\n—\n\n100%");
        var kept = TextParser.parse(unfit, "h17.txt").tables().get(0).budget().sources().get(1);
        assertThat(kept.planned()).isEqualByComparingTo("120");
        assertThat(kept.executed()).isNull();
    }

    /**
     * A level's own money named with 财政 (市级财政资金, h152; 区级财政资金, h154) is a source where no 其中 stands before it:
     * h152's block printed with its sources first and the total last with no label read one source, the row above the
     * total taken for nothing (BudgetShapesTest's printings of h152 and h154).
     */
    @Test
    void aLevelsFinanceMoneyIsASourceWithoutOfWhich() {
        String block = """
                项目支出绩效自评表
                | 项目名称 | 惠民殡葬 | 主管部门 | 南宁市民政局 | 实施单位 | 南宁市殡葬管理所 |
                | 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |
                | 自治区资金 |   | 600 | 600 | 100% |
                | 市级财政资金 |   | 826 | 798.62 | 96.69% |
                |   | 1380 | 1426 | 1398.62 | 98.08% |
                | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 分值 | 得分 |
                | 产出指标 | 质量指标 | 遗体火化率 | ≥98% | 99.1% | 10 | 10 |
                """;
        for (String text : List.of(block, block.replace("市级财政资金", "区级财政资金"))) {
            var b = TextParser.parse(text, "t.txt").tables().get(0).budget();
            assertThat(b.planned()).isEqualByComparingTo("1426");
            assertThat(b.sources()).hasSize(2);
            assertThat(b.sources().get(1).name()).endsWith("级财政资金");
            assertThat(b.sources().get(1).executed()).isEqualByComparingTo("798.62");
        }
    }
}
