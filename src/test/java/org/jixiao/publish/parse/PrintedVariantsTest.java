package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.publish.parse.ReRenderedTablesTest.Print;
import org.jixiao.publish.parse.ReRenderedTablesTest.Rendering;
import org.jixiao.publish.parse.ReRenderedTablesTest.Source;
import org.jixiao.publish.parse.ReRenderedTablesTest.Style;
import org.jixiao.scorecard.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The re-rendering property (ReRenderedTablesTest) for the ways an exported or retyped table prints the same content
 * ({@link Print}): every hand-checked table — seeds, corpus and held-out — printed with a 序号 column, with 分值 before
 * the values, with short or numbered level labels, or with amounts in thousands separators, in every separator style,
 * reads back as the same table. Classes of layout a page of any department may have, tried on every table at once.
 */
class PrintedVariantsTest {

    @ParameterizedTest
    @EnumSource(value = Print.class, names = "PLAIN", mode = EnumSource.Mode.EXCLUDE)
    void everyTableReadsTheSameWhenPrintedSo(Print print) throws IOException {
        List<Source> sources = new ArrayList<>(ReRenderedTablesTest.sources());
        sources.addAll(ReRenderedTablesTest.sources("heldout/expected"));
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (Source s : sources) {
            for (Style style : Style.values()) {
                Rendering r = ReRenderedTablesTest.render(s.table(), style, print);
                ParsedDocument doc = TextParser.parse(r.text(), s.name());
                n++;
                String why = ReRenderedTablesTest.same(s.table(), doc, r.text().length(), r);
                if (why != null) failures.add(s.name() + " " + style + ": " + why + ReRenderedTablesTest.DETAIL + r.text());
                NeverInventTest.assertNothingInvented(s.name() + " " + style + " " + print, r.text());
            }
        }
        System.out.println(print + ": " + failures.size() + " of " + n);
        assertThat(failures).as(ReRenderedTablesTest.report(failures)).isEmpty();
    }

    /**
     * A pipe table whose first-level labels are printed without 指标 (产出, 效益, 满意度, as an exported table shortens them;
     * the second level's 数量, 社会效益 were read so before): each is its row's level, not its name — the grid had read
     * 产出 | 数量 as a name and a target.
     */
    @Test
    void shortFirstLevelLabelsInAPipeTableAreLevels() {
        String text = """
                2021年度财政项目绩效自评表
                | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 分值 | 得分 |
                | 产出 | 数量 | 东津院区建设补助到位 | 1000万元 | 1000万元 | 20 | 20 |
                | 效益 | 社会效益 | 医院东津医疗收入 | 5亿元 | 6.47亿元 | 30 | 30 |
                | 满意度 | 服务对象满意度 | 患者满意度 | ≥90% | 95% | 10 | 10 |
                """;
        List<Indicator> rows = TextParser.parse(text, "short-levels.txt").tables().get(0).indicators();
        assertThat(rows).extracting(Indicator::level1, Indicator::level2, Indicator::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("产出指标", "数量指标", "东津院区建设补助到位"),
                org.assertj.core.groups.Tuple.tuple("效益指标", "社会效益指标", "医院东津医疗收入"),
                org.assertj.core.groups.Tuple.tuple("满意度指标", "服务对象满意度指标", "患者满意度"));
        assertThat(rows.get(0).target()).isEqualTo("1000万元");
    }

    /** A short word that is a row's name, not a label, stays the name: 满意度 under a 三级指标 header with its values. */
    @Test
    void aShortLabelWordInTheNameColumnStaysTheName() {
        String text = """
                | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 |
                | 满意度指标 | 服务对象满意度指标 | 满意度 | ≥90% | 95% |
                """;
        List<Indicator> rows = TextParser.parse(text, "name.txt").tables().get(0).indicators();
        assertThat(rows).extracting(Indicator::level1, Indicator::name, Indicator::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("满意度指标", "满意度", "≥90%"));
    }
}
