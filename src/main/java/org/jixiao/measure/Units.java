package org.jixiao.measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The units the value grammar recognises (RULES §6.2), in one table so the list is easy to extend.
 * Conversions are given where they are meaningful: money to 元, durations to 分钟 (1天 = 24小时,
 * 1月 = 30天, 1年 = 12月 = 360天 so that years and months stay exact multiples of each other), rates to %.
 * Counted things (次, 家, 人次 …) are each their own unit; a 万/亿 prefix scales the same noun (万人次 = 10⁴ 人次).
 * 工作日 never converts to calendar time.
 */
public final class Units {
    private Units() {}

    public static final Unit YUAN = money("元", "1");
    public static final Unit TEN_THOUSAND_YUAN = money("万元", "10000");
    public static final Unit HUNDRED_MILLION_YUAN = money("亿元", "100000000");

    public static final Unit PERCENT = rate("%", "1");
    public static final Unit PERCENT_WORD = rate("百分比", "1");
    public static final Unit PER_MILLE = rate("‰", "0.1");
    /** 个百分点: a difference of rates, on the same scale as %. */
    public static final Unit PERCENTAGE_POINT = rate("个百分点", "1");

    public static final Unit MINUTE = duration("分钟", "1");
    public static final Unit HOUR = duration("小时", "60");
    public static final Unit DAY = duration("天", "1440");
    public static final Unit WEEK = duration("周", "10080");
    public static final Unit MONTH = duration("月", "43200");
    public static final Unit MONTHS = duration("个月", "43200");
    public static final Unit YEAR = duration("年", "518400");

    public static final Unit WORKDAY = new Unit("工作日", Dimension.WORKDAY, BigDecimal.ONE);
    public static final Unit WORKDAYS = new Unit("个工作日", Dimension.WORKDAY, BigDecimal.ONE);

    public static final Unit SCORE = new Unit("分", Dimension.SCORE, BigDecimal.ONE);

    /** Counted nouns (量词 and counted things); each is its own unit. Extend here. */
    static final List<String> COUNT_NOUNS = List.of(
            "次", "场", "场次", "期", "篇", "条", "件", "项", "个", "家", "所", "户", "人", "人次", "名", "例", "例次",
            "批", "批次", "台", "套", "份", "本", "册", "张", "处", "座", "辆", "床", "间", "支", "起", "类", "种",
            "轮", "个次", "家次", "户次", "笔", "单", "部", "门", "节", "课时", "期次", "宗", "栋", "幢", "块", "车次", "艘");

    /** Time words that may stand in a denominator (元/人·月, 人次/年), in 分钟 like the durations. */
    private static final Map<String, BigDecimal> TIME_DENOMINATORS = Map.of(
            "年", new BigDecimal("518400"), "月", new BigDecimal("43200"), "个月", new BigDecimal("43200"),
            "季度", new BigDecimal("129600"), "周", new BigDecimal("10080"), "天", new BigDecimal("1440"),
            "日", new BigDecimal("1440"), "小时", new BigDecimal("60"));
    /** Per-year is the base of a compound unit's time part, so every factor stays an exact decimal (1年 = 12月 = 360天). */
    private static final BigDecimal PER_YEAR = new BigDecimal("518400");
    /** What joins the parts of a denominator: 元/人·月, 元/人*月, 元/人/月, 元/人×月 are one unit. */
    private static final String DENOMINATOR_JOINS = "/·*×・•";
    private static final Map<Character, BigDecimal> MULTIPLIERS = Map.of(
            '万', new BigDecimal("10000"), '千', new BigDecimal("1000"), '百', new BigDecimal("100"),
            '亿', new BigDecimal("100000000"));

    private static final Map<String, Unit> BY_SYMBOL;
    /**
     * The units by their first two characters, for the scanner's longest match (asked after every number: no boxing, and
     * 万 begins fifty units): {@code FIRST_CHARS} sorted; for {@code FIRST_CHARS[k]}, {@code SINGLE[k]} the unit of that
     * character alone (or null), {@code SECOND_CHARS[k]} sorted and {@code BY_SECOND_CHAR[k][j]} the longer units whose
     * second character is {@code SECOND_CHARS[k][j]}, longest first.
     */
    private static final char[] FIRST_CHARS;
    private static final Unit[] SINGLE;
    private static final char[][] SECOND_CHARS;
    private static final Unit[][][] BY_SECOND_CHAR;

