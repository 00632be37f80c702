package org.jixiao.publish.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 1a: a table a mirror site converted to traditional characters, with pinyin inserted after some of them
 * ({@code 項(xiàng)目}), is read through a folded copy (项目) so that the vocabulary matches; every text the reader keeps
 * is then unfolded back to the characters as written. A fold is applied only where it can be undone exactly: a
 * traditional character whose simplified form also occurs in the document, or a character annotated with two
 * different pinyin, is left as it is (the vocabulary then does not match there, nothing is lost); a character
 * annotated only some of the times it occurs is folded, and unfolded by the place each kept text was read from.
 */
final class Script {

    /** Traditional → simplified for the characters of the vocabulary (headers, levels, budget words, units). */
    private static final String TRAD = "項產數質時經濟會態續響滿級標績額資總財撥實際單門計類釋評備註說現預執業農轉區體價職責"
            + "與報對務達結餘結構調別屬稱來長設進費開發聯繫電話負擔營運維護條檢測導驗審査個萬億於為從內與後臺"
            + "號這種樣點歲療醫務銷學師員補貼劃規節約環護項減輕確億幣廳縣鄉鎮補庫決覈統輸齣齊準類"
            + "戶畝噸處場張輛筆鐘週頁" // units: ≥300戶 unfolded was no quantity, and the row's cells shifted
            + "況" // 實際完成情況: the goal's header words were not read as headers, and stood in its text
            + "碼"; // 主管部門及代碼 (001): the label was not read, and the 主管部门 with it
    private static final String SIMP = "项产数质时经济会态续响满级标绩额资总财拨实际单门计类释评备注说现预执业农转区体价职责"
            + "与报对务达结余结构调别属称来长设进费开发联系电话负担营运维护条检测导验审查个万亿于为从内与后台"
            + "号这种样点岁疗医务销学师员补贴划规节约环护项减轻确亿币厅县乡镇补库决核统输出齐准类"
            + "户亩吨处场张辆笔钟周页"
            + "况"
            + "码";
    private static final Map<Character, Character> TO_SIMPLE = new HashMap<>();
    static {
        for (int i = 0; i < Math.min(TRAD.length(), SIMP.length()); i++) TO_SIMPLE.putIfAbsent(TRAD.charAt(i), SIMP.charAt(i));
    }

    /**
     * The folded text and how to undo it: folded character → what was written ({@code marks}: a bit per folded
     * character, so that the characters of a kept text that were not folded — nearly all — are passed over at once).
     */
    record Folded(String text, Map<Character, String> undo, List<ParseWarning> notes, long[] marks, Written written) {
        Folded(String text, Map<Character, String> undo, List<ParseWarning> notes) {
            this(text, undo, notes, marks(undo), null);
        }

        private static long[] marks(Map<Character, String> undo) {
            if (undo.isEmpty()) return null;
            long[] m = new long[0x10000 / 64];
            for (char c : undo.keySet()) m[c >>> 6] |= 1L << c;
            return m;
        }

        String unfold(String s) {
            if (s == null || undo.isEmpty()) return s;
            // nearly every kept text holds no folded character: given back after one scan (a mixed one is a folded one)
            int first = 0;
            while (first < s.length() && (marks[s.charAt(first) >>> 6] & 1L << s.charAt(first)) == 0) first++;
            if (first == s.length()) return s;
            if (written != null && written.mixedIn(s)) {
                String exact = written.at(s, text);
                if (exact != null) return exact;
            }
            StringBuilder sb = null;
            for (int i = first; i < s.length(); i++) {
                char c = s.charAt(i);
                String back = (marks[c >>> 6] & 1L << c) != 0 ? undo.get(c) : null;
                if (back != null && sb == null) { sb = new StringBuilder(s.length() + 8); sb.append(s, 0, i); }
                if (sb != null) { if (back != null) sb.append(back); else sb.append(c); }
            }
            return sb == null ? s : sb.toString();
        }
    }

    /**
     * Where each folded character was written, kept when a character was folded that is written in more than one way
     * (annotated with its pinyin only some of the times it occurs: 時(shí)效 beside 及時率): such a character is
     * unfolded by the place its text was read from, not by a table of characters.
     */
    record Written(String text, int[] at, long[] mixed) {
        boolean mixedIn(String s) {
            for (int i = 0; i < s.length(); i++) { char c = s.charAt(i); if ((mixed[c >>> 6] & 1L << c) != 0) return true; }
            return false;
        }

