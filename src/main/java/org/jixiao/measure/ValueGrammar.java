package org.jixiao.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the text of a target or an actual into a {@link Value}. Never throws: unreadable text is {@link Value.FreeText}.
 *
 * <p>The text is first normalised (full-width digits and signs to ASCII, ≧/≦ to ≥/≤, spaces that flattening put
 * inside numbers removed, a closing 。 dropped), then read in this order:
 * <ol>
 *   <li>a phrase of the {@link QualitativePhrases} dictionary → {@link Value.Qualitative} (grade set for grade strings);</li>
 *   <li>[comparator] number [unit] [以上|以下|以内 …] → {@link Value.Bound}, or {@link Value.Measured} without a
 *       comparator; number [unit] - number unit → {@link Value.Range};</li>
 *   <li>"本市未发生…事件", "无…事故发生" → {@link Value.NotOccurred};</li>
 *   <li>labelled quantities joined by / 、 ； or line breaks ("职工≥80% / 居民≥55%") → {@link Value.MultiPart};</li>
 *   <li>one quantity with a unit after a plain label ("增长率288.15%", "覆盖率达98%", "共计12次", "服务对象满意度≥80%")
 *       → the quantity's {@link Value.Measured} or {@link Value.Bound}, the label kept only in the raw text;</li>
 *   <li>anything else → {@link Value.FreeText}.</li>
 * </ol>
 * A count followed by a short plain noun ("4家医院") reads as the count (4 家): the noun names what is counted.
 * Any other trailing text makes the whole a narrative. Chinese numerals (三次) are not read. A hand-written scanner
 * (no regular expressions) keeps parsing linear in the length of the text.
 */
public final class ValueGrammar {
    private ValueGrammar() {}

    /**
     * Raised whenever a text reads differently than before (2: a label then one value, the OCR 2 against a template),
     * so that the readings stored beside each target and actual are read again once at start-up (ReadingRefresh).
     */
    public static final int VERSION = 2;

