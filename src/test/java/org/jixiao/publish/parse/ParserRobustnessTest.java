package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jixiao.publish.ParseJson;
import org.junit.jupiter.api.Test;

/**
 * Seeded random damage to the seeds: the parser never throws, whatever it is given, and reads inputs up to its size
 * cap whole. No stopwatch here (standards: speed is measured by benchmarks, `bench/run.sh parser`): the work is
 * bounded by the parser's own input cap ({@link TextParser#MAX_CHARS}, see {@link #inputOverTheSizeCapIsCutWithAWarning}).
 */
class ParserRobustnessTest {

    static final List<String> SEEDS = List.of(
            SeedParsingTest.resource("/seeds/suining-2021-transfer-self-evaluation.txt"),
            SeedParsingTest.resource("/seeds/dalian-2021-evaluation-report.txt"),
            SeedParsingTest.resource("/seeds/linyi-2022-department-targets.txt"));

    static void parses(String text) {
        ParsedDocument doc = TextParser.parse(text, "fuzz.txt");
        assertThat(doc).isNotNull();
        assertThat(doc.tables()).doesNotContainNull();
        ParseJson.toJson(doc); // whatever was read must print
    }

    @Test
    void truncatedSeedsNeverThrowAndKeepTheRowsBeforeTheCut() {
        Random r = new Random(11);
        for (int k = 0; k < 1500; k++) {
            String s = SEEDS.get(k % 3);
            String cut = s.substring(0, r.nextInt(s.length() + 1));
            parses(cut);
        }
        String s = SEEDS.get(0);
        ParsedDocument half = TextParser.parse(s.substring(0, s.indexOf("效益\n")), "half.txt");
        assertThat(half.tables().get(0).indicators()).hasSize(8);
    }

    @Test
    void shuffledLinesAndRandomBytesNeverThrow() {
        Random r = new Random(42);
        for (int k = 0; k < 1500; k++) {
            List<String> lines = new ArrayList<>(List.of(SEEDS.get(k % 3).split("\n", -1)));
            if (k % 2 == 0) Collections.shuffle(lines, r);
            StringBuilder sb = new StringBuilder(String.join(r.nextBoolean() ? "\n" : "\r\n", lines));
            for (int m = 0; m < 20; m++) {
                int at = r.nextInt(sb.length() + 1);
                char c = switch (r.nextInt(6)) {
                    case 0 -> '\t';
                    case 1 -> '|';
                    case 2 -> (char) ('0' + r.nextInt(10));
                    case 3 -> "≥≦%指标年表".charAt(r.nextInt(7));
                    case 4 -> (char) r.nextInt(0x10000);
                    default -> '\u00a0';
                };
                sb.insert(at, c);
            }
            parses(sb.toString());
        }
    }

    @Test
    void truncatedOrGappedParagraphAndDepartmentVariantsNeverThrow() {
        var d = VariantLayoutTest.dalianTable();
        var cols = List.of(VariantLayoutDepartmentTest.DUTY, VariantLayoutDepartmentTest.GOAL, VariantLayoutDepartmentTest.NAME,
                VariantLayoutDepartmentTest.TARGET, VariantLayoutDepartmentTest.DEF, VariantLayoutDepartmentTest.ACTIVITY);
        List<String> variants = List.of(
                String.join("\n\n", VariantLayoutTest.dalianCells(d, true)),
                String.join("\n\n", VariantLayoutTest.dalianCells(d, false)),
                VariantLayoutDepartmentTest.table(VariantLayoutDepartmentTest.header(cols), cols),
                String.join("\n", VariantLayoutDepartmentTest.oneCellPerLine(VariantLayoutDepartmentTest.table(
                        VariantLayoutDepartmentTest.LINYI_HEADER, VariantLayoutDepartmentTest.LINYI_COLUMNS))));
        Random r = new Random(7);
        for (int k = 0; k < 1200; k++) {
            String s = variants.get(k % variants.size());
            if (k % 2 == 0) {
                parses(s.substring(0, r.nextInt(s.length() + 1)));
            } else {
                List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
                for (int m = 0; m < 5 && !lines.isEmpty(); m++) lines.remove(r.nextInt(lines.size())); // cells lost
                parses(String.join("\n", lines));
            }
        }
    }

    @Test
    void hugeInputsOfAboutTwoMegabytesUnderTheCapAreReadWhole() {
        StringBuilder sb = new StringBuilder();
        int k = 0;
        while (sb.length() < 2_000_000) sb.append(SEEDS.get(k++ % 3)).append('\n');
        assertThat(sb.length()).isLessThanOrEqualTo(TextParser.MAX_CHARS); // the largest work a request can ask for
        ParsedDocument doc = TextParser.parse(sb.toString(), "big.txt");
        assertThat(doc.tables().size()).isGreaterThan(100);
        String oneLine = sb.toString().replace('\n', ' ');
        parses(oneLine);
        parses("9".repeat(2_000_000));
        parses("指标".repeat(1_000_000));
    }

    @Test
    void inputOverTheSizeCapIsCutWithAWarning() {
        String big = "x".repeat(TextParser.MAX_CHARS + 10);
        ParsedDocument doc = TextParser.parse(big, "cap.txt");
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("MB"));
        assertThat(TextParser.parse(null, null).tables()).isEmpty();
    }
}
