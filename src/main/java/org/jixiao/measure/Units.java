package org.jixiao.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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
            "轮", "个次", "家次", "户次", "笔", "单", "部", "门", "节", "课时", "期次");

    /** Per-capita denominators after 元 or 万元: 元/人, 元/人/年 … (RELATIVE values). */
    static final List<String> PER_CAPITA_DENOMINATORS = List.of("/人", "/人/年", "/人·年", "/人年", "/年/人", "/人次");

    private static final Map<String, Unit> BY_SYMBOL;
    /** Candidates per first character, longest symbol first, for the scanner's longest match. */
    private static final Map<Character, Unit[]> BY_FIRST_CHAR;

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
        for (Unit money : List.of(YUAN, TEN_THOUSAND_YUAN)) {
            for (String per : PER_CAPITA_DENOMINATORS) {
                all.put(money.symbol() + per, new Unit(money.symbol() + per, Dimension.PER_CAPITA, money.toBase()));
            }
        }
        BY_SYMBOL = Map.copyOf(all);
        Map<Character, List<Unit>> grouped = new HashMap<>();
        for (Unit u : all.values()) grouped.computeIfAbsent(u.symbol().charAt(0), c -> new ArrayList<>()).add(u);
        Map<Character, Unit[]> byFirst = new HashMap<>();
        grouped.forEach((c, units) -> {
            Unit[] sorted = units.toArray(Unit[]::new);
            Arrays.sort(sorted, Comparator.comparingInt((Unit u) -> u.symbol().length()).reversed());
            byFirst.put(c, sorted);
        });
        BY_FIRST_CHAR = Map.copyOf(byFirst);
    }

    /** The unit written as {@code symbol} ("万元", "个月", "％" is not normalised here: use "%"). */
    public static Optional<Unit> of(String symbol) {
        return Optional.ofNullable(BY_SYMBOL.get(symbol));
    }

    /** Every known unit, for documentation and tests. */
    public static List<Unit> all() {
        return List.copyOf(BY_SYMBOL.values());
    }

    /** The longest unit written at {@code from} in {@code text}, or null. */
    static Unit longestAt(String text, int from) {
        if (from >= text.length()) return null;
        Unit[] candidates = BY_FIRST_CHAR.get(text.charAt(from));
        if (candidates == null) return null;
        for (Unit u : candidates) {
            if (text.startsWith(u.symbol(), from)) return u;
        }
        return null;
    }

    /** The counted noun of a count unit without its 万/亿 multiplier: 万人次 → 人次. */
    static String countedNoun(String symbol) {
        return symbol.length() > 1 && (symbol.charAt(0) == '万' || symbol.charAt(0) == '亿') ? symbol.substring(1) : symbol;
    }

    /** What a per-capita unit is per: 元/人/年 → /人/年. */
    static String perWhat(String symbol) {
        int slash = symbol.indexOf('/');
        return slash < 0 ? "" : symbol.substring(slash);
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
}
