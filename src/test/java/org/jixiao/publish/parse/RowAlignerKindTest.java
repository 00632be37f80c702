package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cell-kind tests of {@link RowAligner#kind} written without regexes (they run for every grid cell) match exactly
 * what the regexes they replace matched: the regexes are kept here as the reference and tried on many short texts
 * drawn from the characters they care about. (The number test has since been widened on purpose to a figure the text
 * stops in after its point, "5."; its reference regex says so.)
 */
class RowAlignerKindTest {
    /** A plain number; since 236c1f4 also a figure ending at its point ("5.": the text stops after the point). */
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]*)?");
    private static final Pattern NOISE = Pattern.compile("…+|\\.{3,}|[(（]?\\d{1,3}分?[)）]|—+|-+|/|／|绩效指标|績效指標");
    private static final String ALPHABET = "0123456789..…—-/／(（)）分绩效指标績指標a≥ ";

    @Test
    void theHandWrittenTestsMatchTheRegexesTheyReplace() {
        Random random = new Random(7);
        int numbers = 0, noises = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(6);
            for (int i = 0; i < len; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String s = sb.toString();
            boolean number = NUMBER.matcher(s).matches(), noise = NOISE.matcher(s).matches();
            assertThat(RowAligner.plainNumber(s)).as("number: %s", s).isEqualTo(number);
            assertThat(RowAligner.noise(s)).as("noise: %s", s).isEqualTo(noise);
            if (number) numbers++;
            if (noise) noises++;
        }
        for (String s : new String[] {"绩效指标", "績效指標", "(12分)", "（3）", "12)", "1234)", "...", "..", "—", "-", "/", "／", "0.5", "5.", ".5"}) {
            assertThat(RowAligner.noise(s)).as("noise: %s", s).isEqualTo(NOISE.matcher(s).matches());
            assertThat(RowAligner.plainNumber(s)).as("number: %s", s).isEqualTo(NUMBER.matcher(s).matches());
        }
        assertThat(numbers).isGreaterThan(100); // the draw reaches both answers
        assertThat(noises).isGreaterThan(100);
    }

    @Test
    void comparatorsAreTheWholeCellOnly() {
        for (String s : new String[] {"≥", "≧", "≤", "≦", ">", "<", "=", "＝", "═", ">=", "<=", "＞", "＜", "≥="}) {
            assertThat(RowAligner.kind(s)).as(s).isEqualTo(RowAligner.Kind.COMPARATOR);
        }
        for (String s : new String[] {"≥9", "=>", "≥≥", "a"}) assertThat(RowAligner.kind(s)).as(s).isNotEqualTo(RowAligner.Kind.COMPARATOR);
    }
}
