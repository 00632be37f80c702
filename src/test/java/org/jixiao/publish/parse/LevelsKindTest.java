package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Levels} looks labels up in prepared maps and gives the row alignment both readings in one look
 * ({@link Levels#kind}). The reading it replaced — the key rebuilt per cell, 指标 appended for the loose reading, the
 * label found in Vocabulary's lists — is kept here as the reference, and all three answers (level, loose, kind) are
 * held to it on every cell of the real documents (seeds, corpus, held-out) and on label variants drawn at random.
 */
class LevelsKindTest {
    private static final Pattern NOTE = Pattern.compile("[(]\\d{1,3}分?[)]?$|\\d{1,3}分[)]?$");

    /** The reading as it was written before the maps (Levels.of at 20e2e9a). */
    private static Levels.Level reference(String cell, boolean loose) {
        if (cell == null || cell.isEmpty() || cell.length() > 16) return null;
        String k = HeaderWords.key(cell);
        if (k.isEmpty()) return null;
        if (k.chars().anyMatch(c -> Cells.isDigit((char) c))) k = NOTE.matcher(k).replaceFirst("");
        if (k.endsWith("等")) k = k.substring(0, k.length() - 1);
        k = k.replace("效益效益", "效益");
        if (k.equals("可持续性") || k.equals("可持续性指标") || k.equals("可持续影响")) k = "可持续影响指标";
        if (!k.endsWith("指标")) {
            if (!loose) return null;
            k = k + "指标";
        }
        if (Vocabulary.LEVEL2.containsKey(k)) return new Levels.Level(Vocabulary.LEVEL2.get(k), k);
        if (Vocabulary.LEVEL1.contains(k)) return new Levels.Level(k, null);
        return null;
    }

    /**
     * RowAligner.kind's two questions as they were asked: the strict reading, then the loose one of a short cell (a
     * second level's bare word LOOSE2, a first level's LOOSE1).
     */
    private static RowAligner.Kind referenceKind(String cell) {
        Levels.Level l = reference(cell, false);
        if (l != null) return l.level2() == null ? RowAligner.Kind.LEVEL1 : RowAligner.Kind.LEVEL2;
        Levels.Level bare = cell.length() <= 8 ? reference(cell, true) : null;
        return bare == null ? null : bare.level2() != null ? RowAligner.Kind.LOOSE2 : RowAligner.Kind.LOOSE1;
    }

    private static void same(String cell) {
        assertThat(Levels.level(cell)).as("level: %s", cell).isEqualTo(reference(cell, false));
        assertThat(Levels.loose(cell)).as("loose: %s", cell).isEqualTo(reference(cell, true));
        assertThat(Levels.kind(cell)).as("kind: %s", cell).isEqualTo(referenceKind(cell));
    }

    @Test
    void everyCellOfTheRealDocumentsReadsAsBefore() throws IOException {
        int cells = 0, labels = 0;
        for (String dir : List.of("seeds", "corpus/docs", "heldout/docs")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources", dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String[] lines = Files.readString(p, StandardCharsets.UTF_8).split("\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        for (String c : new Line(i + 1, lines[i]).cells()) {
                            same(c);
                            cells++;
                            if (Levels.loose(c) != null) labels++;
                        }
                    }
                }
            }
        }
        assertThat(cells).isGreaterThan(10_000);
        assertThat(labels).isGreaterThan(500); // the documents reach the labels, not only the cells that are none
    }

    @Test
    void labelVariantsDrawnAtRandomReadAsBefore() {
        List<String> words = new ArrayList<>(Vocabulary.LEVEL1);
        words.addAll(Vocabulary.LEVEL2.keySet());
        words.addAll(List.of("可持续性", "可持续影响", "社会效益效益指标", "产出", "成本", "时效", "效益", "满意度"));
        String[] ends = {"", "指标", "(30)", "(30分)", "30分)", "等", " ", "\u00a0", "1", "指", "（20分）"};
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            String w = words.get(random.nextInt(words.size()));
            if (random.nextBoolean() && w.endsWith("指标")) w = w.substring(0, w.length() - 2);
            StringBuilder sb = new StringBuilder();
            if (random.nextInt(4) == 0) sb.append(random.nextBoolean() ? " " : "\u3000");
            for (int i = 0; i < w.length(); i++) {
                sb.append(w.charAt(i));
                if (random.nextInt(8) == 0) sb.append(' ');
            }
            sb.append(ends[random.nextInt(ends.length)]);
            same(sb.toString());
        }
    }
}
