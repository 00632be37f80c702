package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Satisfaction rows are often named by a level word printed bare: 服务对象满意度 under 服务对象满意度指标, or 满意度. Every
 * seed and corpus table with such a group, one of its rows renamed so (the first row, with its level printed, or a
 * later one under the merged label), re-rendered in every separator style, reads back as the same table
 * (ReRenderedTablesTest's comparison): the word is the row's name, not a level label.
 */
class LevelWordNamesTest {

    @Test
    void aRowNamedByABareLevelWordReadsWithThatName() throws Exception {
        List<String> failures = new ArrayList<>();
        int renderings = 0;
        for (ReRenderedTablesTest.Source s : ReRenderedTablesTest.sources()) {
            for (String word : List.of("服务对象满意度", "满意度")) {
                for (int which = 0; which < 2; which++) {
                    JsonNode t = s.table().deepCopy();
                    int k = 0;
                    boolean renamed = false;
                    for (JsonNode i : t.path("indicators")) {
                        if (!"服务对象满意度指标".equals(i.path("level2").asString(null)) || i.path("truncated").asBoolean(false)) continue;
                        if (k++ == which) { ((ObjectNode) i).put("name", word); renamed = true; }
                    }
                    if (!renamed) continue;
                    for (ReRenderedTablesTest.Style style : ReRenderedTablesTest.Style.values()) {
                        ReRenderedTablesTest.Rendering r = ReRenderedTablesTest.render(t, style);
                        String why = ReRenderedTablesTest.same(t, TextParser.parse(r.text(), s.name()), r.text().length(), r);
                        renderings++;
                        if (why != null) failures.add(s.name() + " " + word + " row " + which + " " + style + ": " + why);
                    }
                }
            }
        }
        assertThat(renderings).isGreaterThanOrEqualTo(30);
        assertThat(failures).isEmpty();
    }
}
