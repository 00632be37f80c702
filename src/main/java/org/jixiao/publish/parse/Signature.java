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

    /**
     * A signature's date alone on its line, as a unit dates what it signs: 2024年3月12日, 2024年3月 (a month alone), the
     * numerals of the older official form (二〇二四年三月十二日, GB/T 9704-1999) and a spreadsheet's date cell
     * (2024-03-12, 2024.3.12). One pattern for a table's closing signature and a report's signer: each used to have its
     * own, and one took what the other refused.
     */
    static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            "(?:19|20)\\d\\d\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?|(?:19|20)\\d\\d[-./]\\d{1,2}[-./]\\d{1,2}"
                    + "|[一二][〇零○一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?");

    static boolean date(String s) {
        // asked of a table's last lines: every form begins with 19/20 or 一/二, so a line that does not is answered
        // before a matcher is made for it
        // (nor a row's figure, 100% or 2个: a date's first two characters are 19/20, or 一/二 and a numeral)
        if (s == null || s.length() < 2) return false;
        char c = s.charAt(0), d = s.charAt(1);
        return (c == '1' && d == '9' || c == '2' && d == '0' || (c == '一' || c == '二') && "〇零○一二三四五六七八九".indexOf(d) >= 0)
                && DATE.matcher(s).matches();
    }

    /**
     * A unit's name alone on a line: Chinese characters (and the brackets of 长沙市（本级）…), 4 to 30 of them — a place and
     * a body at least — ending as an organisation's name does ({@link Fields#organisation}).
     */
    static boolean unitName(String s) {
        if (s == null || s.length() < 4 || s.length() > 30) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Cells.han(c) && c != '（' && c != '）' && c != '(' && c != ')') return false;
        }
        return Fields.organisation(s);
    }

    /**
     * The signers' line over a signature's date: one unit's name ({@link #unitName}), or the names of the units that sign
     * together, separated by runs of spaces (a joint signature: 某市城市管理局　　　　某市财政局, h187's variant) — two to four,
     * each a unit's name; no row of indicators is two organisations' names and nothing else.
     */
    static boolean signers(String s) {
        if (s == null || s.length() < 4) return false;
        if (unitName(s)) return true;
        int names = 0, i = 0, n = s.length();
        while (i < n) {
            int a = i;
            while (i < n && !Cells.isSpace(s.charAt(i))) i++;
            if (names == 4 || !unitName(s.substring(a, i))) return false;
            names++;
            while (i < n && Cells.isSpace(s.charAt(i))) i++;
        }
        return names >= 2;
    }

    /**
     * A closing line after a table's last row, read as a row's cells: a unit's name with the date it issued the table on
     * the same line (海南省农业农村厅办公室　　2024年4月9日印发, h153), or a 抄送/主送/报送 line. Neither begins a row.
     */
    static boolean closes(String name, java.util.List<String> rest) {
        if (name.length() > 3 && (name.charAt(2) == '：' || name.charAt(2) == ':')
                && (name.startsWith("抄送") || name.startsWith("主送") || name.startsWith("报送"))) return true;
        if (!unitName(name)) return false;
        for (String c : rest) {
            if (c.isEmpty()) continue;
            java.util.regex.Matcher m = DATE.matcher(c);
            if (!m.lookingAt()) return false;
            String after = c.substring(m.end()).strip();
            return after.isEmpty() || after.equals("印发") || after.equals("发布") || after.equals("制");
        }
        return false;
    }

    /**
     * The line of the unit that signs above the date at {@code date} — its name alone on the line above with text (or the
     * names of the units signing together, {@link #signers}), the date alone on its own (三明市医疗保障局 / 2024年3月12日) —
     * or -1 when the two lines are no such pair.
     */
    static int signer(java.util.List<Line> lines, int date) {
        if (!date(Cells.clean(lines.get(date).text()))) return -1;
        int unit = date - 1;
        while (unit >= 0 && lines.get(unit).blank()) unit--;
        return unit >= 0 && signers(Cells.clean(lines.get(unit).text())) ? unit : -1;
    }

    /**
     * The signature that closes a document, under its table or its report's text ({@link #signer}), as the line where
     * it begins, or null. It is looked for among the last six lines with text, so a page's links printed after it
     * (【打印本页】【关闭窗口】, h101) do not hide it. Neither line is a row: the name would be read as the last row's name
     * wrapped, the date as a row of its own. One rule for a table's closing and a report's signer.
     */
    static Line closing(java.util.List<Line> lines) {
        int seen = 0;
        for (int i = lines.size() - 1; i >= 0 && seen < 6; i--) {
            String s = Cells.clean(lines.get(i).text());
            if (s == null) continue;
            seen++;
            if (!date(s)) continue;
            int unit = signer(lines, i);
            return unit < 0 ? null : lines.get(unit);
        }
        return null;
    }

    /**
     * The page's own chrome at {@code from}, under the table and never a cell: a bracketed link (【打印本页】, 【关闭窗口】,
     * 【返回顶部】, h174) however the links are separated, the share prompt (分享到：, h199) or the site's copyright footer
     * (版权所有：…, h201).
     */
    static boolean pageChrome(String s, int from) {
        if (from >= s.length()) return false;
        char c = s.charAt(from);
        if (c == '【') return LINK_WORDS.at(s, from + 1) != null;
        return c == '分' && s.startsWith("分享到", from) || c == '版' && s.startsWith("版权所有", from);
    }

    private static final Vocabulary.Words LINK_WORDS = Vocabulary.words(java.util.List.of("打印", "关闭", "返回", "收藏", "分享", "字体", "字号",
            "顶部"));

    /**
     * A line that ends with a telephone number after its label — a notice under the table: 公示期间如有异议，请与…联系。
     * 联系电话：0455-8332617 (h106), 监督电话：12345 — however it begins. No cell of an indicator row ends so.
     */
    static boolean contact(String s) {
        // asked of every line of rows: a line without 电话 or 热线 (nearly all) is answered by two look-ups
        return (s.contains("电话") || s.contains("热线")) && CONTACT.matcher(s).find();
    }

    private static final java.util.regex.Pattern CONTACT = java.util.regex.Pattern.compile(
            "(?:电话|热线)\\s*[：:]\\s*[0-9（）()\\-－—、/ ]{5,40}[。.；;]?\\s*$");

    /**
     * A numbered section heading of the page, alone on its line (七、其他需要说明的事项, （三）名词解释, h160): after a table's
     * last row it ends the table as a signature does — the heading and the prose under it are the page's next section,
     * no row. A heading is short and no sentence (a cell that opens with 一、 and goes on as prose is not one).
     */
    static boolean section(String text) {
        // asked of every line under a table's rows: a heading opens with a numeral or a bracket, nearly no line does
        int a = 0;
        while (a < text.length() && Cells.isSpace(text.charAt(a))) a++;
        if (a == text.length() || "一二三四五六七八九十（(".indexOf(text.charAt(a)) < 0) return false;
        String t = Cells.clean(text);
        if (t == null || t.length() < 3 || t.length() > 24 || t.indexOf('\t') >= 0 || t.indexOf('|') >= 0) return false;
        // one cell: a space inside is a separator of space rows (三、土样植株化验 ≧60个, 014's row printed with spaces)
        for (int k = 0; k < t.length(); k++) if ("，。；：:,;".indexOf(t.charAt(k)) >= 0 || Line.isSep(t.charAt(k))) return false;
        return SECTION.matcher(t).lookingAt();
    }

    /**
     * A {@link #section} heading followed by its section's prose ({@code next}: the next text, null when none): a
     * sentence, or another heading. A row's name numbered as a heading (一、示范区建立, 014) is followed by its target
     * (≧20000亩), no sentence; one with nothing after it is where a cut text stops, in a row's name as likely.
     */
    static boolean sectionOver(String heading, String next) {
        if (next == null || !section(heading)) return false;
        if (section(next)) return true;
        for (int k = 0; k < next.length(); k++) if ("。；，".indexOf(next.charAt(k)) >= 0) return true;
        return false;
    }

    /**
     * A numbered section heading with its prose joined into one cell, the lines' ends lost (九、其他重要事项的情况说明 / 无。
     * under pipe rows, read as 九、其他重要事项的情况说明无。…, h201): a heading first and a sentence's end after it. No row's
     * name holds a sentence's end; a cut row's numbered name alone (三、土样植株化验, 014) holds none.
     */
    static boolean sectionWithProse(String cell) {
        return cell.length() > 4 && SECTION.matcher(cell).lookingAt() && cell.indexOf('。', 3) > 0;
    }

    private static final java.util.regex.Pattern SECTION =
            java.util.regex.Pattern.compile("(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\\p{IsHan}");

    /** The warning for a section heading that ends a table's rows ({@link #section}). */
    static ParseWarning sectionWarning(int line, String text) {
        String t = text.strip();
        return ParseWarning.of(line, "表格止于编号的章节标题(其后文字不作为指标行): " + t,
                "the rows end at a numbered section heading (the text under it is no row): " + t);
    }

    /** The rows end here: said, with the line, since the line is read as no cell. */
    static ParseWarning warning(int line, String text) {
        String t = text.strip();
        return ParseWarning.of(line, "表格止于签名或附件行: " + t, "the rows end at a signature or attachment line: " + t);
    }
}
