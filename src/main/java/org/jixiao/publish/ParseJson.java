package org.jixiao.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.publish.parse.ParseWarning;
import org.jixiao.publish.parse.ParsedDocument;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.OverallGoal;
import org.jixiao.scorecard.References;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.ValueKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The PARSE-FORMAT.md JSON of a parsed document, and back (tolerant: unknown fields such as _notes are ignored). */
public final class ParseJson {
    private ParseJson() {}

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public static String toJson(ParsedDocument doc) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", doc.file());
        ArrayNode tables = root.putArray("tables");
        for (Scorecard t : doc.tables()) tables.add(table(t));
        ArrayNode warnings = root.putArray("warnings");
        for (ParseWarning w : doc.warnings()) {
            ObjectNode o = warnings.addObject();
            o.put("line", w.line());
            o.put("message", w.message());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static ObjectNode table(Scorecard t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("form", t.form());
        o.put("title", t.title());
        if (t.year() == null) o.putNull("year"); else o.put("year", t.year());
        o.put("project", t.project());
        o.put("unit", t.unit());
        o.put("competentDepartment", t.competentDepartment());
        Budget b = t.budget();
        ObjectNode bo = o.putObject("budget");
        bo.put("currency", b.currency());
        bo.put("initial", b.initial());
        bo.put("planned", b.planned());
        bo.put("executed", b.executed());
        bo.put("ratePercent", b.ratePercent());
        ArrayNode sources = bo.putArray("sources");
        for (FundSource f : b.sources()) {
            ObjectNode so = sources.addObject();
            so.put("name", f.name());
            so.put("planned", f.planned());
            so.put("executed", f.executed());
            so.put("ratePercent", f.ratePercent());
        }
        if (t.overallGoal() == null) o.putNull("overallGoal");
        else {
            ObjectNode g = o.putObject("overallGoal");
            g.put("target", t.overallGoal().target());
            g.put("achievement", t.overallGoal().achievement());
        }
        ArrayNode inds = o.putArray("indicators");
        for (Indicator i : t.indicators()) {
            ObjectNode io = inds.addObject();
            io.put("level1", i.level1());
            io.put("level2", i.level2());
            io.put("name", i.name());
            io.put("target", i.target());
            io.put("actual", i.actual());
            io.put("weight", i.weight());
            io.put("score", i.score());
            io.put("reason", i.reason());
            io.put("definition", i.definition());
            io.put("duty", i.duty());
            io.put("dutyGoal", i.dutyGoal());
            io.put("goalContent", i.goalContent());
            io.put("activity", i.activity());
            References r = i.references();
            if (r == null) io.putNull("references");
            else {
                ObjectNode ro = io.putObject("references");
                ro.put("planned", r.planned());
                ro.put("standard", r.standard());
                ro.put("standardSource", r.standardSource());
                ro.put("threeYearAverage", r.threeYearAverage());
                ro.put("lastYear", r.lastYear());
                ro.put("historySource", r.historySource());
            }
        }
        return o;
    }

    /** Reads a PARSE-FORMAT document (with "tables") or a single table object. */
    public static ParsedDocument fromJson(String json) {
        List<ScorecardJsonException.Problem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JacksonException e) {
            throw new ScorecardJsonException(List.of(new ScorecardJsonException.Problem("$", "不是有效的JSON: "
                    + e.getOriginalMessage(), "not valid JSON: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new ScorecardJsonException(List.of(new ScorecardJsonException.Problem("$", "应为JSON对象", "expected a JSON object")));
        }
        Reader r = new Reader(problems);
        List<Scorecard> tables = new ArrayList<>();
        List<ParseWarning> warnings = new ArrayList<>();
        String file = null;
        if (root.has("tables")) {
            file = r.text(root, "file", "$");
            JsonNode ts = root.get("tables");
            if (!ts.isArray()) problems.add(new ScorecardJsonException.Problem("$.tables", "应为数组", "expected an array"));
            else for (int i = 0; i < ts.size(); i++) tables.add(r.table(ts.get(i), "$.tables[" + i + "]"));
            JsonNode ws = root.get("warnings");
            if (ws != null && ws.isArray()) {
                for (int i = 0; i < ws.size(); i++) {
                    JsonNode w = ws.get(i);
                    BigDecimal line = r.number(w, "line", "$.warnings[" + i + "]");
                    warnings.add(new ParseWarning(line == null ? 0 : line.intValue(), r.text(w, "message", "$.warnings[" + i + "]")));
                }
            }
        } else {
            tables.add(r.table(root, "$"));
        }
        if (!problems.isEmpty()) throw new ScorecardJsonException(problems);
        return new ParsedDocument(file, tables, warnings);
    }

    private record Reader(List<ScorecardJsonException.Problem> problems) {

        Scorecard table(JsonNode t, String path) {
            if (t == null || !t.isObject()) {
                problems.add(new ScorecardJsonException.Problem(path, "应为对象", "expected an object"));
                return null;
            }
            BigDecimal year = number(t, "year", path);
            Budget budget = null;
            JsonNode b = t.get("budget");
            if (b != null && !b.isNull()) {
                if (!b.isObject()) problems.add(new ScorecardJsonException.Problem(path + ".budget", "应为对象", "expected an object"));
                else {
                    List<FundSource> sources = new ArrayList<>();
                    JsonNode ss = b.get("sources");
                    if (ss != null && !ss.isNull()) {
                        if (!ss.isArray()) problems.add(new ScorecardJsonException.Problem(path + ".budget.sources", "应为数组", "expected an array"));
                        else for (int i = 0; i < ss.size(); i++) {
                            String p = path + ".budget.sources[" + i + "]";
                            JsonNode s = ss.get(i);
                            sources.add(new FundSource(text(s, "name", p), number(s, "planned", p), number(s, "executed", p),
                                    number(s, "ratePercent", p)));
                        }
                    }
                    String bp = path + ".budget";
                    budget = new Budget(text(b, "currency", bp), number(b, "initial", bp), number(b, "planned", bp),
                            number(b, "executed", bp), number(b, "ratePercent", bp), sources);
                }
            }
            OverallGoal goal = null;
            JsonNode g = t.get("overallGoal");
            if (g != null && !g.isNull()) {
                if (!g.isObject()) problems.add(new ScorecardJsonException.Problem(path + ".overallGoal", "应为对象", "expected an object"));
                else goal = new OverallGoal(text(g, "target", path + ".overallGoal"), text(g, "achievement", path + ".overallGoal"));
            }
            List<Indicator> indicators = new ArrayList<>();
            JsonNode is = t.get("indicators");
            if (is != null && !is.isNull()) {
                if (!is.isArray()) problems.add(new ScorecardJsonException.Problem(path + ".indicators", "应为数组", "expected an array"));
                else for (int i = 0; i < is.size(); i++) {
                    Indicator ind = indicator(is.get(i), path + ".indicators[" + i + "]");
                    if (ind != null) indicators.add(ind);
                }
            }
            return new Scorecard(text(t, "form", path), text(t, "title", path), year == null ? null : year.intValue(),
                    text(t, "project", path), text(t, "unit", path), text(t, "competentDepartment", path), text(t, "region", path),
                    budget, goal, indicators);
        }

        Indicator indicator(JsonNode i, String p) {
            if (i == null || !i.isObject()) {
                problems.add(new ScorecardJsonException.Problem(p, "应为对象", "expected an object"));
                return null;
            }
            References refs = null;
            JsonNode r = i.get("references");
            if (r != null && !r.isNull()) {
                String rp = p + ".references";
                if (!r.isObject()) problems.add(new ScorecardJsonException.Problem(rp, "应为对象", "expected an object"));
                else refs = new References(text(r, "planned", rp), text(r, "standard", rp), text(r, "standardSource", rp),
                        text(r, "threeYearAverage", rp), text(r, "lastYear", rp), text(r, "historySource", rp));
            }
            return new Indicator(text(i, "level1", p), text(i, "level2", p), text(i, "name", p), text(i, "target", p),
                    text(i, "actual", p), number(i, "weight", p), number(i, "score", p), text(i, "reason", p),
                    text(i, "definition", p), text(i, "duty", p), text(i, "dutyGoal", p), text(i, "goalContent", p),
                    text(i, "activity", p), refs, grade(i, p), number(i, "completionPercent", p), valueKind(i, p),
                    bool(i, "notApplicable", p), number(i, "deduction", p));
        }

        String text(JsonNode o, String field, String path) {
            JsonNode v = o == null ? null : o.get(field);
            if (v == null || v.isNull()) return null;
            if (v.isString()) return v.asString();
            if (v.isNumber() || v.isBoolean()) return v.asString();
            problems.add(new ScorecardJsonException.Problem(path + "." + field, "应为文本", "expected text"));
            return null;
        }

        BigDecimal number(JsonNode o, String field, String path) {
            JsonNode v = o == null ? null : o.get(field);
            if (v == null || v.isNull()) return null;
            if (v.isNumber()) return v.decimalValue();
            if (v.isString()) {
                String s = v.asString().trim().replace(",", "");
                if (s.endsWith("%")) s = s.substring(0, s.length() - 1);
                if (s.isEmpty()) return null;
                try { return new BigDecimal(s); } catch (NumberFormatException e) { /* reported below */ }
            }
            problems.add(new ScorecardJsonException.Problem(path + "." + field, "应为数字: " + v, "expected a number: " + v));
            return null;
        }

        Boolean bool(JsonNode o, String field, String path) {
            JsonNode v = o.get(field);
            if (v == null || v.isNull()) return null;
            if (v.isBoolean()) return v.booleanValue();
            if (v.isString() && (v.asString().equalsIgnoreCase("true") || v.asString().equalsIgnoreCase("false"))) {
                return Boolean.valueOf(v.asString());
            }
            problems.add(new ScorecardJsonException.Problem(path + "." + field, "应为true或false", "expected true or false"));
            return null;
        }

        QualitativeGrade grade(JsonNode o, String path) {
            String s = text(o, "grade", path);
            if (s == null) return null;
            for (QualitativeGrade g : QualitativeGrade.values()) {
                if (g.name().equalsIgnoreCase(s.replace(' ', '_')) || g.label().equals(s) || g.english().equalsIgnoreCase(s)) return g;
            }
            if (s.equals("达成")) return QualitativeGrade.MET;
            if (s.equals("部分达成")) return QualitativeGrade.PARTLY_MET;
            if (s.equals("未达成")) return QualitativeGrade.NOT_MET;
            problems.add(new ScorecardJsonException.Problem(path + ".grade", "未知的等级: " + s + "（可用 MET / PARTLY_MET / NOT_MET）",
                    "unknown grade: " + s + " (use MET / PARTLY_MET / NOT_MET)"));
            return null;
        }

        ValueKind valueKind(JsonNode o, String path) {
            String s = text(o, "valueKind", path);
            if (s == null) return null;
            String u = s.toUpperCase(Locale.ROOT);
            if (u.equals("ABSOLUTE") || s.equals("绝对值")) return ValueKind.ABSOLUTE;
            if (u.equals("RELATIVE") || s.equals("相对值")) return ValueKind.RELATIVE;
            problems.add(new ScorecardJsonException.Problem(path + ".valueKind", "未知的值类型: " + s + "（可用 ABSOLUTE / RELATIVE）",
                    "unknown value kind: " + s + " (use ABSOLUTE / RELATIVE)"));
            return null;
        }
    }
}
