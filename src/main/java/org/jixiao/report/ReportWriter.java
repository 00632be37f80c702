package org.jixiao.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scoring.Finding;
import org.jixiao.scoring.IndicatorScore;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.SelfEvaluation;

/**
 * Writes the draft 自评报告 of a scorecard from what the scorecard and its self-evaluation say: nothing is invented,
 * every number is the scorecard's or the scorer's. Extra material (monitoring, evidence) comes in as paragraphs
 * per section ({@code extra}); the filler then rewrites what needs a human voice.
 */
public final class ReportWriter {
    /** Findings that describe a problem worth reporting (not the scorer's bookkeeping). */
    private static final List<Finding.Code> PROBLEMS = List.of(Finding.Code.EXECUTION_BELOW_THRESHOLD,
            Finding.Code.COMPLETION_AHEAD_OF_SPENDING, Finding.Code.LARGE_UNSPENT_SHARE, Finding.Code.OVER_ACHIEVEMENT,
            Finding.Code.ACTUAL_MISSING, Finding.Code.UNIT_MISMATCH, Finding.Code.MANUAL_JUDGEMENT);

    private ReportWriter() {}

    public static Report write(Scorecard s) { return write(s, Map.of()); }

    public static Report write(Scorecard s, Map<Report.Part, List<String>> extra) {
        return write(s, Scorer.evaluate(s), extra);
    }

