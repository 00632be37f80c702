package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unseen documents name the same columns with the other words the forms use: every seed and corpus table, rendered in
 * every separator style as ReRenderedTablesTest does, with its header cells worded as another form words them
 * (指标值/目标值/年度目标值, 实际完成值/全年实际完成值/实际值, 分值/权重/指标权重, 指标得分, 偏差原因分析及改进措施), reads back as the
 * same table. Only the header row is reworded.
 */
class HeaderWordingsTest {

    static final String[][][] WORDINGS = {
            {{"年度指标值", "指标值"}, {"全年完成值", "实际完成值"}, {"分值", "权重"}, {"未完成原因和改进措施", "偏差原因分析及改进措施"}},
            {{"年度指标值", "目标值"}, {"全年完成值", "全年实际完成值"}, {"得分", "指标得分"}},
            {{"年度指标值", "年度目标值"}, {"全年完成值", "实际值"}, {"分值", "指标权重"}, {"未完成原因和改进措施", "偏差原因"}},
    };

    @Test
    void everyTableReadsTheSameUnderOtherHeaderWords() throws Exception {
        List<String> failures = new ArrayList<>();
        int reworded = 0, renderings = 0;
        for (ReRenderedTablesTest.Source s : ReRenderedTablesTest.sources()) {
            for (ReRenderedTablesTest.Style style : ReRenderedTablesTest.Style.values()) {
                ReRenderedTablesTest.Rendering r = ReRenderedTablesTest.render(s.table(), style);
                for (int w = 0; w < WORDINGS.length; w++) {
                    int from = r.budgetEnd(), to = r.rowStarts().isEmpty() ? r.text().length() : r.rowStarts().get(0);
                    String header = r.text().substring(from, to);
                    for (String[] pair : WORDINGS[w]) header = reword(header, pair[0], pair[1]);
                    renderings++;
                    if (!header.equals(r.text().substring(from, to))) reworded++;
                    String text = r.text().substring(0, from) + header + r.text().substring(to);
                    ReRenderedTablesTest.Rendering changed = shifted(r, header.length() - (to - from), text);
                    ParsedDocument doc = TextParser.parse(text, s.name());
                    String why = ReRenderedTablesTest.same(s.table(), doc, text.length(), changed);
                    if (why != null) failures.add(s.name() + " " + style + " wording " + w + ": " + why);
                }
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
        assertThat(reworded).as("renderings whose header was reworded").isEqualTo(renderings);
    }

    /**
     * A form that prints no 一级指标 column (only 二级指标 and 三级指标): every table with levels, rendered without its first
     * level, reads back with its second levels, names and values (the first level may be inferred or null).
     */
    @Test
    void everyTableReadsTheSameWithoutItsFirstLevelColumn() throws Exception {
        List<String> failures = new ArrayList<>();
        int tables = 0;
        for (ReRenderedTablesTest.Source s : ReRenderedTablesTest.sources()) {
            tools.jackson.databind.node.ObjectNode t = (tools.jackson.databind.node.ObjectNode) s.table().deepCopy();
            boolean levels = false;
            for (tools.jackson.databind.JsonNode i : t.path("indicators")) {
                if (!i.path("level1").isNull() && !i.path("level1").isMissingNode()) levels = true;
                ((tools.jackson.databind.node.ObjectNode) i).putNull("level1");
            }
            if (!levels) continue;
            tables++;
            for (ReRenderedTablesTest.Style style : ReRenderedTablesTest.Style.values()) {
                ReRenderedTablesTest.Rendering r = ReRenderedTablesTest.render(t, style);
                assertThat(r.text()).doesNotContain("一级指标");
                String why = ReRenderedTablesTest.same(t, TextParser.parse(r.text(), s.name()), r.text().length(), r);
                if (why != null) failures.add(s.name() + " " + style + ": " + why);
            }
        }
        assertThat(tables).isGreaterThanOrEqualTo(8);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    /** Replaces the header cell {@code word} (a whole cell: between separators) by {@code other}. */
    static String reword(String header, String word, String other) {
        return header.replaceAll("(?<=^|[\\s|])" + java.util.regex.Pattern.quote(word) + "(?=$|[\\s|])", other);
    }

    static ReRenderedTablesTest.Rendering shifted(ReRenderedTablesTest.Rendering r, int by, String text) {
        List<Integer> starts = new ArrayList<>(), ends = new ArrayList<>();
        for (int x : r.rowStarts()) starts.add(x + by);
        for (int x : r.rowEnds()) ends.add(x + by);
        return new ReRenderedTablesTest.Rendering(text, starts, ends, r.budgetEnd());
    }
}
