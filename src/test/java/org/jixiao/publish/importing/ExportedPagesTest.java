package org.jixiao.publish.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jixiao.publish.export.Exporter;
import org.jixiao.publish.export.Format;
import org.jixiao.publish.parse.TextParser;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scorecard exported as HTML and read back as a saved page (HtmlText, then the reader) is the same table: its
 * fields, budget and every indicator. Linyi's department form is exported with the 绩效指标 block label as its first
 * column (empty below it) before 部门职责, so 绩效指标 is printed twice in the header: the first was taken for the
 * indicator's column and every field came out one column to the left (the duty as the name).
 */
class ExportedPagesTest {

    @ParameterizedTest
    @ValueSource(strings = {Seeds.SUINING, Seeds.DALIAN, Seeds.LINYI})
    void anExportedPageReadsBackAsTheSameTable(String seed) {
        Scorecard original = Fixtures.seed(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(original, Format.HTML, out);
        String page = out.toString(StandardCharsets.UTF_8);
        assertThat(HtmlText.isPage(seed + ".html", page)).isTrue();
        var tables = TextParser.parse(HtmlText.readable(seed + ".html", page), seed + ".html").tables();
        assertThat(tables).hasSize(1);
        Scorecard read = tables.get(0);
        assertThat(read.form()).isEqualTo(original.form());
        assertThat(read.title()).isEqualTo(original.title());
        assertThat(read.unit()).isEqualTo(original.unit());
        assertThat(read.year()).isEqualTo(original.year());
        assertThat(read.budget()).isEqualTo(original.budget());
        assertThat(read.indicators()).hasSameSizeAs(original.indicators());
        for (int i = 0; i < original.indicators().size(); i++) {
            var o = original.indicators().get(i);
            var r = read.indicators().get(i);
            assertThat(java.util.Arrays.asList(r.name(), r.target(), r.level1(), r.level2(), r.duty(), r.dutyGoal(), r.goalContent(),
                    r.activity(), r.definition())).as("%s row %d", seed, i).isEqualTo(java.util.Arrays.asList(o.name(), o.target(),
                    o.level1(), o.level2(), o.duty(), o.dutyGoal(), o.goalContent(), o.activity(), o.definition()));
        }
    }
}
