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
    /**
     * A source named by no source word but ending as a source's name does (中央衔接资金, 市级衔接资金: h70's rows; an OCR's
     * 财政投款: 008's) is a source where no 其中 stands before it: printed with the total last (no label, or 合计), such rows
     * were read as nothing (BudgetShapesTest's printings of h70 and 008). Left alone: the block's label (项目资金) printed as
     * a row's label is no source.
     */
    @Test
    void aSourceNamedByItsEndingIsASourceWithoutOfWhich() {
        String block = """
                项目支出绩效自评表
                | 项目名称 | 衔接推进乡村振兴补助资金 | 主管部门 | 重庆市万州区乡村振兴局 | 实施单位 | 重庆市万州区乡村振兴局 |
                | 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |
                | 中央衔接资金 |   | 1680 | 1680 | 100% |
                | 市级衔接资金 |   | 520 | 498.36 | 95.84% |
                | 区级资金 |   | 386.5 | 359 | 92.88% |
                |   | 2460 | 2586.5 | 2537.36 | 98.1% |
                | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 分值 | 得分 |
                | 产出指标 | 数量指标 | 实施产业发展项目数 | ≥45个 | 48个 | 10 | 10 |
                """;
        for (String text : List.of(block, block.replace("|   | 2460 |", "| 合    计 | 2460 |"), cellPerLine(block))) {
            var b = TextParser.parse(text, "t.txt").tables().get(0).budget();
            assertThat(b.planned()).as(text).isEqualByComparingTo("2586.5");
            assertThat(b.sources()).as(text).extracting(s -> s.name()).containsExactly("中央衔接资金", "市级衔接资金", "区级资金");
            assertThat(b.sources().get(1).executed()).isEqualByComparingTo("498.36");
        }
        // 008's block, one cell per line, its total printed last with no label
        String ocr = "项目支出绩效目标申报表\n项目名称\n国家基本公共卫生服务项目\n实施单位\n卫健委\n项目资金（万元）\n全年预算数\n财政投款\n"
                + "2279.048\n\u00a0\n2279.048\n一级指标\n二级指标\n三级指标\n年度指标值\n产出指标\n数量指标\n适龄儿童国家免疫规划疫苗接种率\n≥90%\n";
        var b = TextParser.parse(ocr, "t.txt").tables().get(0).budget();
        assertThat(b.planned()).isEqualByComparingTo("2279.048");
        assertThat(b.sources()).extracting(s -> s.name()).containsExactly("财政投款");
        // the block's own label printed as the last row's is no source (项目资金 ends as a source's name does)
        var labelled = TextParser.parse(block.replace("|   | 2460 |", "| 项目资金 | 2460 |"), "t.txt").tables().get(0).budget();
        assertThat(labelled.sources()).extracting(s -> s.name()).containsExactly("中央衔接资金", "市级衔接资金", "区级资金");
    }

    /** A block of pipe rows printed one cell per line, an empty cell as a no-break space (as a web page's &nbsp;). */
    private static String cellPerLine(String pipes) {
        StringBuilder out = new StringBuilder();
        for (String line : pipes.split("\n")) {
            if (!line.startsWith("|")) { out.append(line).append('\n'); continue; }
            for (String c : line.substring(1, line.lastIndexOf('|')).split("\\|")) out.append(c.isBlank() ? "\u00a0" : c.strip()).append('\n');
        }
        return out.toString();
    }
}
