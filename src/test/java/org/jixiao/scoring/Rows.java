package org.jixiao.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.OverallGoal;
import org.jixiao.scorecard.Scorecard;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test fixtures: scorecards read from the seeds' expected JSON, and hand-built rows with evaluator inputs. */
final class Rows {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Rows() {}

    /** The first table of seeds/expected/{name}.json as a Scorecard. */
    static Scorecard seed(String name) {
        try (InputStream in = Rows.class.getResourceAsStream("/seeds/expected/" + name + ".json")) {
            JsonNode t = JSON.readTree(in).get("tables").get(0);
            JsonNode b = t.get("budget");
            List<FundSource> sources = new ArrayList<>();
            for (JsonNode s : b.get("sources")) {
                sources.add(new FundSource(text(s, "name"), decimal(s, "planned"), decimal(s, "executed"), decimal(s, "ratePercent")));
            }
            Budget budget = new Budget(text(b, "currency"), decimal(b, "initial"), decimal(b, "planned"),
                    decimal(b, "executed"), decimal(b, "ratePercent"), sources);
            List<Indicator> indicators = new ArrayList<>();
            for (JsonNode i : t.get("indicators")) {
                indicators.add(Indicator.builder().level1(text(i, "level1")).level2(text(i, "level2")).name(text(i, "name"))
                        .target(text(i, "target")).actual(text(i, "actual")).weight(decimal(i, "weight"))
                        .score(decimal(i, "score")).reason(text(i, "reason")).definition(text(i, "definition"))
                        .duty(text(i, "duty")).dutyGoal(text(i, "dutyGoal")).goalContent(text(i, "goalContent"))
                        .activity(text(i, "activity")).build());
            }
            JsonNode g = t.get("overallGoal");
            OverallGoal goal = g == null || g.isNull() ? null : new OverallGoal(text(g, "target"), text(g, "achievement"));
            return new Scorecard(text(t, "form"), text(t, "title"), t.get("year").intValue(), text(t, "project"),
                    text(t, "unit"), text(t, "competentDepartment"), text(t, "region"), budget, goal, indicators);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.decimalValue();
    }

    static Indicator row(String level1, String name, String target, String actual, String weight) {
        return Indicator.of(level1, null, name, target, actual).withWeight(weight == null ? null : new BigDecimal(weight));
    }

    static Indicator graded(String name, String target, String actual, String weight, QualitativeGrade grade,
                            String percent, String score) {
        return Indicator.builder().level1("效益指标").level2("社会效益指标").name(name).target(target).actual(actual)
                .weight(new BigDecimal(weight)).score(score == null ? null : new BigDecimal(score)).grade(grade)
                .completionPercent(percent == null ? null : new BigDecimal(percent)).build();
    }

    static Indicator notApplicable(Indicator i) {
        return i.toBuilder().notApplicable(true).build();
    }

    static Indicator withDeduction(Indicator i, String deduction, String reason) {
        return i.toBuilder().reason(reason).deduction(new BigDecimal(deduction)).build();
    }

    static Scorecard card(Budget budget, Indicator... indicators) {
        return new Scorecard("project-self-evaluation", "测试", 2021, "测试项目", "测试单位", null, null, budget, null,
                List.of(indicators));
    }

    static Budget budget(String planned, String executed) {
        return new Budget("万元", null, planned == null ? null : new BigDecimal(planned),
                executed == null ? null : new BigDecimal(executed), null, List.of());
    }

    static ScoringRules national() { return RuleBook.standard().byId("national-2020").orElseThrow(); }

    static BigDecimal d(String s) { return new BigDecimal(s); }
}
