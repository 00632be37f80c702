package org.jixiao.publish.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A document-sharing site's copy of a table, known by what such sites print in general rather than by their names:
 * the page's chrome (a file name with its site after it, a breadcrumb, resource id / size / page count / format, a
 * price in coins or points, download and reading prompts, the site's notices about 本站 and 本文档, a hotline) and the
 * chunk counters 1、 2、 3、 it puts where its chunks of the document join. Chrome lines and counters are no table
 * text: the line reader removes them, each with a warning naming its line.
 */
final class DocumentSite {
    private DocumentSite() {}

    /** The notice line of the sites whose copies begin 《…》由会员分享,可在线阅读. */
    private static boolean notice(String line) {
        return line.contains("由会员分享") || line.contains("可在线阅读");
    }

    /** A price: 3金币, 8 金币, 2下载券 (with 下载积分 before it, the word alone tells). */
    private static final Pattern PRICE = Pattern.compile("[0-9]+(\\.[0-9]+)?\\s*(金币|积分|下载券|文库币)");
    /** The page's title: the file name and the site after it (….docx-人人文库, ….doc-原创力文档). */
    private static final Pattern FILE_TITLE = Pattern.compile("\\.(docx?|pdf|xlsx?|wps|txt)\\s*[-_—|]\\s*\\S{2,12}\\s*$");
    /** A breadcrumb: 首页 > 行业资料 > 农林牧渔. */
    private static final Pattern BREADCRUMB = Pattern.compile("\\S\\s+>\\s+\\S.*\\s+>\\s+\\S");
    /** The resource card's format and the pages left to preview (剩余2页, 还剩1页未读). */
    private static final Pattern FORMAT = Pattern.compile("格式[:：]\\s*(DOCX?|PDF|XLSX?|WPS)|剩余?[0-9]+页");
    /** The resource's card, the site's prompts and notices, its names: words no indicator uses. */
    private static final List<String> WORDS = List.of("资源ID", "文档ID", "上传时间", "上传者", "资源大小", "全文页数", "页数:", "页数：",
            "资源格式", "下载积分", "客服热线", "温馨提示", "免费预览", "预览已结束", "可下载", "下载文档", "下载的文档", "文档下载", "下载后",
            "下载到电脑", "免费下载", "阅读器", "阅读了该文档", "可阅读全部", "全文阅读", "在线阅读", "本站", "本文档", "本文库", "文库网",
            "原创力文档", "网站文档", "网址水印", "知识共享");
    private static final Vocabulary.Words CARD = Vocabulary.words(WORDS);
    /**
     * Every character a kind of chrome needs where it stands: a card word's first, the file title's '.', the
     * breadcrumb's '>', the format's 格 and 剩. One test passes over the rest of a line (nearly all of it).
     */
    private static final Vocabulary.Words CUES = Vocabulary.words(
            java.util.stream.Stream.concat(WORDS.stream(), java.util.stream.Stream.of(".", ">", "格", "剩")).toList());

    /**
     * Whether {@code raw} is one line of a site's chrome, by class (asked in a site's copy, and by {@link #start} of
     * every document's lines, so each kind is tried only when the character it needs is there). Short lines only (a
     * notice is a sentence, a table's run of glued cells is hundreds of characters); every kind names the site, its
     * files or its trade, never an indicator's words.
     */
    static boolean chrome(String raw) {
        return chrome(raw, 0, raw.length());
    }

    /**
     * {@link #chrome(String)} of the line {@code raw[from, to)}, read in place (no copy: most lines are no chrome) in one
     * pass: a card word or a file title where it stands, and the characters the price, breadcrumb and format kinds need
     * before their regexes are tried. DocumentSiteTest holds this to the one regex as the whole rule.
     */
    static boolean chrome(String raw, int from, int to) {
        return chrome(raw, from, to, new char[LONGEST]);
    }

    /**
     * Character.isWhitespace, told at once for printable ASCII and for everything above U+3000 (Han text: no white space
     * there), asked at both ends of every line.
     */
    private static boolean white(char c) {
        return (c <= ' ' || c >= '\u007f' && c <= '\u3000') && Character.isWhitespace(c);
    }

    /** No chrome line is longer than this (trimmed): a notice is a sentence, a table's run of glued cells far longer. */
    private static final int LONGEST = 120;