    public static Value parse(String raw) {
        if (raw == null) return new Value.Blank(null);
        // (a blank text normalises to nothing — every whitespace character is dropped or a line break, and line breaks
        // at the ends are cut — so it is told here, without a scan of its own before the normalising one)
        String text = normalise(raw);
        if (text.isEmpty()) return new Value.Blank(raw);
        if (QualitativePhrases.isExact(text)) return new Value.Qualitative(raw, text, QualitativePhrases.gradeOf(text));
        // every quantity holds a digit: a text without one (most narratives) is no quantity, labelled or in parts
        boolean digit = hasDigit(text);
        Value quantitative = digit ? quantitative(raw, text) : null;
        if (quantitative != null) return quantitative;
        if (notOccurred(text)) return new Value.NotOccurred(raw);
        if (QualitativePhrases.startsWithKnownPhrase(text) && !hasSentenceBreak(text)) {
            return new Value.Qualitative(raw, text, null);
        }
        Value parts = digit ? multiPart(raw, text) : null;
        if (parts != null) return parts;
        Value labelled = digit ? labelled(raw, text) : null;
        return labelled != null ? labelled : new Value.FreeText(raw);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '0' && s.charAt(i) <= '9') return true;
        return false;
    }

    /**
     * Reads a target whose template (the indicator library's target, the unit's target of the year before, a form's
     * printed 指标性质) shows a comparator. OCR reads a printed ≥ as the digit 2: with {@code templateShows} GE, a
     * text that reads as a plain number starting with 2 is the bound ≥ the rest — but only where the scan shows it:
     * the 2 stands apart ("2 90%": OCR leaves a gap after the sign) or the rest is the template's own amount ("290%"
     * where the template is 「≥90%」). A typed "25次" in a ≥ row stays 25 次. The text as written is kept. Without a
     * template (null), as {@link #parse(String)}.
     */
    public static Value parse(String raw, Comparator templateShows, Quantity templateAmount) {
        Value plain = parse(raw);
        if (templateShows != Comparator.GE || !(plain instanceof Value.Measured)) return plain;
        String text = normalise(raw);
        if (text.length() < 2 || text.charAt(0) != '2' || !(text.charAt(1) >= '0' && text.charAt(1) <= '9')) return plain;
        if (!(quantitative(raw, text.substring(1)) instanceof Value.Measured m) || m.quantity().amount().signum() <= 0) {
            return plain;
        }
        boolean apart = gapAfterLeadingTwo(raw);
        boolean asTemplate = templateAmount != null && m.quantity().amount().compareTo(templateAmount.amount()) == 0
                && m.quantity().unit().symbol().equals(templateAmount.unit().symbol());
        return apart || asTemplate ? new Value.Bound(raw, Comparator.GE, m.quantity()) : plain;
    }

    /** "2 90%", "２　90%": whitespace between the first 2 and the next digit. */
    private static boolean gapAfterLeadingTwo(String raw) {
        int i = 0;
        while (i < raw.length() && canonical(raw.charAt(i)) == 0) i++;
        if (i >= raw.length() || canonical(raw.charAt(i)) != '2') return false;
        int j = i + 1;
        while (j < raw.length() && canonical(raw.charAt(j)) == 0) j++;
        return j > i + 1;
    }

    // ---- normalisation -------------------------------------------------------------------------------------

    /** Maps each char to its canonical form; 0 drops it, '\n' marks a line break. */
    private static char canonical(char c) {
        if (c < 0x80) {
            if (c == '\n' || c == '\r') return '\n';
            return c <= ' ' || c == 0x7f ? 0 : c;
        }
        // nearly every other character: an ideograph, a comparator sign, a stop is itself
        if (c >= 0x4E00 && c <= 0x9FFF || c == '≥' || c == '≤' || c == '。' || c == '、') return c;
        if (c >= 0xFF01 && c <= 0xFF5E) return (char) (c - 0xFEE0); // full-width ASCII forms: ０-９ ％ ＞ ＜ ＝ ．…
        return switch (c) {
            case '≧', '⩾' -> '≥';
            case '═', '〓' -> '='; // OCR of a double-lined = (scans of 「═90%」)
            case '≦', '⩽' -> '≤';
            case '−', '—', '–', '－' -> '-';
            case '〜' -> '~';
            case '\u2028', '\u2029', '\u0085' -> '\n';
            case '\u00A0', '\u3000', '\u2007', '\u202F', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> 0;
            default -> Character.isWhitespace(c) || Character.getType(c) == Character.CONTROL ? 0 : c;
        };
    }

    static String normalise(String raw) {
        StringBuilder out = null;
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            char m = canonical(c);
            if (m != c && out == null) out = new StringBuilder(n).append(raw, 0, i);
            if (out != null && m != 0) out.append(m);
        }
        String s = out == null ? raw : out.toString();
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '\n') start++;
        while (end > start && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '。')) end--;
        return s.substring(start, end);
    }

    // ---- comparator + quantity ---------------------------------------------------------------------------------

    /** Comparator words and symbols, longest first so that 大于等于 wins over 大于 (RULES §6.1). */
    private static final String[] PREFIXES = {
            "大于或等于", "小于或等于", "大于等于", "小于等于",
            "不低于", "不少于", "不小于", "不高于", "不超过", "不多于", "不大于",
            ">=", "<=", "=>", "=<", "达到", "高于", "超过", "大于", "多于", "等于", "低于", "少于", "小于", "不满", "不足",
            "≥", "≤", ">", "<", "="};
    private static final Comparator[] PREFIX_SIGNS = {
            Comparator.GE, Comparator.LE, Comparator.GE, Comparator.LE,
            Comparator.GE, Comparator.GE, Comparator.GE, Comparator.LE, Comparator.LE, Comparator.LE, Comparator.LE,
            Comparator.GE, Comparator.LE, Comparator.GE, Comparator.LE, Comparator.GE, Comparator.GT, Comparator.GT,
            Comparator.GT, Comparator.GT,
            Comparator.EQ, Comparator.LT, Comparator.LT, Comparator.LT, Comparator.LT, Comparator.LT,
            Comparator.GE, Comparator.LE, Comparator.GT, Comparator.LT, Comparator.EQ};
    /** First characters of the prefixes: most narratives are rejected on their first character. */
    private static final String PREFIX_LEADS = java.util.Arrays.stream(PREFIXES)
            .map(p -> p.substring(0, 1)).distinct().collect(Collectors.joining());
    /** The indexes of the prefixes beginning with each character of PREFIX_LEADS, in PREFIXES' order (longest first). */
    private static final int[][] PREFIXES_BY_LEAD = new int[PREFIX_LEADS.length()][];
    static {
        for (int l = 0; l < PREFIX_LEADS.length(); l++) {
            char lead = PREFIX_LEADS.charAt(l);
            PREFIXES_BY_LEAD[l] = java.util.stream.IntStream.range(0, PREFIXES.length).filter(k -> PREFIXES[k].charAt(0) == lead).toArray();
        }
    }
    /** 以上/以下/以内 include the number (《民法典》第一千二百五十九条). */
    private static final String[] SUFFIXES = {"及以上", "及以下", "以上", "以下", "以内", "之内", "内"};
    private static final Comparator[] SUFFIX_SIGNS = {
            Comparator.GE, Comparator.LE, Comparator.GE, Comparator.LE, Comparator.LE, Comparator.LE, Comparator.LE};
    /** "控制在5%以内": keeps a value within a limit, so without a suffix it reads as ≤. */
    private static final String KEEP_WITHIN = "控制在";
    private static final String RANGE_SEPARATORS = "-~至到";
    /** Characters that change the meaning of a trailing noun ("3次未完成", "300余篇"): such text stays free text. */
    private static final String MODIFIERS = "未不无没非否减降增少多内外左右约余近以及达超低高等共累计每平均率";
    private static final int MAX_TRAILING_NOUN = 6;
    private static final int MAX_DIGITS = 38;

    /** First characters of the suffixes. */
    private static final String SUFFIX_LEADS = java.util.Arrays.stream(SUFFIXES)
            .map(p -> p.substring(0, 1)).distinct().collect(Collectors.joining());

    /** Reads the whole of {@code s} as [comparator] quantity [suffix] or a range; null when it is not one. */
    private static Value quantitative(String raw, String s) {
        return quantitative(s, 0, raw);
    }

    /**
     * Reads {@code s} from {@code from} to its end as {@link #quantitative(String, String)}; {@code raw}: the text the
     * value keeps, null for s from {@code from} on (cut only when it reads: a label is tried at every length).
     */
    private static Value quantitative(String s, int from, String raw) {
        int n = s.length();
        int i = from;
        boolean keepWithin = s.startsWith(KEEP_WITHIN, from);
        if (keepWithin) i += KEEP_WITHIN.length();
        if (i >= n) return null;
        char lead = s.charAt(i);
        boolean number = lead >= '0' && lead <= '9' || lead == '-' || lead == '+'; // no comparator begins so
        int leadAt = number ? -1 : PREFIX_LEADS.indexOf(lead);
        if (!number && leadAt < 0) return null;
        Comparator prefix = null;
        if (!number) {
            for (int k : PREFIXES_BY_LEAD[leadAt]) { // (only the words beginning with the text's first character)
                if (s.startsWith(PREFIXES[k], i)) {
                    prefix = PREFIX_SIGNS[k];
                    i += PREFIXES[k].length();
                    break;
                }
            }
        }
        Figure first = Figure.scan(s, i);
        if (first == null) return null;
        i = first.end;
        Unit unit = Units.longestAt(s, i);
        if (unit != null) i += unit.symbol().length();

        if (i < n && RANGE_SEPARATORS.indexOf(s.charAt(i)) >= 0 && prefix == null && !keepWithin) {
            return range(raw, s, from, first.amount, unit, i + 1);
        }
        Comparator suffix = null;
        for (int k = 0; i < n && k < SUFFIXES.length && SUFFIX_LEADS.indexOf(s.charAt(i)) >= 0; k++) {
            if (s.startsWith(SUFFIXES[k], i)) {
                suffix = SUFFIX_SIGNS[k];
                i += SUFFIXES[k].length();
                break;
            }
        }
        if (i < n && !(suffix == null && isTrailingNoun(s, i, unit))) return null;
        if (prefix != null && suffix != null && prefix != suffix) return null;
        Comparator sign = prefix != null ? prefix : suffix != null ? suffix : keepWithin ? Comparator.LE : null;
        Quantity quantity = new Quantity(first.amount, unit == null ? Unit.NONE : unit);
        if (raw == null) raw = s.substring(from);
        return sign == null ? new Value.Measured(raw, quantity) : new Value.Bound(raw, sign, quantity);
    }

    /** "80%-90%", "80-90%": the first number takes the second's unit when it has none. */
    private static Value range(String raw, String s, int start, BigDecimal min, Unit minUnit, int from) {
        Figure second = Figure.scan(s, from);
        if (second == null) return null;
        int i = second.end;
        Unit maxUnit = Units.longestAt(s, i);
        if (maxUnit != null) i += maxUnit.symbol().length();
        if (i != s.length()) return null;
        if (maxUnit == null) {
            if (minUnit != null) return null;
            maxUnit = Unit.NONE;
        }
        if (minUnit == null) minUnit = maxUnit;
        if (!minUnit.convertibleTo(maxUnit)) return null;
        return new Value.Range(raw != null ? raw : s.substring(start), new Quantity(min, minUnit), new Quantity(second.amount, maxUnit));
    }

    /** A short plain noun after a count ("4家医院"): it names what is counted and does not change the number. */
    private static boolean isTrailingNoun(String s, int from, Unit unit) {
        if (unit == null || unit.dimension() != Dimension.COUNT || s.length() - from > MAX_TRAILING_NOUN) return false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '\u4E00' || c > '\u9FFF' || MODIFIERS.indexOf(c) >= 0) return false;
        }
        return true;
    }

    /** A decimal number as written: optional sign, digits with optional thousands separators, optional fraction. */
    private record Figure(BigDecimal amount, int end) {
        static Figure scan(String s, int from) {
            int n = s.length();
            int i = from;
            boolean negative = false;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) negative = s.charAt(i++) == '-';
            int intStart = i;
            while (i < n && isDigit(s.charAt(i))) i++;
            int groupLength = i - intStart;
            if (groupLength == 0) return null;
            boolean grouped = false;
            // "1,307" or "1,234,567": a comma followed by exactly three digits, the first group at most three long
            while (i + 3 < n && s.charAt(i) == ',' && (grouped || groupLength <= 3)
                    && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3))
                    && (i + 4 >= n || !isDigit(s.charAt(i + 4)))) {
                grouped = true;
                i += 4;
            }
            int fractionStart = -1;
            if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
                fractionStart = ++i;
                while (i < n && isDigit(s.charAt(i))) i++;
            }
            int end = i;
            int scale = fractionStart < 0 ? 0 : end - fractionStart;
            int digits = end - intStart;
            if (digits > MAX_DIGITS) return null;
            if (digits <= 18) { // fast path: fits a long, no String is built
                long unscaled = 0;
                for (int k = intStart; k < end; k++) {
                    char c = s.charAt(k);
                    if (isDigit(c)) unscaled = unscaled * 10 + (c - '0');
                }
                return new Figure(BigDecimal.valueOf(negative ? -unscaled : unscaled, scale), end);
            }
            StringBuilder plain = new StringBuilder(digits + 1);
            if (negative) plain.append('-');
            for (int k = intStart; k < end; k++) if (s.charAt(k) != ',') plain.append(s.charAt(k));
            return new Figure(new BigDecimal(plain.toString()), end);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }

    // ---- events that did not occur ------------------------------------------------------------------------------

    private static final String[] NOT_OCCURRED = {"未发生", "没有发生", "未出现", "没有出现"};
    private static final String[] INCIDENTS = {"事件", "事故", "案件", "事项", "问题", "情况", "现象", "行为", "投诉", "案例"};
    /** How far the scope may stand before the verb: "本市", "医保信息系统". */
    private static final int MAX_SCOPE = 10;
    private static final int MAX_EVENT_TEXT = 60;

    /** "本市未发生医保信息系统重大安全事件", "未发生", "全年无重大安全事故发生": one clause, no figures. */
    private static boolean notOccurred(String s) {
        int n = s.length();
        if (n > MAX_EVENT_TEXT) return false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || isSentenceBreak(c)) return false;
        }
        for (String verb : NOT_OCCURRED) {
            int at = s.indexOf(verb);
            if (at >= 0 && at <= MAX_SCOPE) {
                int restStart = at + verb.length();
                return restStart == n || endsWithIncident(s, restStart, n);
            }
        }
        int none = s.indexOf('无');
        if (none < 0 || none > MAX_SCOPE) return false;
        int end = s.endsWith("发生") ? n - 2 : n;
        return end - (none + 1) >= 2 && endsWithIncident(s, none + 1, end);
    }

    private static boolean endsWithIncident(String s, int from, int end) {
        for (String noun : INCIDENTS) {
            if (end - from >= noun.length() && s.startsWith(noun, end - noun.length())) return true;
        }
        return false;
    }

    private static boolean isSentenceBreak(char c) {
        return c == '。' || c == ',' || c == '，' || c == ';' || c == '；' || c == ':' || c == '\n' || c == '!'
                || c == '?' || c == '！' || c == '？';
    }

    private static boolean hasSentenceBreak(String s) {
        for (int i = 0; i < s.length(); i++) if (isSentenceBreak(s.charAt(i))) return true;
        return false;
    }

    // ---- labelled parts -----------------------------------------------------------------------------------------

    private static final String PART_SEPARATORS = "/、;；\n|";
    private static final int MAX_MULTI_PART_TEXT = 160;
    private static final int MAX_LABEL = 16;

    /** "职工≥80% / 居民≥55%": at least two parts, each a label followed by a quantity. */
    private static Value multiPart(String raw, String s) {
        int n = s.length();
        if (n > MAX_MULTI_PART_TEXT || !hasSeparator(s)) return null; // one part at most: none
        List<Value.Part> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            int unitEnd = i < n && s.charAt(i) == '/' ? compoundUnitEnd(s, i, start) : -1;
            if (unitEnd > i) { // "元/人/年" is a unit, not two parts
                i = unitEnd - 1;
                continue;
            }
            if (i == n || PART_SEPARATORS.indexOf(s.charAt(i)) >= 0) {
                if (i > start) {
                    Value.Part part = labelledPart(s.substring(start, i));
                    if (part == null) return null;
                    parts.add(part);
                }
                start = i + 1;
            }
        }
        return parts.size() >= 2 ? new Value.MultiPart(raw, parts) : null;
    }

    private static boolean hasSeparator(String s) {
        for (int i = 0; i < s.length(); i++) if (PART_SEPARATORS.indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    /** Where a compound unit that spans the slash at {@code slash} ends ("610元/人/年"), or -1. */
    private static int compoundUnitEnd(String s, int slash, int partStart) {
        for (int j = Math.max(partStart, slash - 3); j < slash; j++) {
            Unit u = Units.longestAt(s, j);
            if (u != null && j + u.symbol().length() > slash) return j + u.symbol().length();
        }
        return -1;
    }

    /** The shortest label after which the rest reads as a quantity; the part's raw is its normalised text. */
    private static Value.Part labelledPart(String part) {
        int limit = Math.min(part.length() - 1, MAX_LABEL);
        for (int i = 1; i <= limit; i++) {
            char c = part.charAt(i - 1);
            if (c >= '0' && c <= '9' || "≥≤<>=%.+-~".indexOf(c) >= 0) return null;
            Value value = quantitative(part, i, null);
            if (value != null) {
                String label = part.substring(0, i);
                if (label.endsWith(":")) label = label.substring(0, label.length() - 1);
                return label.isEmpty() ? null : new Value.Part(label, value);
            }
        }
        return null;
    }

    // ---- one labelled quantity -----------------------------------------------------------------------------------

    /**
     * Characters a single label may not hold, because they change what the number means: negation (未完成率5%),
     * approximation (约95%, 近300次), a comparison with another base (较上年提高5%, 同比增长), a rate per something
     * (每亩300) and Chinese numerals (一个季度…共4次: a second number).
     */
    private static final String LABEL_STOPS = "未不无没非否约近余左右概估比较每一二三四五六七八九十两零〇半";

    /**
     * "增长率288.15%": a plain label (Chinese characters only, at most {@value #MAX_LABEL}, optionally ending in a colon)
     * then one quantity that carries a unit. Null for anything else — a bare number after a label ("每亩300"), a second
     * number, a sentence break, a label that negates or approximates — so that nothing is read that was not written.
     */
    private static Value labelled(String raw, String s) {
        int limit = Math.min(s.length() - 1, MAX_LABEL + 1);
        for (int i = 1; i <= limit; i++) {
            char c = s.charAt(i - 1);
            boolean colon = c == ':' && i > 1;
            if (!colon && (c < '\u4E00' || c > '\u9FFF' || LABEL_STOPS.indexOf(c) >= 0)) return null;
            if (!colon && i > MAX_LABEL) return null;
            Value value = quantitative(s, i, raw);
            if (value != null) return hasUnit(value) && !holdsComparatorWord(s, i) ? value : null;
            if (colon) return null;
        }
        return null;
    }

    /** "超过90%以下": a comparator word is not a label. */
    private static boolean holdsComparatorWord(String s, int labelEnd) {
        for (String p : PREFIXES) {
            int at = p.length() > 1 ? s.indexOf(p) : -1; // (its first place: a later one ends later)
            if (at >= 0 && at + p.length() <= labelEnd) return true;
        }
        return false;
    }

    private static boolean hasUnit(Value value) {
        return switch (value) {
            case Value.Measured m -> unit(m.quantity().unit());
            case Value.Bound b -> unit(b.quantity().unit());
            case Value.Range r -> unit(r.min().unit()) && unit(r.max().unit());
            default -> false;
        };
    }

    /** Whether u is not NONE (the grammar's bare numbers are NONE itself: tested first, before the record's equals). */
    private static boolean unit(Unit u) {
        return u != Unit.NONE && !u.equals(Unit.NONE);
    }

    // ---- describe -----------------------------------------------------------------------------------------------

    /** A short bilingual reading for the UI's "parsed reading", e.g. "≥ 4 次 (下限 / lower bound)". */
    public static String describe(Value value) {
        return core(value) + " (" + kind(value) + ")";
    }

    /**
     * The reading in one language (a page shows one): "≥ 4 次（下限）" or "≥ 4 次 (lower bound)"; the words of our own
     * (free text, blank, did not occur, a grade) in that language, the figures and units as written.
     */
    public static String describe(Value value, boolean english) {
        String kind = kind(value);
        int slash = kind.indexOf(" / ");
        String core = english ? coreEnglish(value) : core(value);
        if (slash < 0) return english && !(value instanceof Value.Blank) ? core + " (" + kind + ")" : core;
        return english ? core + " (" + kind.substring(slash + 3) + ")" : core + "（" + kind.substring(0, slash) + "）";
    }

    private static String coreEnglish(Value value) {
        return switch (value) {
            case Value.Blank b -> "blank";
            case Value.Qualitative q -> q.grade() == null ? q.phrase() : q.grade().english();
            case Value.MultiPart mp -> mp.parts().stream()
                    .map(p -> p.label() + " " + coreEnglish(p.value()))
                    .collect(Collectors.joining("; "));
            case Value.NotOccurred n -> "did not occur";
            case Value.FreeText f -> "free text";
            default -> core(value);
        };
    }

    private static String core(Value value) {
        return switch (value) {
            case Value.Blank b -> "空";
            case Value.Measured m -> text(m.quantity());
            case Value.Bound b -> b.comparator().symbol() + " " + text(b.quantity());
            case Value.Range r -> text(r.min()) + " – " + text(r.max());
            case Value.Qualitative q -> q.grade() == null ? q.phrase() : q.grade().label();
            case Value.MultiPart mp -> mp.parts().stream()
                    .map(p -> p.label() + " " + core(p.value()))
                    .collect(Collectors.joining("; "));
            case Value.NotOccurred n -> "未发生，视为达成";
            case Value.FreeText f -> "文字说明";
        };
    }

    private static String kind(Value value) {
        return switch (value) {
            case Value.Blank b -> "blank";
            case Value.Measured m -> "数值 / measured value";
            case Value.Bound b -> switch (b.comparator()) {
                case GE -> "下限 / lower bound";
                case GT -> "下限，不含 / lower bound, exclusive";
                case EQ -> "等于 / exactly";
                case LE -> "上限 / upper bound";
                case LT -> "上限，不含 / upper bound, exclusive";
            };
            case Value.Range r -> "区间 / range";
            case Value.Qualitative q -> q.grade() == null ? "定性 / qualitative" : "定性等级 / grade: " + q.grade().english();
            case Value.MultiPart mp -> "分项 / labelled parts";
            case Value.NotOccurred n -> "did not occur, counts as met";
            case Value.FreeText f -> "需人工判断 / free text for the reviewer";
        };
    }

    private static String text(Quantity q) {
        String amount = q.amount().toPlainString();
        return q.unit().symbol().isEmpty() ? amount : amount + " " + q.unit().symbol();
    }
}
