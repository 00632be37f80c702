package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import java.util.List;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A 项目支出绩效目标申报表 with a 中期 group beside the 年度 one (中期资金总额 1860 | 年度资金总额 1120, each 其中：财政拨款 row
 * printing both): the budget is the year's, its total and its sources, as the indicators are (h02 in tabs, read by
 * lines; h18 in pipes, read by the grid). The same holds with the groups printed the other way round.
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
}
