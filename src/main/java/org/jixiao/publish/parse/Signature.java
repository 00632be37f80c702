package org.jixiao.publish.parse;

/**
 * A line under a table's last row that says who filled it in, when, how to reach them or what is attached —
 * 填报人：…, 项目负责人：…, 填报单位（盖章）：…, 联系电话：…, 填报日期：…, 相关附件：… — known by its form rather than by a
 * list of labels: a short label of Han characters whose head word is a person (…人), a unit (…单位), a date (…日期),
 * a telephone (…电话) or an attachment (…附件) with a word before it, an optional bracketed note, then a colon. No indicator row begins
 * so (an indicator named 指标1: has a digit in its label; 其中： opens a fund source, never a row of indicators).
 */
final class Signature {
    private Signature() {}

    private static final String[] HEADS = {"人", "单位", "日期", "电话", "附件"};

    /** Whether {@code s} begins, after spaces, with such a label and its colon (full-width or ASCII brackets and colon). */
    static boolean begins(String s) {
        int n = s.length(), i = 0, near = Math.min(n, 24);
        // asked of every line of rows: no colon near the start (spaces, 8 characters, a bracketed note) is the common answer
        if (s.indexOf('：', 0, near) < 0 && s.indexOf(':', 0, near) < 0) return false;
        while (i < n && Cells.isSpace(s.charAt(i))) i++;
        int a = i;
        while (i < n && i - a < 8 && Cells.han(s.charAt(i))) i++;
        int labelEnd = i;
        if (labelEnd - a < 2 || i == n) return false;
        char c = s.charAt(i);
        if (c == '（' || c == '(') { // 填报单位（盖章）：
            int close = i + 1;
            while (close < n && close - i <= 6 && s.charAt(close) != '）' && s.charAt(close) != ')') close++;
            if (close >= n || close - i > 6) return false;
            i = close + 1;
            if (i == n) return false;
            c = s.charAt(i);
        }
        if (c != '：' && c != ':') return false;
        // a word before the head: a bare 单位：万元 is the money's unit, printed again at the top of a PDF's pages
        for (String h : HEADS) if (labelEnd - h.length() > a && s.startsWith(h, labelEnd - h.length())) return true;
        return false;
    }

    /** The rows end here: said, with the line, since the line is read as no cell. */
    static ParseWarning warning(int line, String text) {
        String t = text.strip();
        return ParseWarning.of(line, "表格止于签名或附件行: " + t, "the rows end at a signature or attachment line: " + t);
    }
}