    /** The report of a scorecard with a given evaluation: its stored one (issue 11), not scored again. */
    public static Report write(Scorecard s, SelfEvaluation e, Map<Report.Part, List<String>> extra) {
        String name = name(s);
        Map<Report.Part, List<String>> p = new LinkedHashMap<>();
        for (Report.Part part : Report.Part.values()) p.put(part, new ArrayList<>());

        // 一、基本情况
        StringBuilder basic = new StringBuilder();
        if (s.year() != null) basic.append(s.year()).append("年度");
        basic.append("“").append(name).append("”");
        if (s.unit() != null) basic.append("由").append(s.unit()).append("实施");
        if (s.competentDepartment() != null) basic.append("，主管部门为").append(s.competentDepartment());
        p.get(Report.Part.BASIC).add(basic.append("。").toString());
        Budget b = s.budget();
        if (b.planned() != null || b.executed() != null) {
            String cur = b.currency() == null ? "万元" : b.currency();
            StringBuilder money = new StringBuilder("全年预算数").append(num(b.planned())).append(cur)
                    .append("，全年执行数").append(num(b.executed())).append(cur);
            if (e.executionRatePercent() != null) money.append("，预算执行率").append(num(e.executionRatePercent())).append("%");
            money.append("。");
            List<String> parts = new ArrayList<>();
            for (FundSource f : b.sources()) {
                parts.add(f.name() + "预算" + num(f.planned()) + cur + "、执行" + num(f.executed()) + cur);
            }
            if (!parts.isEmpty()) money.append("其中：").append(String.join("；", parts)).append("。");
            p.get(Report.Part.BASIC).add(money.toString());
        }

        // 二、绩效目标
        if (s.overallGoal() != null && s.overallGoal().target() != null) {
            p.get(Report.Part.GOALS).add("年度总体目标：" + s.overallGoal().target().strip());
        }
        Map<String, Integer> byLevel1 = new LinkedHashMap<>();
        for (Indicator i : s.indicators()) byLevel1.merge(i.level1() != null ? i.level1() : i.duty() != null ? i.duty() : "其他指标", 1, Integer::sum);
        List<String> counts = new ArrayList<>();
        byLevel1.forEach((k, v) -> counts.add(k + v + "项"));
        p.get(Report.Part.GOALS).add("共设置绩效指标" + s.indicators().size() + "项" + (counts.isEmpty() ? "" : "，其中" + String.join("、", counts)) + "。");
        if (s.overallGoal() != null && s.overallGoal().achievement() != null) {
            p.get(Report.Part.GOALS).add("全年实际完成情况：" + s.overallGoal().achievement().strip());
        }

        // 三、自评结论
        StringBuilder conclusion = new StringBuilder("经自评，").append(name).append("总得分").append(num(e.total()))
                .append("分，评价等级为“").append(e.grade().label()).append("”");
        if (e.executionScore() != null) conclusion.append("。其中预算执行率得分").append(num(e.executionScore())).append("分");
        conclusion.append("，各项指标得分合计").append(num(e.indicatorScore())).append("分。");
        p.get(Report.Part.CONCLUSION).add(conclusion.toString());

        // 四、各项指标完成情况 / 五、偏离原因
        List<String> shortNames = new ArrayList<>();
        for (int i = 0; i < s.indicators().size(); i++) {
            Indicator ind = s.indicators().get(i);
            IndicatorScore sc = i < e.indicators().size() ? e.indicators().get(i) : null;
            StringBuilder line = new StringBuilder().append(i + 1).append(". ").append(ind.name() == null ? "" : ind.name());
            String where = join("／", ind.level1(), ind.level2());
            if (!where.isEmpty()) line.append("（").append(where).append("）");
            line.append("：年度指标值").append(text(ind.target())).append("，全年实际完成值").append(text(ind.actual()));
            if (sc != null && sc.weight() != null) line.append("，分值").append(num(sc.weight())).append("分");
            if (sc != null && sc.score() != null) line.append("，得分").append(num(sc.score())).append("分");
            p.get(Report.Part.INDICATORS).add(line.append("。").toString());
            if (sc != null && sc.weight() != null && sc.score() != null && sc.score().compareTo(sc.weight()) < 0) {
                shortNames.add("“" + ind.name() + "”");
                p.get(Report.Part.DEVIATIONS).add(ind.name() + "：分值" + num(sc.weight()) + "分，得分" + num(sc.score())
                        + "分。" + (ind.reason() == null || ind.reason().isBlank() ? "（尚未填写偏差原因）" : ind.reason().strip()));
            }
        }
        if (p.get(Report.Part.DEVIATIONS).isEmpty()) p.get(Report.Part.DEVIATIONS).add("各项指标均达到年度指标值，未发生偏离。");

        // 六、存在问题
        for (Finding f : e.findings()) {
            if (!PROBLEMS.contains(f.code())) continue;
            String who = f.indicatorIndex() == null ? "" : "第" + (f.indicatorIndex() + 1) + "项指标“"
                    + s.indicators().get(f.indicatorIndex()).name() + "”：";
            p.get(Report.Part.PROBLEMS).add(who + f.zh() + "。");
        }
        if (!shortNames.isEmpty()) {
            p.get(Report.Part.PROBLEMS).add(String.join("、", shortNames) + "等" + shortNames.size() + "项指标未完全达到年度指标值。");
        }
        if (p.get(Report.Part.PROBLEMS).isEmpty()) p.get(Report.Part.PROBLEMS).add("自评中未发现需要说明的问题。");

        // 七、改进措施
        if (e.executionRatePercent() != null && e.executionRatePercent().compareTo(new BigDecimal("100")) < 0) {
            p.get(Report.Part.MEASURES).add("加快预算执行进度，按月跟踪资金支付，提高预算执行率（本年度为" + num(e.executionRatePercent()) + "%）。");
        }
        if (!shortNames.isEmpty()) {
            p.get(Report.Part.MEASURES).add("对" + String.join("、", shortNames) + "逐项分析原因、明确整改责任和时限，纳入下一年度绩效运行监控。");
        }
        if (e.has(Finding.Code.OVER_ACHIEVEMENT)) {
            p.get(Report.Part.MEASURES).add("对完成值明显超过年度指标值的指标，下一年度结合实际完成情况科学合理设定绩效目标。");
        }
        if (p.get(Report.Part.MEASURES).isEmpty()) p.get(Report.Part.MEASURES).add("继续加强项目管理和绩效运行监控，巩固现有成效。");

        // 八、结果应用
        p.get(Report.Part.USE).add("自评结果（" + num(e.total()) + "分，“" + e.grade().label()
                + "”）将作为以后年度预算安排、政策调整和改进管理的重要依据，并按规定随部门决算向社会公开。");

        extra.forEach((part, paragraphs) -> p.get(part).addAll(paragraphs));
        List<Report.Section> sections = new ArrayList<>();
        p.forEach((part, text) -> sections.add(new Report.Section(part, text, text.stream().map(t -> true).toList())));
        String title = (s.year() == null ? "" : s.year() + "年度") + name + "绩效自评报告";
        return new Report(title, sections);
    }

    static String name(Scorecard s) {
        return s.project() != null ? s.project() : s.title() != null ? s.title() : s.unit() != null ? s.unit() : "本项目";
    }

    private static String num(BigDecimal d) { return d == null ? "—" : d.stripTrailingZeros().toPlainString(); }

    private static String text(String t) { return t == null || t.isBlank() ? "（未填写）" : t.strip(); }

    private static String join(String sep, String... parts) {
        List<String> out = new ArrayList<>();
        for (String x : parts) if (x != null && !x.isBlank()) out.add(x.strip());
        return String.join(sep, out);
    }
}
