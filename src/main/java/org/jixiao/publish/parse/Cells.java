package org.jixiao.publish.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading cell texts: where a value (target or actual) begins and ends, and how glued cells
 * ("≧2次3次", "100%100%", "全覆盖全覆盖") split. Everything here is linear in the text length.
 */
final class Cells {
    private Cells() {}

    static boolean isDigit(char c) { return (c >= '0' && c <= '9') || (c >= '０' && c <= '９'); }

    static boolean isBlank(String s) {
        if (s == null) return true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) return false;
        }
        return true;
    }

    /** Trim ordinary, no-break and ideographic spaces; null when nothing is left. */
    static String clean(String s) {
        return s == null ? null : clean(s, 0, s.length());
    }

    /** {@link #clean(String)} of s[from, to), without cutting it out first. */
    static String clean(String s, int from, int to) {
        int a = from, b = to;
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && isSpace(s.charAt(b - 1))) b--;
        return a == b ? null : s.substring(a, b);
    }

    static boolean isSpace(char c) {
        if (c > '\u3000') return c == '\ufeff'; // no other space after U+3000: Han text answered at once
        if (c > ' ' && c < '\u007f') return false; // printable ASCII (digits, Latin, | and %: most of the rest) at once
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\u200b';
    }

    private static final java.math.BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100), HALF_POINT = new java.math.BigDecimal("0.51");

    /**
     * Whether executed ÷ planned, in per cent, is the printed rate within 0.51 (the rounding of a printed rate):
     * |executed × 100 − rate × planned| ≤ 0.51 × planned, exact, for a planned amount above 0.
     */
    static boolean rateAgrees(java.math.BigDecimal planned, java.math.BigDecimal executed, java.math.BigDecimal rate) {
        return executed.multiply(HUNDRED).subtract(rate.multiply(planned)).abs().compareTo(HALF_POINT.multiply(planned)) <= 0;
    }

    /** Length of the comparator word or symbol at i, 0 if none. */
    static int comparatorAt(String s, int i) {
        if (i >= s.length()) return 0;
        char c = s.charAt(i);
        if (Vocabulary.isComparatorSymbol(c)) {
            return i + 1 < s.length() && s.charAt(i + 1) == '=' ? 2 : 1;
        }
        String w = Vocabulary.COMPARATORS.at(s, i); // asked at every character of a value: most begin no word
        return w == null ? 0 : w.length();
    }

    /** End of a number starting at i (digits with one decimal point or thousands commas), or i if none. */
    static int numberEnd(String s, int i) {
        int j = i;
        while (j < s.length() && isDigit(s.charAt(j))) j++;
        if (j == i) return i;
        if (j + 1 < s.length() && (s.charAt(j) == '.' || s.charAt(j) == '．') && isDigit(s.charAt(j + 1))) {
            j++;
            while (j < s.length() && isDigit(s.charAt(j))) j++;
        }
        return j;
    }

    static int unitEnd(String s, int i) {
        return org.jixiao.measure.Units.afterNumberEnd(s, i);
    }

    /**
     * End of a quantity value starting at i: [comparator] number [unit] [以上/以下/以内], or -1 when no number follows.
     * The number is read greedily, so glued digits ("924924") are not split here.
     */
    static int quantityEnd(String s, int i) {
        int j = i + comparatorAt(s, i);
        while (j < s.length() && s.charAt(j) == ' ') j++;
        int n = numberEnd(s, j);
        if (n == j) return -1;
        int u = unitEnd(s, n);
        if (u == n && n < s.length() && org.jixiao.measure.Units.multiplier(s.charAt(n))) u = unitEnd(s, n + 1); // 3.45万亩
        if (u == n && n < s.length() && org.jixiao.measure.Units.multiplier(s.charAt(n))) u = n + 1;
        if (u + 1 < s.length() && s.charAt(u) == '以') { // 以上, 以下, 以内
            char c = s.charAt(u + 1);
            if (c == '上' || c == '下' || c == '内') return u + 2;
        }
        return u;
    }

    /** Whether the whole text reads as a quantity value ("≥4次", "98%", "职工≥80%", "3000万"). */
    static boolean quantityLike(String s) {
        if (s == null || !hasDigit(s)) return false; // no number, no quantity: most text cells are answered here
        int start = 0;
        while (start < s.length() && start < 4 && han(s.charAt(start)) && comparatorAt(s, start) == 0) start++;
        if (start > 0 && (start >= s.length() || comparatorAt(s, start) == 0)) start = 0; // a label needs a comparator after it
        int end = quantityEnd(s, start);
        return end == s.length();
    }

    /** Whether {@code s} holds a digit (half- or full-width). */
    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (isDigit(s.charAt(i))) return true;
        return false;
    }

    /** Whether the character is of the Han script (the common CJK block answered at once, the rest by the JDK's table). */
    static boolean han(char c) {
        if (c < '\u2e80') return false; // no Han character comes before the CJK radicals
        if (c >= '\u4e00' && c <= '\u9fff') return true;
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Longest X (length >= 2) such that text ends with XX and something is left before; -1 when none. */
    static int doubledSuffix(String s, int minPrefix) {
        int n = s.length();
        for (int len = (n - minPrefix) / 2; len >= 2; len--) {
            if (s.regionMatches(n - 2 * len, s, n - len, len)) return len;
        }
        return -1;
    }

    /**
     * Split a glued run "name target actual" into its cells. Returns [name, target, actual] (actual may be null),
     * or null when no value boundary can be found. name may be empty when the text starts with a value.
     */
    static String[] splitGlued(String s) {
        if (s == null || s.isEmpty()) return null;
        // 1. a comparator starts the target: name≧2次3次, name≦30分钟实时响应
        for (int i = 0; i < s.length(); i++) {
            if (comparatorAt(s, i) > 0) {
                int end = quantityEnd(s, i);
                if (end < 0) break;
                String actual = s.substring(end);
                return new String[] {s.substring(0, i), s.substring(i, end), actual.isEmpty() ? null : actual};
            }
        }
        // 2. the same value twice: name全覆盖全覆盖, name100%100%
        int len = doubledSuffix(s, 0);
        if (len > 0) {
            String x = s.substring(s.length() - len);
            return new String[] {s.substring(0, s.length() - 2 * len), x, x};
        }
        // 3. two values at the end: name95%100% (a date is one value: 2024年3月18日 is no 2024年 | 3月 | 18日)
        int last = trailingValue(s, s.length());
        if (last > 0) {
            int prev = trailingValue(s, last);
            if (prev >= 0) return new String[] {s.substring(0, prev), s.substring(prev, last), s.substring(last)};
        }
        return null;
    }

    /** Start of the value ending exactly at end: a whole date ({@link GluedReader#dateEnd}), else a quantity; -1: none. */
    private static int trailingValue(String s, int end) {
        int[] q = trailingQuantity(s, end);
        if (q == null) return -1;
        // the quantity may be a date's last part (18日 of 2024年3月18日): the date from its first digit is the value
        for (int p = Math.max(0, q[0] - 12); p < q[0]; p++) {
            if (isDigit(s.charAt(p)) && (p == 0 || !isDigit(s.charAt(p - 1)) && s.charAt(p - 1) != '.') && GluedReader.dateEnd(s, p) == end) return p;
        }
        return q[0];
    }

    /** Start of a quantity with a unit ending exactly at end (e.g. "100%" in "率100%"), as {start}, or null. */
    private static int[] trailingQuantity(String s, int end) {
        for (String u : org.jixiao.measure.Units.afterNumber()) {
            if (end - u.length() > 0 && s.startsWith(u, end - u.length())) {
                int j = end - u.length();
                int k = j;
                while (k > 0 && (isDigit(s.charAt(k - 1)) || s.charAt(k - 1) == '.')) k--;
                if (k == j) return null;
                int c = k;
                for (int back = 1; back <= 3 && k - back >= 0; back++) {
                    if (comparatorAt(s, k - back) == back) c = k - back;
                }
                return new int[] {c};
            }
        }
        return null;
    }

    /** Split a glued run of values only ("≥90%100%", "2次3次") into its values; a single value is returned alone. */
    static List<String> splitValues(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            // a date is one value (2023年11月 is no 2023年 | 11月 read as two quantities: GluedReader.dateEnd)
            int date = GluedReader.dateEnd(s, i), end = date > i ? date : quantityEnd(s, i);
            if (end <= i) break;
            out.add(s.substring(i, end));
            i = end;
        }
        if (i < s.length()) {
            // only a run made wholly of values splits; "2021年遂宁…" is one narrative cell
            int len = doubledSuffix(s, 0);
            if (len > 0 && 2 * len == s.length()) return List.of(s.substring(0, len), s.substring(len));
            return List.of(s);
        }
        return out;
    }

    /** Join pieces of one cell that flattening split: no space between Chinese characters, one between Latin words. */
    static String joinPieces(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (String p : pieces) {
            if (p == null || p.isEmpty()) continue;
            if (!sb.isEmpty() && isLatin(sb.charAt(sb.length() - 1)) && isLatin(p.charAt(0))) sb.append(' ');
            sb.append(p);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private static boolean isLatin(char c) { return c < 0x2E80 && Character.isLetterOrDigit(c); }
}
