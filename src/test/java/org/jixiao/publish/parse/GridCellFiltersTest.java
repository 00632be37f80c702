package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.jixiao.measure.Units;
import org.junit.jupiter.api.Test;

/**
 * The quick answers the cell grid gives before its dearer tests (they run for every cell) answer exactly as the tests
 * they stand before: a cell that begins with no unit's first character is no unit, a joined key that ends with no
 * label's or header word's last character is no known key, and the hand-written decimal test is the regex it replaces.
 */
class GridCellFiltersTest {
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    @Test
    void theUnitTestIsTheUnitLookup() {
        List<String> pieces = new ArrayList<>(Units.afterNumber());
        pieces.addAll(List.of("米", "千米", "株", "组", "头", "只", "棵")); // unit cells only (Units.Reading.CELL)
        for (var u : Units.all()) pieces.add(u.symbol());
        pieces.addAll(List.of("/", "·", "人", "月", "年", "户", "万人", "x", "5", "≥", "指标", "率"));
        Random random = new Random(11);
        int units = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(4);
            for (int i = 0; i < len; i++) sb.append(pieces.get(random.nextInt(pieces.size())));
            String s = sb.toString();
            boolean expected = Units.reading(s) != null || Units.of(s).isPresent();
            assertThat(RowAligner.unit(s)).as(s).isEqualTo(expected);
            if (expected) units++;
        }
        for (String s : pieces) assertThat(RowAligner.unit(s)).as(s).isEqualTo(Units.reading(s) != null || Units.of(s).isPresent());
        assertThat(units).isGreaterThan(1000); // the draw reaches both answers (元/人·月 among them)
        assertThat(RowAligner.unit("元/人·月")).isTrue();
        assertThat(RowAligner.unit("门诊人次")).isFalse();
    }

    @Test
    void noKnownKeyEndsWhereTheJoinIsNotTried() {
        List<String> words = new ArrayList<>(Vocabulary.LEVEL1);
        words.addAll(Vocabulary.LEVEL2.keySet());
        words.addAll(List.of("可持续性", "可持续影响", "社会效益效益指标", "数量"));
        for (var w : HeaderWords.INDICATOR) words.add(w.text());
        for (var w : HeaderWords.BUDGET) words.add(w.text());
        List<String> notes = List.of("", "(30)", "(30分)", "30分", "30分)", "(5", "等", "等(20分)", "(A)", "(%)", "(B/A)", "(分)", "(B/A×100%)");
        int known = 0;
        for (String w : words) {
            for (String note : notes) {
                for (String stars : List.of("", "*", "**")) {
                    String k = HeaderWords.key(stars + w + note);
                    if (CellGrid.knownKey(k)) {
                        known++;
                        assertThat(CellGrid.mayEndKnown(k)).as(k).isTrue();
                    }
                }
            }
        }
        assertThat(known).isGreaterThan(words.size()); // notes and marks are read off, not only bare words
        assertThat(CellGrid.mayEndKnown("≥95%")).isFalse();
    }

    @Test
    void keysJoinedEndingWithFiguresAreTriedOnlyAfterABracket() {
        List<String> pieces = new ArrayList<>(List.of("产出指标", "数量指标", "(", "(3", "30", "3", "300", "3000", "分", ")", "等", "10",
                "", "指标", "年度指标值", "*", "x", "１０"));
        pieces.addAll(Vocabulary.LEVEL2.keySet());
        Random random = new Random(19);
        int known = 0;
        for (int n = 0; n < 100_000; n++) {
            String[] k = new String[2 + random.nextInt(2)];
            for (int i = 0; i < k.length; i++) k[i] = pieces.get(random.nextInt(pieces.size()));
            String joined = String.join("", k);
            String before = k[k.length - 2], last = k[k.length - 1];
            if (last.isEmpty() || joined.length() > 24) continue;
            if (CellGrid.knownKey(joined)) {
                known++;
                assertThat(CellGrid.mayEndKnown(before, last)).as(String.join("|", k)).isTrue();
            }
        }
        assertThat(known).isGreaterThan(1000);
        assertThat(CellGrid.knownKey("产出指标(30")).isTrue();
        assertThat(CellGrid.mayEndKnown("产出指标(", "30")).isTrue();
        assertThat(CellGrid.mayEndKnown("产出指标", "10")).isFalse();
    }

    @Test
    void theKnownKeyLookupIsTheReadingOfTheKey() {
        List<String> pieces = new ArrayList<>(List.of("*", "(A)", "(%)", "30", "分", "(", ")", "等", "效益", "可持续", "性", "影响",
                "指标", "指", "标", "年度", "数量", "服务对象", "满意度", "x", "1"));
        for (var w : HeaderWords.INDICATOR) pieces.add(w.text());
        for (var w : HeaderWords.BUDGET) pieces.add(w.text());
        pieces.addAll(Vocabulary.LEVEL1);
        pieces.addAll(Vocabulary.LEVEL2.keySet());
        Random random = new Random(13);
        int known = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(3);
            for (int i = 0; i < len; i++) sb.append(pieces.get(random.nextInt(pieces.size())));
            String k = HeaderWords.key(sb.toString());
            boolean expected = CellGrid.knownKeyRead(k);
            assertThat(CellGrid.knownKey(k)).as(k).isEqualTo(expected);
            if (expected) known++;
        }
        assertThat(known).isGreaterThan(1000);
        assertThat(CellGrid.knownKey("社会效益效益指标")).isTrue(); // read, not looked up
        assertThat(CellGrid.knownKey("*年度指标值(A)")).isTrue();
    }

    @Test
    void theJoinedKeyTestIsTheLookupOfTheKeysJoined() {
        // the pieces of real labels and header words, broken where tables break them, with the marks and notes read off
        List<String> pieces = new ArrayList<>(List.of("*", "(A)", "(%)", "(30", "30", "分", "(", ")", "等", "效益", "效", "益", "可持续",
                "可", "持续", "性", "影响", "指标", "指", "标", "年度", "数量", "服务对象", "满意度", "x", "1", "偏差原因", "分析及", "改进措施", ""));
        for (var w : HeaderWords.INDICATOR) { pieces.add(w.text()); pieces.add(w.text().substring(0, w.text().length() / 2)); pieces.add(w.text().substring(w.text().length() / 2)); }
        for (var w : HeaderWords.BUDGET) { pieces.add(w.text()); pieces.add(w.text().substring(0, w.text().length() / 2)); pieces.add(w.text().substring(w.text().length() / 2)); }
        for (String l : Vocabulary.LABELS) { pieces.add(l); pieces.add(l.substring(0, 2)); pieces.add(l.substring(2)); pieces.add(l.substring(0, l.length() - 2)); }
        Random random = new Random(23);
        int known = 0;
        for (int n = 0; n < 200_000; n++) {
            String[] k = new String[2 + random.nextInt(2)];
            for (int i = 0; i < k.length; i++) k[i] = HeaderWords.key(pieces.get(random.nextInt(pieces.size())));
            String joined = String.join("", k);
            if (joined.isEmpty() || joined.length() > 24) continue;
            boolean expected = CellGrid.knownKey(joined);
            assertThat(CellGrid.knownJoined(k[0], k[1], k.length > 2 ? k[2] : null)).as(String.join("|", k)).isEqualTo(expected);
            if (expected) known++;
        }
        assertThat(known).isGreaterThan(1000); // both answers are drawn
        assertThat(CellGrid.knownJoined("偏差原因", "分析及", "改进措施")).isTrue();
        assertThat(CellGrid.knownJoined("数量", "指标", null)).isTrue();
        assertThat(CellGrid.knownJoined("产出指标", "数量指标", null)).isFalse();
        // decorated joins are read, not looked up: a mark first, a note last, a doubled 效益 across the join
        assertThat(CellGrid.knownJoined("*年度", "指标值(A)", null)).isTrue();
        assertThat(CellGrid.knownJoined("社会效益", "效益指标", null)).isTrue();
    }

    @Test
    void theAmountTestIsTheRegexes() {
        Pattern amount = GridTableReader.AMOUNT; // the reader's own pattern (put reads the figure with it): the test follows it
        Pattern dashes = Pattern.compile("[—\\-－/／]+");
        List<String> pieces = List.of("0", "1", "12", "123", "4567", ",", ",000", ".", ".5", " ", "\t", "\u3000", "\u00a0", "万元", "亿元",
                "元", "万", "%", "％", "—", "-", "－", "/", "／", "a", "项");
        Random random = new Random(17);
        int amounts = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(6);
            for (int i = 0; i < len; i++) sb.append(pieces.get(random.nextInt(pieces.size())));
            String t = sb.toString(), s = t.strip();
            boolean expected = !s.isEmpty() && (amount.matcher(s).matches() || dashes.matcher(s).matches());
            assertThat(GridTableReader.amountOrDash(t)).as("[%s]", t).isEqualTo(expected);
            assertThat(GridTableReader.amount(t)).as("amount [%s]", t).isEqualTo(amount.matcher(s).matches());
            if (expected) amounts++;
        }
        assertThat(amounts).isGreaterThan(5000);
        assertThat(GridTableReader.amountOrDash(" 48,326,500.00 万元")).isTrue();
        assertThat(GridTableReader.amountOrDash("1,2345")).isFalse();
        assertThat(GridTableReader.amountOrDash("386.5万")).isTrue();
    }

    @Test
    void theDecimalTestIsTheRegex() {
        String alphabet = "0123456789..a- ";
        Random random = new Random(5);
        int decimals = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(6);
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = sb.toString();
            boolean expected = DECIMAL.matcher(s).matches();
            assertThat(GridTableReader.plainDecimal(s)).as(s).isEqualTo(expected);
            if (expected) decimals++;
        }
        for (String s : new String[] {"5.", ".5", "0.5", "12", "1.2.3", ""}) assertThat(GridTableReader.plainDecimal(s)).as(s).isEqualTo(DECIMAL.matcher(s).matches());
        assertThat(decimals).isGreaterThan(1000);
    }
}
