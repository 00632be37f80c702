package org.jixiao.publish.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.publish.parse.ParsedDocument;
import org.jixiao.publish.parse.TextParser;
import org.jixiao.scorecard.Indicator;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The import preview's marks on the seed documents: what became a cell, what is a label, what was skipped. */
class SourceUseTest {
    static String squeeze(String s) { return SourceUse.squeeze(s); }

    static String text(SourceUse.Line l, SourceUse.Use use) {
        return l.pieces().stream().filter(p -> p.use() == use).map(SourceUse.Piece::text).collect(Collectors.joining());
    }

    static SourceUse.Line line(SourceUse.Marked m, String containing) {
        return m.lines().stream().filter(l -> squeeze(l.pieces().stream().map(SourceUse.Piece::text).collect(Collectors.joining()))
                .contains(squeeze(containing))).findFirst().orElseThrow(() -> new AssertionError("no line with " + containing));
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.SUINING, Seeds.DALIAN, Seeds.LINYI})
    void everyIndicatorNameIsMarkedAsRead(String seed) {
        String text = Seeds.text(seed);
        ParsedDocument doc = TextParser.parse(text, seed + ".txt");
        SourceUse.Marked m = SourceUse.mark(text, doc, doc.warnings());
        assertThat(m.lines()).hasSize(text.split("\\R", -1).length);
        // each line shows its text exactly, cut into pieces
        String[] raw = text.split("\\R", -1);
        for (SourceUse.Line l : m.lines()) {
            assertThat(l.pieces().stream().map(SourceUse.Piece::text).collect(Collectors.joining()))
                    .as("line " + l.number()).isEqualTo(raw[l.number() - 1]);
        }
        String cells = squeeze(m.lines().stream().map(l -> text(l, SourceUse.Use.CELL)).collect(Collectors.joining()));
        List<String> names = doc.tables().stream().flatMap(t -> t.indicators().stream()).map(Indicator::name).toList();
        assertThat(names).isNotEmpty();
        for (String name : names) {
            if (!cells.contains(squeeze(name))) throw new AssertionError(seed + ": " + name + " is not marked as read into a cell");
        }
    }

    /**
     * Over the 21 published documents of the corpus: each indicator name the parser read is found again and marked as
     * a cell, and each document's lines are shown whole. (A name the reader rewrote, e.g. joined from cells apart,
     * may not be found; at most one in twenty may be missed.)
     */
    @Test
    void acrossTheCorpusTheNamesReadAreMarkedAsRead() throws Exception {
        int names = 0, found = 0, documents = 0;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(getClass().getClassLoader().getResource("corpus/docs").toURI()))) {
            for (java.nio.file.Path f : files.sorted().toList()) {
                String text = java.nio.file.Files.readString(f);
                ParsedDocument doc = TextParser.parse(text, f.getFileName().toString());
                SourceUse.Marked m = SourceUse.mark(text, doc, doc.warnings());
                assertThat(m.lines()).as(f.getFileName().toString()).hasSize(text.split("\\R", -1).length);
                String cells = squeeze(m.lines().stream().map(l -> text(l, SourceUse.Use.CELL)).collect(Collectors.joining()));
                for (var t : doc.tables()) {
                    for (Indicator i : t.indicators()) {
                        if (i.name() == null) continue;
                        names++;
                        if (cells.contains(squeeze(i.name()))) found++;
                    }
                }
                documents++;
            }
        }
        assertThat(documents).isEqualTo(21);
        assertThat(names).isGreaterThan(100);
        assertThat(found).as(found + " of " + names + " names marked").isGreaterThanOrEqualTo(names * 95 / 100);
    }

    @Test
    void noIndicatorNameOfTheSuiningTableIsMarkedAsSkipped() {
        // (a report names its indicators again in its prose, which no cell took: there a name is rightly skipped)
        String text = Seeds.text(Seeds.SUINING);
        ParsedDocument doc = TextParser.parse(text, "suining.txt");
        SourceUse.Marked m = SourceUse.mark(text, doc, doc.warnings());
        String skipped = squeeze(m.lines().stream().map(l -> text(l, SourceUse.Use.SKIPPED)).collect(Collectors.joining("\n")));
        for (Indicator i : doc.tables().get(0).indicators()) {
            if (skipped.contains(squeeze(i.name()))) throw new AssertionError(i.name() + " is marked as skipped");
        }
    }

    @Test
    void theSuiningPagesFurnitureAndTheFormsNotesAreMarkedAsSkippedAndItsRowsAndBudgetAsRead() {
        String text = Seeds.text(Seeds.SUINING);
        ParsedDocument doc = TextParser.parse(text, "suining.txt");
        SourceUse.Marked m = SourceUse.mark(text, doc, doc.warnings());

        // the web page around the table and the form's footnotes: no cell took them
        for (String furniture : List.of("政府信息公开", "扫一扫在手机打开当前页", "注:1.资金使用单位按项目绩效目标填报")) {
            SourceUse.Line l = line(m, furniture);
            assertThat(l.skipped()).as(furniture).isTrue();
            assertThat(text(l, SourceUse.Use.SKIPPED)).as(furniture).isNotEmpty();
        }
        // an indicator row, the budget row (320 read as 320, 81.80% as 81.8) and the unit: read, nothing skipped
        for (String row : List.of("数量指标 开展全域医保政策宣传活动次数 ≥4次 8", "其中:中央补助 320 261.75 81.80%",
                "参保人员对医保服务满意度 ≥90% ≥90%", "医保信息系统重大安全事件响应时间 ≤60分钟")) {
            SourceUse.Line l = line(m, row);
            assertThat(l.skipped()).as(row).isFalse();
            assertThat(text(l, SourceUse.Use.SKIPPED)).as(row).isEmpty();
            assertThat(text(l, SourceUse.Use.CELL)).as(row).isNotEmpty();
        }
        // the header words are labels of the form, neither cells nor skipped
        SourceUse.Line header = line(m, "二级指标 三级指标 年度指标值");
        assertThat(squeeze(text(header, SourceUse.Use.LABEL))).contains("二级指标三级指标年度指标值");
        assertThat(header.skipped()).isFalse();
        assertThat(m.skippedLines()).isEqualTo((int) m.lines().stream().filter(SourceUse.Line::skipped).count()).isPositive();
    }

    @Test
    void aSentenceSlippedIntoTheDocumentThatNoCellTakesIsMarkedWhereItStands() {
        String inserted = "本页由网站编辑于2022年6月1日转载，仅供参考";
        String original = Seeds.text(Seeds.SUINING);
        // between the page's header and the form's title
        String text = original.replace("来源:遂宁市医疗保障局", inserted + "\n来源:遂宁市医疗保障局");
        assertThat(text).isNotEqualTo(original);
        ParsedDocument doc = TextParser.parse(text, "suining.txt");
        ParsedDocument before = TextParser.parse(original, "suining.txt");
        assertThat(doc.tables().get(0).indicators()).isEqualTo(before.tables().get(0).indicators());

        SourceUse.Marked m = SourceUse.mark(text, doc, doc.warnings());
        SourceUse.Line l = line(m, inserted);
        assertThat(l.skipped()).isTrue();
        assertThat(squeeze(text(l, SourceUse.Use.SKIPPED))).isEqualTo(squeeze(inserted).replaceAll("[，]", ""));
        assertThat(m.skippedLines()).isEqualTo(SourceUse.mark(original, before, before.warnings()).skippedLines() + 1);
    }

    @Test
    void theDalianReportsProseIsSkippedAndItsTableRead() {
        String text = Seeds.text(Seeds.DALIAN);
        ParsedDocument doc = TextParser.parse(text, "dalian.txt");
        SourceUse.Marked m = SourceUse.mark(text, doc, doc.warnings());
        SourceUse.Line prose = line(m, "加强预算绩效管理,强化支出责任,提高转移支付资金使用效益。");
        assertThat(prose.skipped()).isTrue();
        Indicator first = doc.tables().get(0).indicators().get(0);
        SourceUse.Line row = line(m, first.name());
        assertThat(squeeze(text(row, SourceUse.Use.CELL))).contains(squeeze(first.name()));
    }
}
