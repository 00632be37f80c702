package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Targets and actuals written in words (有所减轻, 平稳可持续, 应救尽救, 未超预算): glued to the indicator's name they can only be
 * told from it by knowing them (measure.QualitativePhrases). Not a list kept beside the documents: every word value of
 * three characters or more in the hand-checked expectations (seeds, corpus, held-out) must be told from a name glued
 * before it — a new document's word target that is not known fails here, by name, before it fails a glued reading.
 */
class WordTargetsTest {

    /**
     * The word values that are no phrase to know: cut by the page (逐步健, 逐步完, 服务范), OCR-garbled (第O份), a comparator
     * before words (≤上年, ≤政府采购中标价, ≤万分之一), an event named at length (不发生区域性重大动物疫情), a noun and its verb
     * (服务范围扩大), and pinyin-annotated words (the reader takes the annotations out before it reads). Traditional words
     * are asked as the reader's fold leaves them (Script.simplified).
     */
    private static final Set<String> NOT_PHRASES = Set.of("逐步健", "逐步完", "服务范", "第O份", "≤上年", "≤政府采购中标价", "≤万分之一",
            "不发生区域性重大动物疫情", "服务范围扩大", "穩(wěn)步提升", "應(yīng)保盡保%");

    private static Set<String> wordValues() throws IOException {
        Set<String> out = new TreeSet<>();
        for (String dir : List.of("src/test/resources/heldout/expected", "src/test/resources/corpus/expected", "src/test/resources/seeds/expected")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode doc = CorpusScoreTest.MAPPER.readTree(Files.readString(p));
                    for (JsonNode t : doc.path("tables")) {
                        for (JsonNode r : t.path("indicators")) {
                            if (r.path("truncated").asBoolean(false)) continue; // (a value cut by the page: 持续加)
                            for (String k : List.of("target", "actual")) {
                                String v = r.path(k).isString() ? r.path(k).asString() : null;
                                if (v != null && v.length() >= 3 && v.length() <= 12 && v.chars().noneMatch(Character::isDigit)) out.add(v);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyWordValueOfTheExpectedTablesIsToldFromANameGluedBeforeIt() throws IOException {
        Set<String> words = wordValues();
        assertThat(words).as("word values found").hasSizeGreaterThan(100).contains("有所提高", "有所减轻", "平稳可持续");
        List<String> unknown = new ArrayList<>();
        for (String w : words) {
            if (NOT_PHRASES.contains(w)) continue;
            String[] split = GluedReader.trailingTarget("医保基金运行" + Script.simplified(w));
            // the target is the phrase, or a phrase it ends with (长期稳定运行: 长期稳定 | 稳定运行, target and actual)
            if (split == null || !split[0].startsWith("医保基金运行") || !Script.simplified(w).endsWith(split[1])) unknown.add(w);
        }
        assertThat(unknown).as("word values not told from a name glued before them").isEmpty();
    }

    /** Each class of word target on a row glued as a targets table prints it (h185, h175): name, then the words, then the next label. */
    @Test
    void aGluedTargetsTableSplitsItsWordTargetsOffTheNames() {
        String text = "部门整体支出绩效目标表\n绩效指标一级指标二级指标三级指标年度指标值"
                + "效益指标社会效益指标参保群众就医负担有所减轻产出指标数量指标定点医药机构现场检查覆盖率100%"
                + "效益指标可持续影响指标医保基金运行平稳可持续效益指标社会效益指标困难群众医疗救助政策落实应救尽救"
                + "效益指标社会效益指标医保基金违法违规行为有效遏制满意度指标服务对象满意度指标参保群众满意度≥90%\n";
        List<Indicator> rows = new ArrayList<>();
        for (Scorecard t : TextParser.parse(text, "glued.txt").tables()) rows.addAll(t.indicators());
        NeverInventTest.assertNothingInvented("glued", text);
        assertThat(rows).extracting(Indicator::name).containsExactly("参保群众就医负担", "定点医药机构现场检查覆盖率", "医保基金运行",
                "困难群众医疗救助政策落实", "医保基金违法违规行为", "参保群众满意度");
        assertThat(rows).extracting(Indicator::target).containsExactly("有所减轻", "100%", "平稳可持续", "应救尽救", "有效遏制", "≥90%");
    }

    /** Left alone: a name that merely ends with a verb of change, no adverb before it (医保支付方式改革运行), keeps it. */
    @Test
    void aVerbAloneIsNoTarget() {
        assertThat(GluedReader.trailingTarget("信息系统运行")).isNull();
        assertThat(GluedReader.trailingTarget("应急预案实现")).isNull();
        assertThat(GluedReader.trailingTarget("某某应急广播")).isNull();
    }
}