        /** s as written: the text it was read from (s found in the folded text, else its longest runs found there, in turn). */
        String at(String s, String folded) {
            int p = folded.indexOf(s);
            if (p >= 0) return text.substring(at[p], at[p + s.length()]);
            StringBuilder sb = new StringBuilder(s.length() + 8);
            int i = 0;
            while (i < s.length()) {
                int q = folded.indexOf(s.charAt(i)), end = i + 1;
                if (q < 0) return null; // not read from the text as it stands: unfolded by character
                for (int r; end < s.length() && (r = folded.indexOf(s.substring(i, end + 1))) >= 0; end++) q = r;
                sb.append(text, at[q], at[q + end - i]);
                i = end;
            }
            return sb.toString();
        }
    }

    private Script() {}

    private static final boolean[] IS_TRAD = new boolean[0x10000];
    /** TO_SIMPLE by character (0: none), looked up for every distinct Han character of a folded text. */
    private static final char[] SIMPLE_OF = new char[0x10000];
    static {
        for (var e : TO_SIMPLE.entrySet()) { IS_TRAD[e.getKey()] = true; SIMPLE_OF[e.getKey()] = e.getValue(); }
    }

    static Folded fold(String text) {
        // fast path: no traditional vocabulary character and no "(pinyin)" after a character
        boolean any = false;
        for (int i = 0; i < text.length() && !any; i++) {
            char c = text.charAt(i);
            any = IS_TRAD[c] || c == '(' && i > 0 && isHan(text.charAt(i - 1)) && pinyinEnd(text, i) > 0;
        }
        if (!any) return new Folded(text, Map.of(), List.of());
        return slowFold(text);
    }

    private static Folded slowFold(String text) {
        // 1. which characters carry pinyin, and is it always the same pinyin? (counts by character in arrays: a
        // mirror's text is mostly Han, and boxed map entries per character cost more than the rest of the fold)
        Scratch scratch = SCRATCH.get();
        StringBuilder order = new StringBuilder(); // the Han characters in the order they first occur
        try {
            return slowFold(text, scratch, order);
        } finally {
            for (int x = 0; x < order.length(); x++) scratch.clear(order.charAt(x)); // only what was set
        }
    }

    /** Per-character counts and folds of {@link #slowFold}, kept per thread and cleared after each use (not allocated per text). */
    private static final class Scratch {
        final int[] seen = new int[0x10000], annotated = new int[0x10000];
        final char[] fold = new char[0x10000];
        /** The pinyin written after a character ("\u0000": two different ones), null: none. */
        final String[] pinyin = new String[0x10000];