    static {
        Map<String, Unit> all = new LinkedHashMap<>();
        for (Unit u : List.of(YUAN, TEN_THOUSAND_YUAN, HUNDRED_MILLION_YUAN, money("千元", "1000"),
                PERCENT, PERCENT_WORD, PER_MILLE, PERCENTAGE_POINT, rate("百分点", "1"),
                MINUTE, HOUR, duration("个小时", "60"), DAY, duration("日", "1440"), WEEK, duration("个星期", "10080"),
                MONTH, MONTHS, YEAR, WORKDAY, WORKDAYS, SCORE)) {
            all.put(u.symbol(), u);
        }
        for (String noun : COUNT_NOUNS) {
            all.putIfAbsent(noun, new Unit(noun, Dimension.COUNT, BigDecimal.ONE));
            all.putIfAbsent("万" + noun, new Unit("万" + noun, Dimension.COUNT, new BigDecimal("10000")));
            all.putIfAbsent("亿" + noun, new Unit("亿" + noun, Dimension.COUNT, new BigDecimal("100000000")));
        }
        BY_SYMBOL = Map.copyOf(all);
        Map<Character, List<Unit>> grouped = new HashMap<>();
        for (Unit u : all.values()) grouped.computeIfAbsent(u.symbol().charAt(0), c -> new ArrayList<>()).add(u);
        int firsts = grouped.size();
        FIRST_CHARS = new char[firsts];
        SINGLE = new Unit[firsts];
        SECOND_CHARS = new char[firsts][];
        BY_SECOND_CHAR = new Unit[firsts][][];
        int k = 0;
        for (char c : new java.util.TreeSet<>(grouped.keySet())) {
            FIRST_CHARS[k] = c;
            java.util.TreeMap<Character, List<Unit>> bySecond = new java.util.TreeMap<>();
            for (Unit u : grouped.get(c)) {
                if (u.symbol().length() == 1) SINGLE[k] = u;
                else bySecond.computeIfAbsent(u.symbol().charAt(1), x -> new ArrayList<>()).add(u);
            }
            SECOND_CHARS[k] = new char[bySecond.size()];
            BY_SECOND_CHAR[k] = new Unit[bySecond.size()][];
            int j = 0;
            for (var e : bySecond.entrySet()) {
                Unit[] sorted = e.getValue().toArray(Unit[]::new);
                Arrays.sort(sorted, Comparator.comparingInt((Unit u) -> u.symbol().length()).reversed());
                SECOND_CHARS[k][j] = e.getKey();
                BY_SECOND_CHAR[k][j++] = sorted;
            }
            k++;
        }
    }

    /** The unit written as {@code symbol} ("万元", "个月", "元/人·月"; "％" is not normalised here: use "%"). */
    public static Optional<Unit> of(String symbol) {
        Unit simple = BY_SYMBOL.get(symbol);
        if (simple != null || symbol == null || symbol.isEmpty()) return Optional.ofNullable(simple);
        Unit compound = longestAt(symbol, 0);
        return compound != null && compound.symbol().length() == symbol.length() ? Optional.of(compound) : Optional.empty();
    }

    /**
     * How the reader of published tables (publish.parse) may meet a unit word. Every unit lives in this class: the
     * value grammar's units above, and the words of land, water and farm tables the grammar does not convert (亩, 公顷,
     * 立方米, 吨, 千瓦, 株 …), each with the one property the readers ask.
     */
    public enum Reading {
        /**
         * Read where it is written glued after a number, in running text and in a cell (3次, ≥128.6万亩, 95%, 386.5万元),
         * and a unit cell on its own.
         */
        AFTER_NUMBER,
        /**
         * A unit cell on its own only (a 度量单位 column): a character that begins common words (组织, 只有, 头, 部门,
         * 门诊, 单位, 支出, 类别, 起草, 种植, 节约, 处理, 座谈, 间隔 …) or a multiple the scanner has not needed, so a
         * number before such a word is not read as a quantity with it.
         */
        CELL
    }

