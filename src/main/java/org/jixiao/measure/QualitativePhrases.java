package org.jixiao.measure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dictionary of qualitative target/actual phrases (RULES §6.3) and the grade vocabulary (§1.6).
 * It is data: add a phrase to {@link #PHRASES} and the grammar reads it as {@link Value.Qualitative}.
 * An entry ending in "…" matches every phrase that starts with it (the published tables cut long phrases).
 * Phrases never imply a grade; only the official grade strings and their short forms do.
 */
public final class QualitativePhrases {
    private QualitativePhrases() {}

    /** Observed in seeds and published pages. */
    public static final List<String> PHRASES = List.of(
            "逐步推开", "逐步扩大", "逐步提高", "逐步提升", "逐步完善", "有所提高", "有所提升", "有所改善", "显著提升",
            "显著提高", "明显提升", "明显提高", "明显增强", "明显改善", "全覆盖", "基本覆盖", "普遍知晓", "规定时限完成",
            "按时完成", "按期完成", "按时按要求落实和执行…", "根据预算安排", "根据国家要求落实", "根据需要进行动态调整",
            "应保尽保", "按月安排", "效果明显", "符合相关规定", "严格执行相关制度规定", "在项目计划完成时间内完成",
            "达成预期指标", "实时响应", "持续提升", "稳步提升", "优良中低差", "优", "良", "中", "低", "差");

    /**
     * The trend phrases officials write as qualitative targets, an adverb of manner and a verb of change (稳定增长,
     * 持续完善, 逐年提高, 有所提高): known as a class, so that a phrase not written down in {@link #PHRASES} is still told
     * from the indicator name it is glued to. The grammar does not read them (a trend phrase stays free text there).
     */
    private static final List<String> TREND_ADVERBS = List.of("进一步", "有所", "逐步", "逐年", "稳步", "稳定", "持续", "不断", "显著",
            "明显", "大幅", "有效", "保持", "基本", "全面", "较上年", "及时", "长期", "长效", "平稳", "总体", "同比", "按月", "按季");
    private static final List<String> TREND_VERBS = List.of("提高", "提升", "增长", "增加", "增强", "改善", "完善", "扩大", "加强", "降低",
            "减少", "下降", "缩短", "缩小", "优化", "健全", "巩固", "建立", "稳定", "恢复", "发挥", "落实", "增收", "支撑", "更新", "减轻",
            "遏制", "壮大", "有效", "实现", "控制", "保障", "防范", "缓解", "平抑", "深化", "向好", "浓厚", "运行", "发放", "拨付", "兑现");
    /**
     * Targets of another shape written in words (a span, an event that does not happen, a state reached, a level against
     * the province's): told from the name they are glued to like the trend phrases.
     */
    private static final List<String> TREND_FIXED = List.of("稳中有升", "稳中有降", "稳中向好", "建立健全", "健全完善", "长期", "中长期",
            "未发生", "已建立", "已更新", "基本达到", "达到预期", "基本达到预期", "收支平衡、略有结余", "收支平衡", "平稳可持续", "稳中有增", "长期稳定", "稳定运行",
            "即时办结", "影响明显", "低于全省平均水平", "高于全省平均水平", "持续发挥效益", "持续发挥作用", "收支平衡，略有结余", "不发生",
            "未超预算", "未超概算", "不超过预算", "不超过年度预算", "不超过批复概算", "专款专用", "按季拨付", "节前完成", "动态清零",
            "保持动态清零", "及时足量", "低于上年", "按中标价采购", "总体平稳", "AAAA级", "AAAA级以上", "发放完毕", "节前发放完毕",
            "春节前发放完毕");

    /**
     * The length of the qualitative target phrase {@code text} ends with, 0 if none: a phrase of {@link #PHRASES} of
     * three characters or more (a grade letter 优/良/中 ends too many names), or a trend phrase (adverb + verb of change).
     */
    public static int trailing(String text) {
        return text == null ? 0 : endingAt(text, text.length());
    }

    /** The whole phrases {@link #endingAt} knows (PHRASES of three characters or more, the fixed trend phrases) by last character. */
    private static final Map<Character, List<String>> WHOLE_BY_LAST = new HashMap<>();
    /** The verbs of change by last character. */
    private static final Map<Character, List<String>> VERBS_BY_LAST = new HashMap<>();
    /** A bit per last character of any of them: most characters end none, and are answered at once. */
    private static final long[] LAST_CHARS = new long[0x10000 / 64];
    static {
        List<String> whole = new java.util.ArrayList<>(TREND_FIXED);
        // a grade letter 优/良/中 ends too many names; a cut entry (…) is matched only from its start
        for (String p : PHRASES) if (p.length() >= 3 && !p.endsWith("…") && !p.equals("优良中低差")) whole.add(p);
        for (String p : whole) WHOLE_BY_LAST.computeIfAbsent(p.charAt(p.length() - 1), c -> new java.util.ArrayList<>()).add(p);
        for (String v : TREND_VERBS) VERBS_BY_LAST.computeIfAbsent(v.charAt(v.length() - 1), c -> new java.util.ArrayList<>()).add(v);
        for (Character c : WHOLE_BY_LAST.keySet()) LAST_CHARS[c >>> 6] |= 1L << c;
        for (Character c : VERBS_BY_LAST.keySet()) LAST_CHARS[c >>> 6] |= 1L << c;
    }

    /** The length of the qualitative target phrase that ends at {@code end} in {@code text} (as {@link #trailing}), 0 if none. */
    public static int endingAt(String text, int end) {
        if (end < 3 || end > text.length()) return 0;
        char last = text.charAt(end - 1);
        // 应保尽保, 应享尽享, 应救尽救, 应收尽收: every one eligible served, written 应X尽X for any X — known as a class
        if (end >= 4 && text.charAt(end - 4) == '应' && text.charAt(end - 2) == '尽' && text.charAt(end - 3) == last && last >= '\u4e00') return 4;
        if ((LAST_CHARS[last >>> 6] & 1L << last) == 0) return 0; // asked at every character of a glued run
        int best = 0;
        for (String p : WHOLE_BY_LAST.getOrDefault(last, List.of())) if (p.length() > best && text.startsWith(p, end - p.length())) best = p.length();
        for (String v : VERBS_BY_LAST.getOrDefault(last, List.of())) {
            if (!text.startsWith(v, end - v.length())) continue;
            int at = end - v.length();
            for (String a : TREND_ADVERBS) if (!a.equals(v) && text.startsWith(a, at - a.length())) best = Math.max(best, a.length() + v.length());
        }
        return best;
    }

    /** The official grade strings and the forms the monitoring and import tools accept. */
    public static final Map<String, QualitativeGrade> GRADES = Map.of(
            "达成年度指标", QualitativeGrade.MET,
            "部分达成年度指标并具有一定效果", QualitativeGrade.PARTLY_MET,
            "未达成年度指标且效果较差", QualitativeGrade.NOT_MET,
            "达成目标", QualitativeGrade.MET,
            "部分达成目标并具有一定效果", QualitativeGrade.PARTLY_MET,
            "未达成目标且效果较差", QualitativeGrade.NOT_MET,
            "达成", QualitativeGrade.MET,
            "部分达成", QualitativeGrade.PARTLY_MET,
            "未达成", QualitativeGrade.NOT_MET);

    /** Exact phrase → grade (null when the phrase carries none). HashMap because values may be null. */
    private static final Map<String, QualitativeGrade> EXACT = new HashMap<>();
    private static final List<String> PREFIXES;

    static {
        PHRASES.stream().filter(p -> !p.endsWith("…")).forEach(p -> EXACT.put(p, null));
        EXACT.putAll(GRADES);
        PREFIXES = PHRASES.stream().filter(p -> p.endsWith("…")).map(p -> p.substring(0, p.length() - 1)).toList();
    }

    /** Whether the normalised text is a known phrase; the grade is present only for the grade strings. */
    static boolean isExact(String text) {
        return EXACT.containsKey(text);
    }

    static QualitativeGrade gradeOf(String text) {
        return EXACT.get(text);
    }

    /** Whether the normalised text starts with a cut ("…") entry. */
    static boolean startsWithKnownPhrase(String text) {
        for (String prefix : PREFIXES) if (text.startsWith(prefix)) return true;
        return false;
    }

    /** The grade an official grade string names, if it is one. */
    public static Optional<QualitativeGrade> grade(String text) {
        return Optional.ofNullable(GRADES.get(text));
    }
}
