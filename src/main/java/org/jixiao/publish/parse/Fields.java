package org.jixiao.publish.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Label–value pairs of a table's header block ("项目名称 X 主管部门 Y"), glued or separated alike. */
final class Fields {
    private Fields() {}

    /** Labels longest first; a value runs from its label to the next label or the end of the line. */
    static final List<String> LABELS = longestFirst("转移支付(项目)名称", "转移支付（项目）名称", "部门(单位)名称", "部门（单位）名称",
            "转移支付项目名称", "项目实施单位", "资金使用单位", "中央主管部门", "地方主管部门", "省级主管部门", "市级主管部门",
            "市县主管部门", "县级主管部门", "区县主管部门", "预算单位名称", "主管部门及代码", "资金投入情况", "项目起止时间",
            "年度资金总额", "项目负责人", "全年预算数", "年初预算数", "全年执行数", "预算执行率", "年度总体目标", "部门联系人",
            "项目名称", "资金名称", "部门名称", "单位名称", "主管部门", "实施单位", "项目属性", "联系电话", "项目资金",
            "项目类型", "项目类别", "填报日期", "项目(专项)名称", "转移(项目)名称", "专项(项目)名称", "专项（项目）名称", "专项名称", "专项资金名称", "转移支付资金名称", "转移支付(专项)名称", "转移支付（专项）名称", "转移支付名称", "具体实施单位", "自评总分", "资金情况", "执行率", "联系人", "分值", "得分");

