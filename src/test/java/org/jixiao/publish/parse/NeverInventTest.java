package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * Never invent: every character of every text the reader returns (except the canonical level names and the form)
 * is a character of the input — on the 21 corpus documents and the seeds, whole and cut at random places (seeded
 * java.util.Random), so that a row cut off mid-cell is returned with what is visible and nothing more.
 */
class NeverInventTest {

    @Test
    void everyOutputCharacterIsInTheInputWholeAndCutAtRandom() throws IOException {
        Random random = new Random(20261204L);
        for (Path doc : documents()) {
            String text = Files.readString(doc);
            assertNothingInvented(doc.getFileName().toString(), text);
            for (int k = 0; k < 8; k++) {
                String cut = text.substring(0, random.nextInt(text.length() + 1));
                assertNothingInvented(doc.getFileName() + " cut at " + cut.length(), cut);
            }
        }
    }

    static List<Path> documents() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("corpus/docs", "seeds")) {
            try (Stream<Path> s = Files.list(CorpusScoreTest.dir(dir))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(24);
        return out;
    }

    static void assertNothingInvented(String what, String input) {
        ParsedDocument doc = TextParser.parse(input, "x.txt");
        for (Scorecard t : doc.tables()) {
            List<String> texts = new ArrayList<>(List.of(nz(t.title()), nz(t.project()), nz(t.unit()), nz(t.competentDepartment())));
            t.budget().sources().forEach(s -> texts.add(nz(s.name())));
            if (t.overallGoal() != null) { texts.add(nz(t.overallGoal().target())); texts.add(nz(t.overallGoal().achievement())); }
            for (Indicator i : t.indicators()) {
                texts.addAll(List.of(nz(i.name()), nz(i.target()), nz(i.actual()), nz(i.reason()), nz(i.definition()), nz(i.duty()),
                        nz(i.dutyGoal()), nz(i.goalContent()), nz(i.activity())));
            }
            for (String s : texts) {
                s.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> assertThat(input.indexOf(c))
                        .as("%s: character '%s' of \"%s\" is not in the input", what, Character.toString(c), s).isGreaterThanOrEqualTo(0));
            }
        }
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