        void clear(char c) { seen[c] = 0; annotated[c] = 0; fold[c] = 0; pinyin[c] = null; }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static Folded slowFold(String text, Scratch scratch, StringBuilder order) {
        String[] pinyinOf = scratch.pinyin; // by character, in the scratch arrays (a boxed map entry per annotation cost more)
        int annotations = 0; // annotations written ("(xiàng)" after a character)
        int[] annotated = scratch.annotated, seen = scratch.seen;
        boolean anyTrad = false;
        char[] cs = text.toCharArray(); // indexed below at every character: no String.charAt checks
        int n = cs.length;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (IS_TRAD[c]) anyTrad = true;
            if (!isHan(c)) continue;
            if (seen[c]++ == 0) order.append(c);
            int end = i + 1 < n && cs[i + 1] == '(' ? pinyinEnd(text, i + 1) : -1;
            if (end > 0) {
                String p = text.substring(i + 1, end);
                String before = pinyinOf[c];
                if (before == null) pinyinOf[c] = p;
                else if (!before.equals(p)) pinyinOf[c] = "\u0000"; // two readings: leave it
                annotated[c]++;
                annotations++;
            }
        }
        boolean anyPinyin = annotations >= 3; // one "(a)" after a character is not a mirror's annotation
        if (!anyPinyin && !anyTrad) return new Folded(text, Map.of(), List.of());
        Map<Character, String> undo = new HashMap<>();
        char[] fold = scratch.fold; // folded form of a character, 0: left as written
        boolean anyFold = false;
        long[] mixed = null; // folded characters written in more than one way (annotated only some of the times)
        // no two characters fold alike (TO_SIMPLE maps no two traditional characters to one simplified one, and a
        // stripped character keeps its own form), so the order the characters are taken in does not matter
        for (int x = 0; x < order.length(); x++) {
            char c = order.charAt(x);
            String p = anyPinyin ? pinyinOf[c] : null;
            boolean strip = p != null && !p.equals("\u0000") && annotated[c] == seen[c];
            // annotated some of the times only (always with the same pinyin): folded too, and unfolded by place (Written)
            boolean some = p != null && !p.equals("\u0000") && !strip;
            if (p != null && !strip && !some) continue; // two readings: leave the character as written
            char simple = SIMPLE_OF[c];
            char to = simple != 0 && seen[simple] == 0 ? simple : c;
            if (to == c && !strip && !some) continue;
            if (undo.containsKey(to)) continue; // two written forms would fold alike: leave the second one
            undo.put(to, strip ? c + p : String.valueOf(c));
            fold[c] = to;
            anyFold = true;
            if (some) {
                if (mixed == null) mixed = new long[0x10000 / 64];
                mixed[to >>> 6] |= 1L << to;
            }
        }
        if (!anyFold) return new Folded(text, Map.of(), List.of());
        char[] out = new char[n];
        int[] at = mixed == null ? null : new int[n + 1]; // where each folded character was written
        int k = 0;
        List<ParseWarning> notes = new ArrayList<>();
        int line = 1, changedOnLine = 0;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c == '\n') {
                if (changedOnLine > 0) notes.add(note(line, changedOnLine));
                line++;
                changedOnLine = 0;
            }
            if (at != null) at[k] = i;
            char to = fold[c];
            if (to == 0) { out[k++] = c; continue; }
            out[k++] = to;
            changedOnLine++;
            if (mixed != null && (mixed[to >>> 6] & 1L << to) != 0) {
                int end = i + 1 < n && cs[i + 1] == '(' ? pinyinEnd(text, i + 1) : -1;
                if (end > 0) i = end - 1; // this time written with its pinyin
                continue;
            }
            String back = undo.get(to);
            if (back.length() > 1) i += back.length() - 1; // the pinyin written after it
        }
        if (changedOnLine > 0) notes.add(note(line, changedOnLine));
        if (at != null) at[k] = n;
        String folded = new String(out, 0, k);
        return at == null ? new Folded(folded, undo, notes)
                : new Folded(folded, undo, notes, Folded.marks(undo), new Written(text, at, mixed));
    }

    private static ParseWarning note(int line, int n) {
        return ParseWarning.of(line, "繁体字或拼音注音按简体读取(" + n + "处),输出保留原文",
                "traditional characters or pinyin read as simplified (" + n + "), output keeps the text as written");
    }

    /**
     * A piece of text the document stops in, read as the simplified words it may begin: traditional characters of the
     * vocabulary simplified and an annotation cut before its ")" left out ("生態(t" → "生态"). For comparing only.
     */
    static String cutPrefix(String s) {
        int end = s.length();
        int open = s.lastIndexOf('(');
        if (open > 0 && isHan(s.charAt(open - 1))) {
            boolean pinyin = true;
            for (int j = open + 1; j < end && pinyin; j++) pinyin = isPinyin(s.charAt(j));
            if (pinyin) end = open;
        }
        StringBuilder sb = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            int close = pinyinEnd(s, i);
            if (close > 0 && i > 0 && isHan(s.charAt(i - 1)) && close <= end) { i = close - 1; continue; } // a whole annotation
            Character simple = TO_SIMPLE.get(c);
            sb.append(simple == null ? c : simple.charValue());
        }
        return sb.toString();
    }

    /** End (exclusive) of a "(pinyin)" annotation starting at i, or -1. */
    private static int pinyinEnd(String s, int i) {
        if (i >= s.length() || s.charAt(i) != '(') return -1;
        int j = i + 1;
        while (j < s.length() && j - i <= 8 && isPinyin(s.charAt(j))) j++;
        return j > i + 1 && j < s.length() && s.charAt(j) == ')' ? j + 1 : -1;
    }

    private static boolean isPinyin(char c) {
        return c >= 'a' && c <= 'z' || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".indexOf(c) >= 0;
    }

    static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF;
    }
}
