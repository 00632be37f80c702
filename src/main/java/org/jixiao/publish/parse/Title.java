package org.jixiao.publish.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a table (PARSE-FORMAT.md {@code title}): the line, or the cell, that names the form. The title is the
 * cell's text as written, never what stands before it in the line — a pipe row's separator (| 项目支出绩效目标表 | | |),
 * a page's label (名称: …), a document site's chunk counter (1、) — and a title glued to its table's first field in a
 * document viewer's copy (1、部门整体绩效自评表主管部门…, 耕地地力保护补贴区域绩效目标表（2024年度）资金名称…) ends at its title word.
 */
final class Title {
    private Title() {}

    static final Pattern WORDS = Pattern.compile(
            "(绩效目标自评表|绩效自评表|整体绩效目标表|绩效目标表|绩效目标申报表|绩效评价指标表)([(（][0-9一二三四五六七八九十]{1,3}[)）])?");

    /** A page's label before a title (名称: …, 标题：…), or a document site's chunk counter (1、, 2.). */
    static final Pattern LEAD = Pattern.compile("^(?:(?:文件|信息)?(?:名称|标题)\\s*[:：]\\s*|\\d{1,2}[、.．]\\s*)");

    /** The title a line prints, or null. */
    static String of(String line) {
        // (asked of every line: the line's first 表 found once, for both questions; a line without one is no title)
        int table = line.indexOf('表');
        if (table < 0) return null;
        if (!mayHoldWord(line, table > 0 ? table : line.indexOf('表', 1))) {
            // a title printed letter-spaced (项 目 支 出 绩 效 自 评 表: a scan's heading) is read without its spaces
            String joined = table > 0 && line.indexOf(' ') >= 0 ? unspaced(line) : null;
            return joined == null ? null : of(joined);
        }
        String t = Cells.clean(line);
        if (t == null || t.endsWith("。")) return null;
        long m = word(t);
        if (m < 0) return null;
        int start = (int) (m >>> 32), end = (int) m;
        int from = t.lastIndexOf('|', start) + 1; // the cell holding the title word
        String cell = lead(Cells.clean(t, from, end));
        if (cell == null || cell.length() > end - start + 60) return null;
        if (t.length() <= 120) return cell;
        // a long line: a title glued to what follows it, when nothing but a name stands before its title word
        for (int i = 0; i < cell.length() - (end - start); i++) if (!nameChar(cell.charAt(i))) return null;
        return cell;
    }

    /** The title words of {@link #WORDS} by length, the longer first where two end at one 表 (整体绩效目标表 before 绩效目标表). */
    private static final String[] LONG_WORDS = {"绩效目标自评表", "整体绩效目标表", "绩效目标申报表", "绩效评价指标表"},
            SHORT_WORDS = {"绩效自评表", "绩效目标表"};

    /**
     * Where {@link #WORDS} first matches in t, as start << 32 | end, or -1 — without a matcher: every title word holds one
     * 表, its last character, so the first 表 a word ends at is the first match, the longer word where two end there;
     * then the bracketed number, as the regex's optional group takes it. ({@code LineQuickAnswersTest} holds it to the regex.)
     */
    static long word(String t) {
        for (int p = t.indexOf('表', 4); p > 0; p = t.indexOf('表', p + 1)) {
            int start = -1;
            for (String w : LONG_WORDS) if (t.startsWith(w, p - 6)) { start = p - 6; break; }
            if (start < 0) for (String w : SHORT_WORDS) if (t.startsWith(w, p - 4)) { start = p - 4; break; }
            if (start < 0) continue;
            int end = p + 1;
            if (end < t.length() && (t.charAt(end) == '(' || t.charAt(end) == '（')) {
                int k = end + 1;
                while (k < t.length() && k - end <= 3 && NUMBER_CHARS.indexOf(t.charAt(k)) >= 0) k++;
                if (k > end + 1 && k - end <= 4 && k < t.length() && (t.charAt(k) == ')' || t.charAt(k) == '）')) end = k + 1;
            }
            return (long) start << 32 | end;
        }
        return -1;
    }