    /** The reading of each unit word the published-table reader knows (the value grammar's other units are CELL). */
    private static final Map<String, Reading> READING = new HashMap<>();
    static {
        for (String s : List.of("个工作日", "工作日", "万人次", "人次", "户次", "家次", "批次", "个月", "分钟", "小时", "万元", "亿元",
                "元/人/年", "元/人", "百分比", "万人", "万例", "万条", "%", "％", "‰", "次", "场", "期", "篇", "条", "件", "项", "个",
                "家", "所", "户", "人", "例", "台", "套", "元", "天", "日", "月", "年", "分", "周", "秒", "份", "本", "册", "张",
                "名")) READING.put(s, Reading.AFTER_NUMBER);
        // areas, lengths, volumes, weights and power of land, water and farm tables (a 度量单位 cell of 平方公里 read as a
        // name shifted its row, h25); not converted by the value grammar
        for (String s : List.of("亩", "万亩", "公顷", "万公顷", "平方米", "万平方米", "平方公里", "平方千米", "立方米", "万立方米",
                "吨", "万吨", "千瓦", "万千瓦", "公里", "km", "厘米")) READING.put(s, Reading.AFTER_NUMBER);
        // pages of an archive (≥120万页, h78) and fry released (3000万尾, h93): a glued row whose target or actual ends in
        // a unit the reader does not know stays in its name
        for (String s : List.of("页", "万页", "万尾")) READING.put(s, Reading.AFTER_NUMBER);
        // archive volumes (≥20万卷, h178), air quality (≤42微克/立方米, h179), and the hour and minute of a traditional page,
        // which the fold leaves as written where the simplified form stands in the same region (≤24小時, h180)
        for (String s : List.of("卷", "万卷", "微克/立方米", "毫克/立方米", "毫克/升", "小時", "分鐘")) READING.put(s, Reading.AFTER_NUMBER);
        // vehicles (≥600辆 营运柴油货车, h179); cases and transactions (≥2000宗, h109: 宗教 never follows a number); livestock
        // and poultry counted in 万 (≥18万头: 头 alone begins words, 万头 does not)
        for (String s : List.of("辆", "宗", "万头", "万只", "万羽")) READING.put(s, Reading.AFTER_NUMBER);
        // an archive's scanned frames (≥120万画幅, h198) and an old book's leaves (1500叶, h202)
        for (String s : List.of("画幅", "万画幅", "叶")) READING.put(s, Reading.AFTER_NUMBER);
        // buildings (≥310栋, ≥120幢, h210), plots (≥12块) and vehicle trips (≥300车次, h215)
        for (String s : List.of("栋", "幢", "块", "车次")) READING.put(s, Reading.AFTER_NUMBER);
        // boats (≥30艘, h223) and an artificial reef's volume in 空方 (≥2万空方, h223): glued, each stayed in the row's name
        for (String s : List.of("艘", "空方")) READING.put(s, Reading.AFTER_NUMBER);
        for (String s : List.of("米", "千米", "株", "万株", "组", "头", "只", "羽", "棵")) READING.put(s, Reading.CELL);
    }

    /** The unit words read after a number ({@link Reading#AFTER_NUMBER}), longest first so that 个工作日 wins over 个. */
    private static final List<String> AFTER_NUMBER = READING.entrySet().stream().filter(e -> e.getValue() == Reading.AFTER_NUMBER)
            .map(Map.Entry::getKey).sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList();
    /** Those words by first character ({@code char → words}, longest first), for the scanner's look-up at every character. */
    private static final Map<Character, String[]> AFTER_NUMBER_BY_FIRST = byFirst(AFTER_NUMBER);
    /** A bit per first character of any unit a cell may hold alone: most cells begin with none, and are answered at once. */
    private static final long[] CELL_FIRSTS = new long[0x10000 / 64];
    /** Every unit word the reader knows ({@link #READING}) by first character: {@link #anyUnitEnd} asks at every value's end. */
    private static final Map<Character, String[]> READING_BY_FIRST = byFirst(READING.keySet());
    static {
        for (String u : READING.keySet()) CELL_FIRSTS[u.charAt(0) >>> 6] |= 1L << u.charAt(0);
        for (String u : BY_SYMBOL.keySet()) CELL_FIRSTS[u.charAt(0) >>> 6] |= 1L << u.charAt(0);
    }

