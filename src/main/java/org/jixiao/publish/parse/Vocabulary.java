package org.jixiao.publish.parse;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The official words the parser anchors on: indicator levels, column headers, comparators, provinces (units: measure.Units). */
final class Vocabulary {
    private Vocabulary() {}

    static final List<String> LEVEL1 = List.of("产出指标", "效益指标", "满意度指标", "成本指标");

    /** Canonical second-level names and the first level they belong to in the 2020 tree (成本 under 产出). */
    static final Map<String, String> LEVEL2 = new LinkedHashMap<>();
    static {
        for (String s : List.of("数量指标", "质量指标", "时效指标", "成本指标")) LEVEL2.put(s, "产出指标");
        for (String s : List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标")) LEVEL2.put(s, "效益指标");
        LEVEL2.put("服务对象满意度指标", "满意度指标");
        for (String s : List.of("经济成本指标", "社会成本指标", "生态环境成本指标")) LEVEL2.put(s, "成本指标");
    }

    /** Every label that may be written with its characters spaced out or wrapped over two lines. */
    static final List<String> LABELS;
    static {
        var all = new java.util.ArrayList<String>();
        all.addAll(LEVEL1);
        all.addAll(LEVEL2.keySet());
        all.addAll(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施",
                "年度总体目标", "年初设定目标", "全年实际完成情况", "全年预算数", "全年执行数", "预算执行率",
                "年初预算数", "实施单位", "主管部门", "项目名称", "绩效指标", "指标解释", "工作活动"));
        all.sort(Comparator.comparingInt(String::length).reversed());
        LABELS = List.copyOf(all);
    }

    static final List<String> COMPARATOR_WORDS = List.of("不低于", "不少于", "不高于", "不超过", "不多于", "不大于", "不小于",
            "高于", "低于", "大于", "小于", "多于", "少于", "超过", "达到", "等于", "控制在");
    /** The first characters of the comparator words. */
    static final String COMPARATOR_WORD_FIRSTS = firsts(COMPARATOR_WORDS);
    /** The comparator words by their first characters. */
    static final Words COMPARATORS = words(COMPARATOR_WORDS);
    /** The labels by their first characters (the first of the list written at a place: the longest). */
    static final Words LABEL_WORDS = words(LABELS);
    /** The level labels (first and second levels) among the labels, in their order (longest first). */
    static final Words LEVEL_LABELS = words(LABELS.stream().filter(l -> LEVEL1.contains(l) || LEVEL2.containsKey(l)).toList());
    private static final String LEVEL1_FIRSTS = firsts(LEVEL1), LEVEL2_FIRSTS = firsts(new java.util.ArrayList<>(LEVEL2.keySet()));

