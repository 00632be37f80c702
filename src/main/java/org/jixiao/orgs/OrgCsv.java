package org.jixiao.orgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The org tree as CSV (UTF-8, header {@code level,code,name,parent}), parent written as the full name path
 * ("中华人民共和国/四川省") so units without a 区划代码 can be placed too. Rows come parent before child.
 */
public final class OrgCsv {
    public static final String HEADER = "level,code,name,parent";

    private OrgCsv() {}

    /** One line of the file; {@code line} is 1-based, for error messages. */
    public record Row(int line, String level, String code, String name, String parent) {
        public String path() { return parent == null || parent.isBlank() ? name : parent + "/" + name; }
    }

    /** @param tree every org by id, to name the parents of rows whose ancestors lie outside the rows */
    public static String format(List<Org> orgs, Map<Long, Org> tree) {
        Map<Long, Org> byId = tree;
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Org o : orgs) {
            out.append(cell(o.level().label())).append(',').append(cell(o.code())).append(',')
                    .append(cell(o.name())).append(',').append(cell(namePath(byId, o.parentId()))).append('\n');
        }
        return out.toString();
    }

    static String namePath(Map<Long, Org> byId, Long id) {
        List<String> names = new ArrayList<>();
        for (Org o = id == null ? null : byId.get(id); o != null; o = o.parentId() == null ? null : byId.get(o.parentId())) {
            names.add(0, o.name());
        }
        return String.join("/", names);
    }

    public static List<Row> parse(String csv) {
        List<Row> rows = new ArrayList<>();
        String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            List<String> cells = split(lines[i]);
            if (i == 0 && cells.size() > 0 && cells.get(0).trim().equalsIgnoreCase("level")) continue;
            while (cells.size() < 4) cells.add("");
            rows.add(new Row(i + 1, cells.get(0).trim(), blankToNull(cells.get(1)), cells.get(2).trim(), cells.get(3).trim()));
        }
        return rows;
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cur.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { cells.add(cur.toString()); cur.setLength(0); }
            else cur.append(c);
        }
        cells.add(cur.toString());
        return cells;
    }

    private static String cell(String s) {
        if (s == null) return "";
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}