    /** {@code words} by first character, each group in {@code words}' order. */
    private static Map<Character, String[]> byFirst(Collection<String> words) {
        Map<Character, String[]> out = new HashMap<>();
        for (String w : words) out.merge(w.charAt(0), new String[] {w}, (a, b) -> {
            String[] c = Arrays.copyOf(a, a.length + 1);
            c[a.length] = b[0];
            return c;
        });
        return out;
    }

    /**
     * Whether {@code c} scales the number it follows (3.45万亩, 1.2亿元): 万 and 亿, and the traditional 萬 and 億, which the
     * reader's fold of traditional script leaves as written outside its vocabulary's words (≥1.2萬噸, ≥1.2萬人次: h81, h97).
     */
    public static boolean multiplier(char c) {
        return c == '万' || c == '亿' || c == '萬' || c == '億';
    }

    /** The unit words the reader reads glued after a number, longest first. */
    public static List<String> afterNumber() {
        return AFTER_NUMBER;
    }

    /** Whether {@code s} is a unit word read glued after a number. */
    public static boolean readAfterNumber(String s) {
        return READING.get(s) == Reading.AFTER_NUMBER;
    }

    /** The end of the longest unit word read after a number written at {@code i} in {@code s}, or {@code i} when none is. */
    public static int afterNumberEnd(String s, int i) {
        if (i >= s.length() || (CELL_FIRSTS[s.charAt(i) >>> 6] & 1L << s.charAt(i)) == 0) return i; // most characters begin none
        String[] words = AFTER_NUMBER_BY_FIRST.get(s.charAt(i));
        if (words != null) for (String u : words) if (s.startsWith(u, i)) return i + u.length();
        return i;
    }

    /**
     * The end of the longest unit written at {@code i} of any reading — a word the reader knows, or a unit of the value
     * grammar, simple or compound (0起, 8座, 2000元/人·年) — or {@code i} when none is. For a value that ends its cell,
     * where no next word can begin with the unit's character (within a run of text, {@link #afterNumberEnd}).
     */
    public static int anyUnitEnd(String s, int i) {
        if (i >= s.length() || (CELL_FIRSTS[s.charAt(i) >>> 6] & 1L << s.charAt(i)) == 0) return i;
        int end = afterNumberEnd(s, i);
        Unit u = longestAt(s, i);
        if (u != null) end = Math.max(end, i + u.symbol().length());
        String[] words = READING_BY_FIRST.get(s.charAt(i)); // (a word written at i begins with s[i]: the others never match)
        if (words != null) for (String w : words) if (w.length() > end - i && s.startsWith(w, i)) end = i + w.length();
        return end;
    }

    /**
     * Whether a cell holding {@code s} alone is a unit cell (度量单位): a unit word the reader knows, or any unit of the
     * value grammar, simple or compound (元/人·月 begins with a simple one, so a cell beginning with no unit's first
     * character is answered at once: this is asked of every cell).
     */
    public static boolean unitCell(String s) {
        if (s.isEmpty() || (CELL_FIRSTS[s.charAt(0) >>> 6] & 1L << s.charAt(0)) == 0) return false;
        return READING.containsKey(s) || of(s).isPresent();
    }

    /** The reading of a unit word the reader knows by name, or null (the value grammar's units are unit cells too). */
    public static Reading reading(String s) {
        return READING.get(s);
    }

    /** Every known unit, for documentation and tests. */
    public static List<Unit> all() {
        return List.copyOf(BY_SYMBOL.values());
    }

    /**
     * The longest unit written at {@code from} in {@code text}, or null. A money or count unit followed by
     * "/" and a denominator (人, 户, 万人, 年, 月, joined by · * × or /) is one compound unit: 元/人·月, 人次/年, 个/万人.
     */
    static Unit longestAt(String text, int from) {
        Unit base = simpleAt(text, from);
        if (base == null) return null;
        if (base.dimension() != Dimension.MONEY && base.dimension() != Dimension.COUNT) return base;
        Unit compound = compoundAt(text, from, base);
        return compound != null ? compound : base;
    }

    private static Unit simpleAt(String text, int from) {
        if (from >= text.length()) return null;
        int k = Arrays.binarySearch(FIRST_CHARS, text.charAt(from));
        if (k < 0) return null;
        int j = from + 1 < text.length() ? Arrays.binarySearch(SECOND_CHARS[k], text.charAt(from + 1)) : -1;
        if (j >= 0) for (Unit u : BY_SECOND_CHAR[k][j]) if (text.startsWith(u.symbol(), from)) return u;
        return SINGLE[k]; // (a longer one would have begun with these two characters)
    }

