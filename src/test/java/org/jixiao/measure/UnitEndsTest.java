package org.jixiao.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Units#afterNumberEnd} and {@link Units#anyUnitEnd} look their words up by the first character (the glued reader
 * asks at every value's end); the plain rule they replaced tries every word the reader knows at the place. Both agree at
 * every place of every corpus and held-out line and of seeded random text built from unit words, their pieces and
 * table text.
 */
class UnitEndsTest {

    /** The longest word of the reader's words written at i that {@code known} accepts, as an end; i if none. */
    private static int plainEnd(String s, int i, java.util.function.Predicate<String> known) {
        int end = i;
        for (int len = 1; i + len <= s.length() && len <= 8; len++) if (known.test(s.substring(i, i + len))) end = i + len;
        return end;
    }

    @Test
    void theLookUpByFirstCharacterFindsWhatTryingEveryWordFinds() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String dir : List.of("corpus/docs", "heldout/docs")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources", dir))) {
                for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) lines.addAll(Files.readAllLines(p));
            }
        }
        Random random = new Random(20261207);
        List<String> pieces = new ArrayList<>(List.of("≥", "95", "3.5", "/", "·", "人", "(", "套", ")", "以上", "左右", "指标", "。", " "));
        for (String w : Units.afterNumber()) { pieces.add(w); pieces.add(w.substring(0, 1)); pieces.add(w.substring(1)); }
        for (String w : List.of("亩", "万亩", "平方公里", "立方米", "千瓦", "km", "米", "株", "组", "头", "只", "羽", "棵", "元/人·月", "人次/年")) pieces.add(w);
        for (int k = 0; k < 30_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) b.append(pieces.get(random.nextInt(pieces.size())));
            lines.add(b.toString());
        }
        int afterNumber = 0, any = 0;
        for (String s : lines) {
            for (int i = 0; i <= s.length(); i++) {
                int plainAfter = plainEnd(s, i, Units::readAfterNumber);
                assertThat(Units.afterNumberEnd(s, i)).as(s + " @" + i).isEqualTo(plainAfter);
                Unit u = i < s.length() ? Units.longestAt(s, i) : null;
                int plainAny = Math.max(plainEnd(s, i, w -> Units.reading(w) != null), u == null ? i : i + u.symbol().length());
                assertThat(Units.anyUnitEnd(s, i)).as(s + " @" + i).isEqualTo(Math.max(plainAny, plainAfter));
                if (plainAfter > i) afterNumber++;
                if (plainAny > i) any++;
            }
        }
        assertThat(afterNumber).as("places where a unit read after a number stands").isGreaterThan(10_000);
        assertThat(any).as("places where any unit stands").isGreaterThan(afterNumber);
    }
}
