package org.jixiao.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random mutations of the seed values: the grammar always answers with a typed reading and keeps the raw text. */
class ValueGrammarPropertyTest {

    private static final List<String> SEEDS = SeedValues.all();
    private static final int RUNS = 10_000;

    @Test
    void mutatedSeedValuesAlwaysYieldATypedReadingThatKeepsTheRawTextExactly() {
        Random random = new Random(20211231L);
        for (int run = 0; run < RUNS; run++) {
            String raw = mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
            Value reading;
            try {
                reading = ValueGrammar.parse(raw);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("run " + run + " threw on " + escape(raw), e);
            }
            assertThat(reading).as("run %d: %s", run, escape(raw)).isNotNull();
            assertThat(reading.raw()).as("run %d keeps the raw text", run).isSameAs(raw);
            assertWellFormed(reading, raw);
            assertThat(ValueGrammar.parse(raw)).as("the reading is deterministic").isEqualTo(reading);
            assertThat(ValueGrammar.describe(reading)).isNotBlank();
        }
    }

    @Test
    void surroundingSpacesAndFullWidthDigitsNeverChangeTheReading() {
        for (String seed : SEEDS) {
            Value plain = ValueGrammar.parse(seed);
            assertThat(withRaw(ValueGrammar.parse("  " + seed + "\u3000"), seed)).as(seed).isEqualTo(plain);
            assertThat(withRaw(ValueGrammar.parse(fullWidth(seed)), seed)).as(seed).isEqualTo(plain);
        }
    }

    /**
     * A blank text (String.isBlank: whitespace only, any of the JDK's whitespace characters) is blank to the grammar: the
     * grammar tells it by the normalised text being empty, with no blank test of its own. Seeded mixes of every BMP
     * whitespace character, and of the spaces the grammar drops beside them (no-break, ideographic, zero-width).
     */
    @Test
    void everyBlankTextReadsAsBlank() {
        StringBuilder spaces = new StringBuilder("\u00A0\u3000\u2007\u202F\u200B\uFEFF");
        for (char c = 0; c < 0xFFFF; c++) if (Character.isWhitespace(c)) spaces.append(c);
        Random random = new Random(20261207L);
        for (int run = 0; run < RUNS; run++) {
            StringBuilder raw = new StringBuilder();
            for (int k = 1 + random.nextInt(6); k > 0; k--) raw.append(spaces.charAt(random.nextInt(spaces.length())));
            String text = raw.toString();
            if (text.isBlank()) assertThat(ValueGrammar.parse(text)).as(escape(text)).isEqualTo(new Value.Blank(text));
            // a blank text with a seed value in it reads as the value
            String seed = SEEDS.get(random.nextInt(SEEDS.size()));
            assertThat(withRaw(ValueGrammar.parse(text + seed + text), seed)).as(escape(text + seed)).isEqualTo(ValueGrammar.parse(seed));
        }
    }

    @Test
    void veryLongTextIsReadAsFreeTextWithoutDelay() {
        String longText = "2021年遂宁参保人员跨省异地就医直接结算14719人次,".repeat(20_000);
        String longNumber = "9".repeat(200_000) + "%";
        long start = System.nanoTime();
        assertThat(ValueGrammar.parse(longText)).isEqualTo(new Value.FreeText(longText));
        assertThat(ValueGrammar.parse(longNumber)).isEqualTo(new Value.FreeText(longNumber));
        assertThat(ValueGrammar.parse("≥" + "1,000".repeat(10_000))).isInstanceOf(Value.FreeText.class);
        assertThat(System.nanoTime() - start).as("linear time, well under a second").isLessThan(1_000_000_000L);
    }

