package org.jixiao.publish.parse;

/**
 * Where the level words (一级指标, 二级指标, 三级指标; 一级/二级 of a header wrapped over two rows) are header words and
 * where they are prose. A header cell is a header word, alone or glued to other header words (一级指标二级指标三级指标年度指标值);
 * a sentence that holds one (包括4个一级指标、11个二级指标、28个三级指标的评价指标体系, 但部分三级指标量化程度不高, h168; 设置一级指标4个,
 * h150) or a noun made with the level (生物安全二级实验室, 二级公路, 三级医院, h165) is no header, whatever its count's place.
 */
final class LevelWords {
    private LevelWords() {}

    /** Sentence punctuation: what a sentence holds and a header cell never does. */
    private static final String SENTENCE_MARKS = "，。；、！？";

    /**
     * Whether every level word of a line stands in a sentence (and the line holds one): a report's sentence, no header.
     * A level word is in a sentence where sentence punctuation touches it (三级指标、 / 、三级指标 / 三级指标，) or where
     * text that is no header word stands beside it in its cell (28个 before it, 的评价 or 4个 after it) in a line with
     * sentence punctuation.
     */
    static boolean inProse(String line) {
        if (!hasSentenceMark(line)) return false;
        boolean any = false;
        for (int q = line.indexOf("级指标"); q > 0; q = line.indexOf("级指标", q + 3)) {
            if ("一二三".indexOf(line.charAt(q - 1)) < 0) continue;
            any = true;
            if (!inSentence(line, q - 1, q + 3)) return false;
        }
        return any;
    }

    /**
     * Whether a header cell (or a short header line) names a level column: 一级 or 二级 followed by 指标, or ending its
     * text (一级 over 指标), never inside a noun (二级实验室, 一级公路) nor in a sentence ({@link #inProse}).
     */
    static boolean namesLevel(String cell) {
        // (the level word looked for first: most cells asked hold none, and are answered without a look for sentence marks)
        for (int q = cell.indexOf('级'); q > 0; q = cell.indexOf('级', q + 1)) {
            if ("一二".indexOf(cell.charAt(q - 1)) < 0) continue;
            if (q + 1 == cell.length() || cell.charAt(q + 1) == '指' || boundary(cell.charAt(q + 1))) return !inProse(cell);
        }
        return false;
    }

    /** Whether a line names the indicator column (三级指标) as a header does, not in a sentence. */
    static boolean namesIndicator(String line) {
        return line.contains("三级指标") && !inProse(line);
    }

    private static boolean hasSentenceMark(String s) {
        for (int i = 0; i < SENTENCE_MARKS.length(); i++) if (s.indexOf(SENTENCE_MARKS.charAt(i)) >= 0) return true;
        return false;
    }

    /** Whether the level word at [from, to) stands in a sentence (see {@link #inProse}). */
    private static boolean inSentence(String line, int from, int to) {
        if (to < line.length() && SENTENCE_MARKS.indexOf(line.charAt(to)) >= 0) return true;
        if (from > 0 && line.charAt(from - 1) == '、') return true;
        int a = from;
        while (a > 0 && !boundary(line.charAt(a - 1)) && SENTENCE_MARKS.indexOf(line.charAt(a - 1)) < 0) a--;
        if (a < from && !endsWithHeaderWord(line.substring(a, from))) return true;
        int b = to;
        while (b < line.length() && !boundary(line.charAt(b)) && SENTENCE_MARKS.indexOf(line.charAt(b)) < 0) b++;
        return b > to && !beginsWithHeaderWord(line.substring(to, b));
    }

    /** A cell's edge in a line: spaces, tabs, pipes. */
    private static boolean boundary(char c) {
        return c == '|' || c == '\u00a0' || c == '\u3000' || Character.isWhitespace(c);
    }

    private static boolean endsWithHeaderWord(String s) {
        String k = HeaderWords.key(s);
        if (k.endsWith("指标") || k.endsWith("序号") || k.endsWith("评价内容")) return true; // 一级指标, 绩效指标, 评价指标 glued before
        for (HeaderWords.Word w : HeaderWords.DEPARTMENT) if (k.endsWith(w.text())) return true;
        return false;
    }

    private static boolean beginsWithHeaderWord(String s) {
        String k = HeaderWords.key(s);
        if (HeaderWords.at(k, 0, HeaderWords.INDICATOR) != null || HeaderWords.at(k, 0, HeaderWords.DEPARTMENT) != null) return true;
        // a glued table's first row after its header (三级指标产出指标数量指标…)
        return Vocabulary.LEVEL_LABELS.at(k, 0) != null;
    }
}