    private static final String NUMBER_CHARS = "0123456789一二三四五六七八九十";

    /**
     * Whether {@link #WORDS} can match in the line: every title word ends in 自评表, 目标表, 申报表 or 指标表, so a 表 after
     * 评, 标 or 报 (TitleFilterTest holds it to the regex on every corpus line and random ones).
     */
    static boolean mayHoldWord(String line) {
        return mayHoldWord(line, line.indexOf('表', 1));
    }

    /** {@link #mayHoldWord(String)} from the line's first 表 after its first character ({@code first}, -1: none). */
    private static boolean mayHoldWord(String line, int first) {
        for (int i = first; i > 0; i = line.indexOf('表', i + 1)) {
            char c = line.charAt(i - 1);
            if (c == '评' || c == '标' || c == '报') return true;
        }
        return false;
    }

    /** The line's characters without the single spaces between them, when every two are set apart so (five or more); else null. */
    private static String unspaced(String line) {
        String t = Cells.clean(line);
        if (t == null || t.length() < 9 || t.length() % 2 == 0) return null;
        StringBuilder sb = new StringBuilder(t.length() / 2 + 1);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((i % 2 == 1) != (c == ' ')) return null;
            if (c != ' ') sb.append(c);
        }
        return sb.toString();
    }

    /**
     * A table's heading printed without its 表 (部门整体绩效目标 over Fuliang's table, 018; 项目支出绩效目标, 转移支付区域(项目)
     * 绩效目标自评): a title word less its 表 ending the text, after a word that names what is evaluated (整体, 项目, 支出,
     * 区域, a bracket) or at its start. Not a title (a row may be named 完成年度绩效目标: 年度 is no such word) — asked only
     * where a table visibly begins below it.
     */
    static boolean heading(String text) {
        return text != null && text.length() <= 60 && HEADING.matcher(text).matches();
    }

    private static final Pattern HEADING = Pattern.compile(
            "(?:.{0,40}?(?:整体|项目|支出|区域|[)）]))?(?:支出)?绩效(?:目标|自评|目标自评|目标申报|评价指标)");

    /** A report's title as the page prints it (名称: 蒙城县…评价报告): without the label before it. */
    static String report(String line) {
        return lead(Cells.clean(line));
    }

    /** A report's title: {unit}{year}年(度){project}(项目(支出))绩效(评价|自评)报告, or the year last ({unit}{project}{year}年度…). */
    private static final Pattern REPORT = Pattern.compile("^(.*?)(20\\d\\d)年度?(.*?)(?:项目支出|项目)?绩效(?:评价|自评)?报告$");

    /**
     * The project and unit a report's title names (蒙城县医疗保障局2024年度城乡居民基本医疗保险县级补助资金项目支出绩效评价报告):
     * the unit before the year when it ends as an organisation's name does (溆浦县 is a place, not a unit), the project
     * after it (部门整体支出 is a department's, no project); with the year last, the text before it is the unit up to where
     * its whole name ends ({@link #unitEnd}) and the project after it (红河州第二人民医院国家基本公共卫生服务项目州级补助资金2023年度…).
     */
    static Fields.Header reportFields(String title) {
        if (title == null) return new Fields.Header(null, null, null);
        Matcher m = REPORT.matcher(title);
        if (!m.matches()) return new Fields.Header(null, null, null);
        String before = m.group(1), after = m.group(3);
        String unit = Fields.organisation(before) ? before : null, project = after.isEmpty() || after.contains("整体") ? null : after;
        if (unit == null && after.isEmpty()) {
            int end = unitEnd(before);
            if (end > 0) { unit = before.substring(0, end); project = before.substring(end); }
        }
        return new Fields.Header(project, unit, null);
    }

    /**
     * Where the organisation a title begins with ends, the project following it (0 when none ends before the last
     * character): at its first organisation's ending that is no word's middle — 社会 and 会计 end and begin in 会,
     * 司法 begins in 司 (某县社会保险事业管理局, 某县司法局, 某市会计核算中心) — and on over a unit under it named right after
     * it ({@link #under}: 某县人民政府办公室, 岳阳市生态环境局临湘分局, 国家税务总局包头市税务局信息中心).
     */
    static int unitEnd(String text) {
        text = Script.simplified(text); // (place for place: a 繁體 page's 社會 is 社会's middle too, h180)
        int end = 0, gov = -1;
        for (int i = 2; i < text.length() - 1; i++) {
            if (!Fields.organisation(text.substring(0, i)) || inWord(text, i)) continue;
            if (end == 0 || under(text.substring(end, i)) || gov > 0 && governed(text.substring(gov, i))) end = i;
            if (end == i && gov < 0 && text.startsWith("政府", i - 2)) gov = i;
        }
        return end;
    }

    /**
     * Whether the text after a first end at 政府 goes on with the rest of one organisation's name (天津市滨海新区政府 +
     * 专职消防队管理中心): a short stretch that ends as an organisation's, holds no project word and no second 政府.
     */
    private static boolean governed(String stretch) {
        if (stretch.length() < 2 || stretch.length() > 12 || stretch.contains("政府")) return false;
        for (String w : PROJECT_WORDS) if (stretch.contains(w)) return false;
        return true;
    }

    /**
     * The last words of a unit under another, named after it (临湘分局, 科技信息化支队, 县委宣传部, 政府办公室, 市中心医院, a
     * county bureau's section: 财政局绩效管理股, h24).
     */
    private static final List<String> UNDER = List.of("分局", "分院", "分中心", "支队", "大队", "中队", "办公室", "宣传部", "组织部",
            "统战部", "信息中心", "医院", "股");
    /** A unit under another named with its own place first (国家税务总局包头市税务局). */
    private static final Pattern PLACED = Pattern.compile("^.{1,4}?[省市县区州旗].{1,6}");
    /** Words of a project's name: a stretch holding one is the project, whatever it ends with (政府投资审计项目). */
    private static final List<String> PROJECT_WORDS = List.of("项目", "资金", "经费", "补助", "专项", "建设", "工程");

    /** Whether the text after an organisation's name, ending as an organisation's, is a unit under it rather than the project's start. */
    private static boolean under(String stretch) {
        if (stretch.length() < 2 || stretch.length() > 10) return false;
        for (String w : PROJECT_WORDS) if (stretch.contains(w)) return false;
        for (String w : UNDER) if (stretch.endsWith(w)) return true;
        return PLACED.matcher(stretch).matches();
    }

    /**
     * Words an organisation's last character ends or begins that are no organisation (社会, 会计, 司法 …); 委员 and 委会: the
     * 委 of a 委员会 or 常委会 is not its end (共青团北京市海淀区委员会, h195).
     */
    private static final List<String> NOT_AN_END = List.of("社会", "机会", "都会", "会计", "会议", "司法", "部门", "部分", "所属",
            "所有", "处理", "处置", "办理", "办公", "队伍", "委托", "局部", "院校", "站点", "校园", "委员", "委会");

    /** Whether the prefix text[0, i) ends inside a word (its last character with the one before or after it). */
    private static boolean inWord(String text, int i) {
        for (String w : NOT_AN_END) if (text.startsWith(w, i - 2) || text.startsWith(w, i - 1)) return true;
        return false;
    }

    static String lead(String s) {
        if (s == null || s.isEmpty()) return s;
        // a label begins with 文, 信, 名 or 标, a counter with a digit: any other text has no lead (a title, nearly always)
        char c = s.charAt(0);
        if (c != '文' && c != '信' && c != '名' && c != '标' && (c < '0' || c > '9')) return s;
        Matcher m = LEAD.matcher(s);
        return m.find() ? Cells.clean(s, m.end(), s.length()) : s;
    }

    /** What a table's name is written with: Han characters, digits, and the brackets of (2023年度) or (项目). */
    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || "()（）".indexOf(c) >= 0;
    }
}