    /** The invariants of each kind of reading. */
    private static void assertWellFormed(Value reading, String raw) {
        switch (reading) {
            case Value.Blank b -> assertThat(ValueGrammar.normalise(raw)).isEmpty();
            case Value.Measured m -> assertThat(m.quantity().unit()).isNotNull();
            case Value.Bound b -> assertThat(b.comparator()).isNotNull();
            case Value.Range r -> assertThat(r.min().unit().convertibleTo(r.max().unit())).isTrue();
            case Value.Qualitative q -> assertThat(q.phrase()).isNotBlank();
            case Value.MultiPart mp -> {
                assertThat(mp.parts()).hasSizeGreaterThanOrEqualTo(2);
                mp.parts().forEach(p -> assertThat(p.label()).isNotBlank());
            }
            case Value.NotOccurred n -> assertThat(raw).containsAnyOf("未", "没有", "无");
            case Value.FreeText f -> assertThat(f.raw()).isNotNull();
        }
    }

    private static String mutate(String seed, Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> seed.substring(0, random.nextInt(seed.length() + 1));                    // cut
            case 1 -> seed.substring(random.nextInt(seed.length() + 1));                       // cut the head
            case 2 -> seed + (random.nextBoolean() ? "" : " / ") + seed;                       // doubled
            case 3 -> shuffle(seed, random);                                                   // shuffled characters
            case 4 -> insertRandom(seed, random, 1 + random.nextInt(5));                       // random Unicode
            case 5 -> seed.repeat(1 + random.nextInt(2_000));                                  // very long
            case 6 -> randomText(random, random.nextInt(40));                                  // noise only
            default -> insertRandom(seed.substring(0, random.nextInt(seed.length() + 1)), random, 1)
                    + seed.substring(random.nextInt(seed.length() + 1));                       // spliced
        };
    }

    private static String shuffle(String seed, Random random) {
        List<Character> chars = new ArrayList<>();
        for (char c : seed.toCharArray()) chars.add(c);
        Collections.shuffle(chars, random);
        StringBuilder out = new StringBuilder();
        chars.forEach(out::append);
        return out.toString();
    }

    private static String insertRandom(String seed, Random random, int count) {
        StringBuilder out = new StringBuilder(seed);
        for (int i = 0; i < count; i++) out.insert(random.nextInt(out.length() + 1), randomText(random, 1));
        return out.toString();
    }

    /** Random chars across all planes: lone surrogates, controls, full-width forms, comparators, digits. */
    private static String randomText(Random random, int length) {
        String interesting = "0123456789０１９％%≥≧≤≦<>=＞＜＝.,，、/；;\n\r\t\u0000\u00A0\u3000\u200B\uFEFF-~至以上下内元万次个月天";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(4)) {
                case 0 -> out.append(interesting.charAt(random.nextInt(interesting.length())));
                case 1 -> out.append((char) (0xD800 + random.nextInt(0x800)));                // lone surrogate
                case 2 -> out.append((char) random.nextInt(0x20));                            // control
                default -> out.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
            }
        }
        return out.toString();
    }

    private static String fullWidth(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) out.append(c >= '0' && c <= '9' ? (char) (c + 0xFEE0) : c == '%' ? '％' : c);
        return out.toString();
    }

    /** The same reading with another raw text, so readings of different spellings can be compared. */
    private static Value withRaw(Value v, String raw) {
        return switch (v) {
            case Value.Blank b -> new Value.Blank(raw);
            case Value.Measured m -> new Value.Measured(raw, m.quantity());
            case Value.Bound b -> new Value.Bound(raw, b.comparator(), b.quantity());
            case Value.Range r -> new Value.Range(raw, r.min(), r.max());
            case Value.Qualitative q -> new Value.Qualitative(raw, q.phrase(), q.grade());
            case Value.MultiPart mp -> new Value.MultiPart(raw, mp.parts());
            case Value.NotOccurred n -> new Value.NotOccurred(raw);
            case Value.FreeText f -> new Value.FreeText(raw);
        };
    }

    private static String escape(String s) {
        String head = s.length() > 80 ? s.substring(0, 80) + "…(" + s.length() + ")" : s;
        StringBuilder out = new StringBuilder();
        head.chars().forEach(c -> out.append(c < 0x20 || Character.isSurrogate((char) c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