    /**
     * {@link #chrome(String, int, int)} with the line's characters copied into {@code buf} (at least {@link #LONGEST}
     * long, reused line after line) to be scanned as an array: the scan runs over every short line of every document
     * ({@link #start}), and charAt of a String costs it twice the time.
     */
    private static boolean chrome(String raw, int from, int to, char[] buf) {
        while (from < to && white(raw.charAt(from))) from++;
        while (to > from && white(raw.charAt(to - 1))) to--;
        if (to == from || to - from > LONGEST) return false;
        char last = raw.charAt(to - 1);
        // a price ends with 金币, 文库币, 下载券 or 积分 (not the 分 of a score: 10分, 得分)
        boolean kind = (last == '币' || last == '券' || last == '分' && raw.charAt(to - 2 < from ? from : to - 2) == '积')
                && PRICE.matcher(raw).region(from, to).matches();
        int arrows = 0;
        boolean format = false;
        raw.getChars(from, to, buf, 0);
        for (int x = 0, len = to - from; x < len && !kind; x++) {
            char c = buf[x];
            // (a common first character of a card word, 上 下 本 在, is passed over when the next one fits no word)
            if (!CUES.mayBegin(c, x + 1 < len ? buf[x + 1] : '\n')) continue;
            int i = from + x;
            if (c == '.') kind = i + 1 < to && "dpxwt".indexOf(raw.charAt(i + 1)) >= 0 && FILE_TITLE.matcher(raw).region(i, to).lookingAt();
            else if (c == '>') arrows++;
            else if (c == '剩' || c == '格' && i + 1 < to && raw.charAt(i + 1) == '式') format = true; // (not the 格 of 合格率)
            else kind = CARD.at(raw, i) != null && !ownSite(raw, from, i);
        }
        kind = kind || arrows >= 2 && BREADCRUMB.matcher(raw).region(from, to).find() || format && FORMAT.matcher(raw).region(from, to).find();
        // the notice line names the document (its title, often) and tells where the chunks begin: kept
        return kind && !notice(raw.substring(from, to));
    }

    /**
     * Whether the card word at {@code i} is 本站 in a page's 来源： field (来源：本站): a government site naming itself as its
     * page's source, no sign of a document site (h234).
     */
    private static boolean ownSite(String raw, int from, int i) {
        if (!raw.startsWith("本站", i)) return false;
        int j = i;
        while (j > from && (raw.charAt(j - 1) == ' ' || raw.charAt(j - 1) == '\t')) j--;
        return j - 3 >= from && (raw.charAt(j - 1) == '：' || raw.charAt(j - 1) == ':') && raw.startsWith("来源", j - 3);
    }

    /**
     * Where a document site's chunks begin in {@code text}, or -1 when it is no site's copy: after the notice line of a
     * site that prints one, else — a copy with two chrome lines or more — after the last chrome line above the first
     * line that is not chrome (the table's title, often). One pass over the lines ({@link Lines}).
     */
    static int start(String text) {
        int at = afterNotice(text);
        if (at >= 0) return at;
        Lines lines = new Lines(text);
        for (int pos = 0, n = text.length(); pos <= n; ) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) eol = n;
            if (!lines.next(pos, eol)) break;
            pos = eol + 1;
        }
        return lines.start();
    }

    /** Where the chunks begin after the notice line of a site that prints one (由会员分享, 可在线阅读), or -1. */
    static int afterNotice(String text) {
        int at = text.indexOf("由会员分享");
        if (at < 0) at = text.indexOf("可在线阅读");
        if (at < 0) return -1;
        int eol = text.indexOf('\n', at);
        return eol < 0 ? text.length() : eol + 1;
    }

    /**
     * {@link #start} of a text without a notice line, told by its lines ('\n' ends them) given one after another: the
     * line reader's own pass over the lines asks it (a pass of its own cost a scan for every line's end).
     */
    static final class Lines {
        private final String text;
        private final char[] buf = new char[LONGEST];
        private int chromeLines, afterLead = -1;
        private boolean lead = true; // still in the chrome that opens the copy (blank lines and short site lines)

        Lines(String text) { this.text = text; }

        /** The line text[pos, eol), the one after the last given; false once the answer is known (later lines change nothing). */
        boolean next(int pos, int eol) {
            if (chrome(text, pos, eol, buf)) {
                chromeLines++;
                if (lead) afterLead = Math.min(text.length(), eol + 1);
                else if (chromeLines >= 2) return false; // past the lead, more chrome changes nothing
            } else if (lead) {
                // asked in place: a line is cut out only when it may be a title (a title holds a 表); a line holding a
                // title or 指标 is no blank one
                if (text.indexOf("指标", pos, eol) >= 0 || text.indexOf('表', pos, eol) >= 0 && TextParser.title(text.substring(pos, eol)) != null) {
                    lead = false; // the table begins: its counters run from here
                    if (chromeLines >= 2) return false; // the answer is known: the chrome below it changes nothing
                }
            }
            return true;
        }

        /** Where the chunks begin, by the lines given so far, or -1. */
        int start() { return chromeLines >= 2 ? Math.max(afterLead, 0) : -1; }
    }

    /**
     * The length of the site's chunk counter {@code expected}、 beginning {@code raw}, or 0. Counters run 1, 2, 3 in
     * the order of the text, so a table's own numbering (1、部门预算项目 … 2、…) that does not continue the run is not
     * one; the run may begin at 2, the first chunk's counter standing before the table's title or lost with the
     * chrome. A line of glued cells (hundreds of characters, a chunk of a flattened table) is treated alike: the glued
     * reader reads the lines as this rule left them and has no counter rule of its own.
     */
    static int counter(String raw, int expected) {
        int len = counterAt(raw, expected);
        return len == 0 && expected == 1 ? counterAt(raw, 2) : len;
    }

    private static int counterAt(String raw, int k) {
        String c = k + "、";
        return raw.startsWith(c) && raw.length() > c.length() ? c.length() : 0;
    }
}