    /** The distinct first characters of words: where none stands, no word begins. */
    static String firsts(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) if (sb.indexOf(w.substring(0, 1)) < 0) sb.append(w.charAt(0));
        return sb.toString();
    }

    /** A set of characters, a bit per character: one test where {@code chars.indexOf(c)} walks them (asked of every cell). */
    static long[] charSet(CharSequence chars) {
        long[] set = new long[0x10000 / 64];
        for (int k = 0; k < chars.length(); k++) set[chars.charAt(k) >>> 6] |= 1L << chars.charAt(k);
        return set;
    }

    /** Whether {@code c} is in a {@link #charSet}. */
    static boolean in(long[] set, char c) { return (set[c >>> 6] & 1L << c) != 0; }

    /** The words beginning with each character of {@code firsts} (by its index there), in the order of {@code words}. */
    static String[][] byFirst(List<String> words, String firsts) {
        String[][] out = new String[firsts.length()][];
        for (int k = 0; k < firsts.length(); k++) {
            char f = firsts.charAt(k);
            out[k] = words.stream().filter(w -> w.charAt(0) == f).toArray(String[]::new);
        }
        return out;
    }

    /** A word list looked up by its first characters ({@link Words}). */
    static Words words(List<String> words) {
        return new Words(words);
    }

    /**
     * A word list asked at every character of a line: a bit per character that begins a word (one test answers the
     * characters that begin none: nearly all), and the words beginning with each, in the list's order — so {@link #at}
     * finds the word a search of the whole list in order finds.
     */
    static final class Words {
        private final long[] bits = new long[0x10000 / 64];
        /**
         * A bit per pair of first two characters of a longer word (hashed: a pair no word begins with may share a bit):
         * a common first character (下, 本, 上 of DocumentSite's card words) is passed over when the next one fits no word.
         */
        private final long[] pairs = new long[PAIR_BITS / 64];
        /** A bit per character that is a word of the list alone. */
        private final long[] singles = new long[0x10000 / 64];
        private final String firsts;
        private final String[][] byFirst;

        private Words(List<String> words) {
            firsts = firsts(words);
            byFirst = byFirst(words, firsts);
            for (int k = 0; k < firsts.length(); k++) bits[firsts.charAt(k) >>> 6] |= 1L << firsts.charAt(k);
            for (String w : words) {
                if (w.length() == 1) singles[w.charAt(0) >>> 6] |= 1L << w.charAt(0);
                else { int h = pair(w.charAt(0), w.charAt(1)); pairs[h >>> 6] |= 1L << h; }
            }
        }

        private static final int PAIR_BITS = 1 << 14;

        private static int pair(char a, char b) {
            return (a * 31 + b) & (PAIR_BITS - 1);
        }

        /** Whether a word of the list begins with {@code c}. */
        boolean mayBegin(char c) {
            return (bits[c >>> 6] & 1L << c) != 0;
        }

        /**
         * Whether a word of the list may begin with {@code c} followed by {@code next} (any character where none follows:
         * only a word of one character can stand there): the bit tests {@link #at} asks first, for a scan over an array
         * that asks {@code at} only where they pass.
         */
        boolean mayBegin(char c, char next) {
            if ((bits[c >>> 6] & 1L << c) == 0) return false;
            if ((singles[c >>> 6] & 1L << c) != 0) return true;
            int h = pair(c, next);
            return (pairs[h >>> 6] & 1L << h) != 0;
        }

        /** The first word of the list written at {@code i} in {@code s}, or null. */
        String at(String s, int i) {
            if (i >= s.length()) return null;
            char c = s.charAt(i);
            // no word of two characters or more begins with s[i, i + 2), and s[i] is no word alone: none is written at i
            if (!mayBegin(c, i + 1 < s.length() ? s.charAt(i + 1) : '\n')) return null;
            for (String w : byFirst[firsts.indexOf(c)]) if (s.startsWith(w, i)) return w;
            return null;
        }

        /** Whether some word of the list is written anywhere in {@code s} (one bit test at nearly every character). */
        boolean in(String s) {
            for (int i = 0; i < s.length(); i++) if (at(s, i) != null) return true;
            return false;
        }
    }

    static final String COMPARATOR_SYMBOLS = "≥≧≤≦><＞＜=＝";

    static final List<String> PROVINCES = List.of("北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省",
            "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省",
            "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区",
            "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区");

    /** 第 2 页 共 3 页, 第2页/共3页, - 2 -, 共3页: page furniture copied with the table. */
    static final Pattern PAGE_FURNITURE = Pattern.compile(
            "第\\s*\\d+\\s*页\\s*[,，/]?\\s*(共\\s*\\d+\\s*页)?|共\\s*\\d+\\s*页|^\\s*[-—]\\s*\\d+\\s*[-—]\\s*$|Page\\s+\\d+(\\s+of\\s+\\d+)?");

    /** The canonical second-level name of a label written with or without the 指标 suffix, or null. */
    static String level2(String token) {
        // a key begins with one of LEVEL2_FIRSTS (and so does a token that is a key, with 指标 after it or not)
        if (token == null || token.isEmpty() || LEVEL2_FIRSTS.indexOf(token.charAt(0)) < 0) return null;
        if (LEVEL2.containsKey(token)) return token;
        String withSuffix = token + "指标";
        return LEVEL2.containsKey(withSuffix) && token.length() >= 2 ? withSuffix : null;
    }

    static String level1(String token) {
        if (token == null || token.isEmpty() || LEVEL1_FIRSTS.indexOf(token.charAt(0)) < 0) return null;
        if (LEVEL1.contains(token)) return token;
        String withSuffix = token + "指标";
        return LEVEL1.contains(withSuffix) ? withSuffix : null;
    }

    static boolean isComparatorSymbol(char c) {
        return (c < '\u4e00' || c > '\u9fff') && COMPARATOR_SYMBOLS.indexOf(c) >= 0; // asked at every character: Han text at once
    }

    /** The province the first text that names one names (the first of {@link #PROVINCES} written in it), or null. */
    static String province(String... texts) {
        for (String t : texts) {
            if (t == null) continue;
            // one pass over the text (was: a search of it per province); where it names two, the earlier in the list
            int best = -1;
            for (int i = 0; i < t.length(); i++) {
                String p = PROVINCE_WORDS.at(t, i);
                if (p == null) continue;
                int k = PROVINCES.indexOf(p); // (a hit is rare: most texts name no province)
                if (best < 0 || k < best) best = k;
            }
            if (best >= 0) return PROVINCES.get(best);
        }
        return null;
    }

    private static final Words PROVINCE_WORDS = words(PROVINCES);
}
