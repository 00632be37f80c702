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

/**
 * The PARSE-FORMAT.md JSON of a parsed document, exactly: the published fields in their order, nulls printed,
 * nothing of the evaluator's. Reading scorecard JSON back is {@link org.jixiao.scorecard.json.ScorecardJson}'s job.
 */
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
}