    /** One part of a denominator: what it is per (a counted noun or TIME), and its factor. */
    private record Per(String key, int length, BigDecimal factor, boolean time) {}

    /** The first characters of the time words and the counted nouns: where a denominator's part can begin. */
    private static final String PER_FIRSTS = perFirsts();

    private static String perFirsts() {
        StringBuilder sb = new StringBuilder();
        for (String w : TIME_DENOMINATORS.keySet()) if (sb.indexOf(w.substring(0, 1)) < 0) sb.append(w.charAt(0));
        for (String w : COUNT_NOUNS) if (sb.indexOf(w.substring(0, 1)) < 0) sb.append(w.charAt(0));
        return sb.toString();
    }

    private static Per perAt(String text, int i) {
        if (i >= text.length()) return null;
        BigDecimal multiplier = MULTIPLIERS.get(text.charAt(i));
        int start = multiplier == null ? i : i + 1;
        // (asked after every money or count unit followed by a slash, of every value: a character that begins no time
        // word and no counted noun is answered without trying each)
        if (start >= text.length() || PER_FIRSTS.indexOf(text.charAt(start)) < 0) return null;
        String best = null;
        for (String t : TIME_DENOMINATORS.keySet()) {
            if (text.startsWith(t, start) && (best == null || t.length() > best.length())) best = t;
        }
        if (best != null && multiplier == null) return new Per("TIME", best.length(), TIME_DENOMINATORS.get(best), true);
        String noun = null;
        for (String n : COUNT_NOUNS) {
            if (text.startsWith(n, start) && (noun == null || n.length() > noun.length())) noun = n;
        }
        if (noun == null) return null;
        return new Per(noun, start - i + noun.length(), multiplier == null ? BigDecimal.ONE : multiplier, false);
    }

    /**
     * The compound units read so far by symbol: the symbol (base and denominators as written, joins as ·) decides the
     * unit, and its factor's divisions at 34 digits are the costly part of reading a value such as 610元/人/年.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Unit> COMPOUNDS = new java.util.concurrent.ConcurrentHashMap<>();
    /** The cache holds at most this many symbols (a text of random denominators cannot grow it without end). */
    private static final int MAX_COMPOUNDS = 4096;

    /** base "/" per [join per]…, or null when no denominator follows. */
    private static Unit compoundAt(String text, int from, Unit base) {
        int i = from + base.symbol().length();
        if (i >= text.length() || text.charAt(i) != '/') return null;
        i++;
        List<Per> pers = new ArrayList<>(2);
        StringBuilder symbol = new StringBuilder(base.symbol()).append('/');
        Per per = perAt(text, i);
        while (per != null) {
            symbol.append(text, i, i + per.length());
            pers.add(per);
            i += per.length();
            Per next = perAt(text, i); // 人年: parts side by side
            if (next == null && i + 1 < text.length() && DENOMINATOR_JOINS.indexOf(text.charAt(i)) >= 0) {
                next = perAt(text, i + 1);
                if (next != null) {
                    symbol.append('·');
                    i++;
                }
            }
            per = next;
        }
        if (pers.isEmpty()) return null;
        String key = symbol.toString();
        Unit known = COMPOUNDS.get(key);
        if (known != null) return known;
        BigDecimal toBase = base.toBase();
        boolean anyCount = false;
        for (Per p : pers) {
            // per month is 12 × per year; per 万人 is 1/10⁴ per 人: the base is "per year, per one"
            toBase = p.time() ? toBase.multiply(PER_YEAR).divide(p.factor(), MathContext.DECIMAL128)
                    : toBase.divide(p.factor(), MathContext.DECIMAL128);
            anyCount |= !p.time();
        }
        Dimension dimension = base.dimension() == Dimension.COUNT && !anyCount ? Dimension.COUNT : Dimension.PER_CAPITA;
        Unit unit = new Unit(key, dimension, toBase.stripTrailingZeros());
        if (COMPOUNDS.size() < MAX_COMPOUNDS) COMPOUNDS.putIfAbsent(key, unit);
        return unit;
    }