    private static List<String> longestFirst(String... labels) {
        return java.util.Arrays.stream(labels).sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The labels of a table's project, then of its unit, each in the order one is preferred to another. */
    // (专项（项目）名称, 专项名称: the Ministry of Finance's 区域绩效目标表 names its fund so, h163; 专项资金名称 a province's
    // allocation notice, h199; 转移支付名称 the Ministry's 转移支付区域绩效目标表, h232)
    private static final List<String> PROJECT = List.of("转移支付(项目)名称", "转移支付（项目）名称", "转移支付项目名称", "项目名称", "资金名称",
                    "项目(专项)名称", "转移(项目)名称", "专项(项目)名称", "专项（项目）名称", "专项名称", "专项资金名称", "转移支付资金名称", "转移支付(专项)名称", "转移支付（专项）名称", "转移支付名称"),
            UNIT = List.of("实施单位", "资金使用单位", "项目实施单位", "具体实施单位", "部门(单位)名称", "部门（单位）名称", "预算单位名称",
                    "单位名称", "部门名称");

    /** Whether a header cell (its key: brackets half-width) is the label of a table's project. */
    static boolean projectLabel(String key) {
        return PROJECT.contains(key);
    }

    /**
     * Whether a header cell is the label of a table's unit; 一级/二级预算单位名称 are, and so is the label a page cut at
     * its first character (级预算单位名称, 019).
     */
    static boolean unitLabel(String key) {
        return UNIT.contains(key) || key.endsWith("预算单位名称");
    }

    /** A header block's project, unit and 主管部门 (the most local one, {@link CompetentDepartment}). */
    record Header(String project, String unit, String competent) {
        /** No field read (or none looked for). */
        static final Header NONE = new Header(null, null, null);

        /**
         * In text glued with no separators a value runs to the next label the vocabulary knows, so where it ends is a
         * guess: a unit or department is kept only when it ends as an organisation's name does (…局, …委, …中心, …医院);
         * 主管部门财政处室自评总分 (016) is an office inside one, and no department is read.
         */
        Header glued() {
            return new Header(project, organisation(unit) ? unit : null, organisation(competent) ? competent : null);
        }
    }

    static Header header(Map<String, String> fields) {
        return new Header(first(fields, PROJECT), first(fields, UNIT), CompetentDepartment.of(fields));
    }

    private static String first(Map<String, String> fields, List<String> labels) {
        for (String l : labels) if (fields.get(l) != null) return fields.get(l);
        return null;
    }

    /**
     * The last characters of an organisation's name: 局 厅 委 部 院 站 所 队 办 馆 校 会 司 处, and the words 中心, 政府,
     * 办公室 and a 社 that is a cooperative's or a press's (合作社, 联社, 出版社, 报社). Not 室 or 社 alone: 财政处室 is an
     * office inside a department (016), and 社 begins 社会 and 社区, where a name read up to its first ending (Title
     * reportFields) would be cut.
     */
    static boolean organisation(String v) {
        if (v == null || v.length() < 2) return false;
        v = Script.simplified(v); // (…委員會, 國有資產監督管理局 as the fold kept them: h169)
        if ("局厅委部院站所队办馆校会司处股".indexOf(v.charAt(v.length() - 1)) >= 0) return true; // (股: a county bureau's section, h24)
        for (String w : ORGANISATION_WORDS) if (v.endsWith(w)) return true;
        return false;
    }

    private static final List<String> ORGANISATION_WORDS = List.of("中心", "政府", "办公室", "合作社", "联社", "出版社", "报社", "中学", "小学", "幼儿园");

    /** The labels by their first characters: a label is looked for only where one of them stands (asked at every character of a table's lines). */
    private static final Vocabulary.Words LABEL_WORDS = Vocabulary.words(LABELS);

    /** The first label of LABELS written at i in s, or null. */
    private static String labelAt(String s, int i) {
        return LABEL_WORDS.at(s, i);
    }

    static Map<String, String> extract(List<Line> lines) {
        Map<String, String> out = new HashMap<>();
        for (int li = 0; li < lines.size(); li++) {
            String s = lines.get(li).text();
            // labels compared simplified, place for place (主管部門 the fold kept as written in a glued line, h141 h169);
            // a value is cut from the line as written
            String seen = Script.simplified(s);
            int i = 0;
            String open = null;
            int valueStart = 0;
            while (i <= s.length()) {
                String hit = null;
                if (i < s.length()) hit = labelAt(seen, i);
                if (hit != null || i == s.length()) {
                    if (open != null && !out.containsKey(open)) {
                        String v = Cells.clean(s.substring(valueStart, i));
                        if (v != null) v = strip(v);
                        int next = li + 1;
                        while (next < lines.size() && lines.get(next).empty()) next++; // one cell per paragraph
                        if (v == null && hit == null && next < lines.size() && !hasLabel(lines.get(next).text())) {
                            v = Cells.clean(lines.get(next).text()); // one cell per line: the value is the next line
                            if (v != null) v = merged(v); // (its cell alone, a line ending in pipes: 012's, 020's copies)
                        }
                        out.put(open, v);
                    }
                    if (hit == null) break;
                    open = hit;
                    i += hit.length();
                    valueStart = i;
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    private static String strip(String v) {
        String t = v;
        while (!t.isEmpty() && (t.charAt(0) == ':' || t.charAt(0) == '：')) t = t.substring(1);
        return merged(Cells.clean(t));
    }

    /**
     * A merged cell copied from a spreadsheet repeats its text in every column it spans (邵阳市教育局\t邵阳市教育局): the
     * value is that one cell, once. Tab-separated values that differ are kept as they are. A value of pipe cells (a
     * label's row of a pipe table read as a line: | 农业保险保费补贴 | | |) is its cells, the empty ones and the pipes
     * around them left out; cells that differ are kept, a pipe between them.
     */
    static String merged(String v) {
        if (v != null && v.indexOf('|') >= 0) return pipeCells(v);
        if (v == null || v.indexOf('\t') < 0) return v;
        String one = null;
        for (String part : v.split("\t")) {
            String p = Cells.clean(part);
            if (p == null) continue;
            if (one == null) one = p;
            else if (!one.equals(p)) return v;
        }
        return one;
    }

    /** The non-empty cells of a value cut out of a pipe row, once each when they repeat a merged cell; null when none. */
    private static String pipeCells(String v) {
        List<String> cells = new java.util.ArrayList<>();
        for (String part : v.split("\\|")) {
            String p = Cells.clean(part);
            if (p != null && (cells.isEmpty() || !cells.get(cells.size() - 1).equals(p))) cells.add(p);
        }
        return cells.isEmpty() ? null : String.join(" | ", cells);
    }

    static boolean hasLabel(String s) {
        return LABEL_WORDS.in(Script.simplified(s));
    }
}