    /**
     * What a unit must share with another to convert: the counted noun (or "元" for money) and what it is per,
     * without 万/亿 multipliers and with every time word as TIME: 元/人·月 ~ 万元/人·年, 个/万人 ~ 个/人, 次 ≁ 家.
     */
    static String compatibilityKey(Unit unit) {
        String symbol = unit.symbol();
        int slash = symbol.indexOf('/');
        String numerator = slash < 0 ? symbol : symbol.substring(0, slash);
        Unit base = BY_SYMBOL.get(numerator);
        String head = base != null && base.dimension() == Dimension.MONEY ? "元" : countedNoun(numerator);
        if (slash < 0) return head;
        List<String> keys = new ArrayList<>();
        int i = slash + 1;
        while (i < symbol.length()) {
            Per per = perAt(symbol, i);
            if (per == null) return symbol; // not a denominator we built: only the same text converts
            keys.add(per.key());
            i += per.length();
            if (i < symbol.length() && DENOMINATOR_JOINS.indexOf(symbol.charAt(i)) >= 0) i++;
        }
        keys.sort(null);
        return head + "/" + String.join("·", keys);
    }

    /** The counted noun of a count unit without its 万/亿 multiplier: 万人次 → 人次. */
    static String countedNoun(String symbol) {
        return symbol.length() > 1 && (symbol.charAt(0) == '万' || symbol.charAt(0) == '亿') ? symbol.substring(1) : symbol;
    }


    private static Unit money(String symbol, String toBase) {
        return new Unit(symbol, Dimension.MONEY, new BigDecimal(toBase));
    }

    private static Unit rate(String symbol, String toBase) {
        return new Unit(symbol, Dimension.RATE, new BigDecimal(toBase));
    }

    private static Unit duration(String symbol, String toBase) {
        return new Unit(symbol, Dimension.DURATION, new BigDecimal(toBase));
    }
    /**
     * An amount of money as a table cell writes it — "387664.62", "1,234.5", "30万元", "3359.62万", "1.2亿元" — in the
     * money unit the cell names (万 alone is 万元, 亿 alone 亿元), else in {@code bare}, the unit its header gives; converted
     * to {@code target}. Empty when the cell is not one amount (a dash, words, a percentage, another unit). The one
     * place a table's money is read, by the text reader and the xlsx reader alike.
     */
    public static Optional<BigDecimal> money(String cell, Unit bare, Unit target) {
        if (cell == null) return Optional.empty();
        String s = cell.strip();
        // the figure: digits and points, its thousands separators (, ，) left out; read without building a string when
        // it fits a long (asked of every cell of every budget row)
        int end = 0, digits = 0, points = 0, firstKept = -1, lastKept = -1, scale = 0;
        long unscaled = 0;
        for (; end < s.length(); end++) {
            char c = s.charAt(end);
            if (c == ',' || c == '，') continue;
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (points > 0) scale++;
            } else if (c == '.') points++;
            else break;
            if (firstKept < 0) firstKept = end;
            lastKept = end;
        }
        if (firstKept < 0 || s.charAt(firstKept) == '.' || s.charAt(lastKept) == '.') return Optional.empty();
        String symbol = end == s.length() ? "" : s.substring(end).strip();
        Unit unit = symbol.isEmpty() ? bare : symbol.equals("万") ? TEN_THOUSAND_YUAN : symbol.equals("亿") ? HUNDRED_MILLION_YUAN
                : BY_SYMBOL.get(symbol);
        if (unit == null || unit.dimension() != Dimension.MONEY || target.dimension() != Dimension.MONEY) return Optional.empty();
        if (points > 1) return Optional.empty(); // 1.2.3: no number
        BigDecimal amount;
        if (digits <= 18) amount = BigDecimal.valueOf(unscaled, scale);
        else {
            StringBuilder plain = new StringBuilder(end);
            for (int i = 0; i < end; i++) if (s.charAt(i) != ',' && s.charAt(i) != '，') plain.append(s.charAt(i));
            amount = new BigDecimal(plain.toString());
        }
        if (unit.toBase().compareTo(target.toBase()) == 0) return Optional.of(amount);
        return Optional.of(plain(amount.multiply(unit.toBase()).divide(target.toBase(), MathContext.DECIMAL64)));
    }

    /**
     * {@code v} without trailing zeros, and never in exponent form: 3600000 元 in 万元 is 360, not 3.6E+2 (which a
     * page, a JSON file and an export would print as written).
     */
    public static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
