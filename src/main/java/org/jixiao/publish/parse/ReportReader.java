package org.jixiao.publish.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.measure.Units;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Scorecard;

/** A 绩效评价报告 with no indicator table: one evaluation-report entry carrying its title, year and unit. */
final class ReportReader {
    private ReportReader() {}

    static Scorecard read(List<Line> lines) {
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            String t = Title.report(lines.get(i).text());
            if (t == null || t.length() > 100) continue;
            if (t.endsWith("评价报告") || t.endsWith("自评报告") || t.endsWith("绩效报告")) {
                Integer year = SelfEvaluationReader.year(t, List.of());
                Fields.Header named = Title.reportFields(t), said = said(lines);
                String unit = named.unit() != null ? named.unit() : said.unit();
                // a self-evaluation is signed by the unit that evaluates itself (an evaluation report may be an agency's)
                if (unit == null && t.endsWith("自评报告")) unit = signedBy(lines);
                // the 主管部门 a sentence names is the one of the unit it names
                String competent = unit != null && unit.equals(said.unit()) ? said.competent() : null;
                return new Scorecard("evaluation-report", t, year, named.project(), unit, competent, Vocabulary.province(t),
                        sentenceBudget(lines), null, List.of());
            }
        }
        // an excerpt copied without its title still opens with the report outline's first section (一、项目基本情况)
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            String t = Cells.clean(lines.get(i).text());
            if (t != null && FIRST_SECTION.matcher(t).matches()) {
                Fields.Header said = said(lines);
                return new Scorecard("evaluation-report", null, SelfEvaluationReader.year(null, lines), null, said.unit(),
                        said.competent(), null, sentenceBudget(lines), null, List.of());
            }
        }
        return null;
    }

    /** The first section of a 绩效评价/自评报告 as its outline prints it (财预〔2020〕10号 附件): 一、项目基本情况, 一、部门概况. */
    private static final Pattern FIRST_SECTION = Pattern.compile("一[、.．]\\s*(?:项目|部门|单位)?(?:基本情况|概况)");

    /**
     * A unit and its 主管部门 as a report's outline states them (一、项目基本情况): 怀化市医疗保障事务中心作为怀化市医疗保障局所属
     * 二级部门预算单位 (003), …是…所属的二级预算单位. Both names must end as an organisation's does; read in the report's
     * first lines only, where the outline introduces the unit.
     */
    private static final Pattern SUBORDINATE = Pattern.compile(
            "([^,，。;；:：、()（）\\s]{4,40}?)(?:作为|是|系)([^,，。;；:：、()（）\\s]{4,40}?)所属的?(?:[一二三]级)?(?:部门)?预算单位");

    static Fields.Header said(List<Line> lines) {
        for (int i = 0; i < Math.min(lines.size(), 60); i++) {
            String s = lines.get(i).text();
            if (!s.contains("所属") || !s.contains("预算单位")) continue; // most lines of a report are passed over here
            Matcher m = SUBORDINATE.matcher(s);
            while (m.find()) {
                if (Fields.organisation(m.group(1)) && Fields.organisation(m.group(2))) {
                    return new Fields.Header(null, m.group(1), m.group(2));
                }
            }
        }
        return new Fields.Header(null, null, null);
    }

    /**
     * The organisation a report is signed by ({@link Signature#signer}: its name alone on the line above the date alone
     * on its line), among the report's last lines (常德市鼎城区医疗保障局 / 2024年5月30日, h10 h28); null when the report
     * ends otherwise.
     */
    static String signedBy(List<Line> lines) {
        Line signer = Signature.closing(lines);
        return signer == null ? null : Cells.clean(signer.text());
    }

    /**
     * 执行率95%, 执行率为/是/达/达到/已达到 95%, and its other name 支出进度/执行进度 96.2% (spent ÷ budget all the same,
     * checked against the amounts like the rate): the rate as reports phrase it.
     */
    private static final Pattern RATE = Pattern.compile("(?:执行率|支出进度|执行进度)(?:为|是|达到|达|已达到|已达)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*[%％]");
    /**
     * What was spent: 已使用/实际支出/累计支出/已拨付/支付/使用(资金) 12046.3万元, and in the table's own words 全年执行数(为)
     * 3136.64万元 / 执行金额 (checked against the rate, never taken alone).
     */
    private static final Pattern SPENT = Pattern.compile(
            "(?:已使用|已支出|实际支出|已执行|执行数|执行金额|支出|已拨付|拨付|支付|使用)(?:资金)?\\s*(?:为|是)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(万元|亿元|元)");
    private static final Pattern AMOUNT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(万元|亿元|元)");

    /**
     * A report whose figures are in sentences: the sentence that says what was spent (已使用…, 实际支出…) and the
     * execution rate, and the money it was spent of — printed before the spent figure, in the same sentence or in one
     * before it (下达…资金12680万元。… 实际支出12046.3万元,资金执行率95%), the nearest amount for which spent ÷ money
     * agrees with the printed rate. The three are kept only together; never one alone.
     */
    static Budget sentenceBudget(List<Line> lines) {
        List<BigDecimal> before = new ArrayList<>(); // the amounts printed so far, in order
        for (Line l : lines) {
            for (String sentence : l.text().split("。")) {
                Matcher r = RATE.matcher(sentence), e = SPENT.matcher(sentence);
                // a sentence with none of the rate's words is not searched (most sentences of a report; 度 alone is in every 年度)
                boolean rated = (sentence.contains("执行率") || sentence.contains("进度")) && r.find(0);
                // each spent figure of the sentence in turn (拨付 may name the money allocated as well as spent)
                while (rated && e.find()) {
                    BigDecimal executed = wan(e.group(1), e.group(2));
                    BigDecimal rate = new BigDecimal(r.group(1));
                    List<BigDecimal> candidates = new ArrayList<>(before);
                    Matcher a = AMOUNT.matcher(sentence);
                    while (a.find() && a.start() < e.start()) candidates.add(wan(a.group(1), a.group(2)));
                    for (int k = candidates.size() - 1; k >= 0; k--) {
                        BigDecimal planned = candidates.get(k);
                        if (planned.signum() != 0 && Cells.rateAgrees(planned, executed, rate)) {
                            return new Budget("万元", initial(lines), planned, executed, rate, List.of());
                        }
                    }
                }
                Matcher a = AMOUNT.matcher(sentence);
                while (a.find()) before.add(wan(a.group(1), a.group(2)));
            }
        }
        return null;
    }

    /** 年初预算(数)(为) 2860万元: the initial budget as a report names it (asked only of a report whose budget was found). */
    private static final Pattern INITIAL = Pattern.compile("年初预算(?:数|资金)?(?:为|是)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(万元|亿元|元)");

    private static BigDecimal initial(List<Line> lines) {
        for (Line l : lines) {
            if (!l.text().contains("年初预算")) continue;
            Matcher m = INITIAL.matcher(l.text());
            if (m.find()) return wan(m.group(1), m.group(2));
        }
        return null;
    }

    private static BigDecimal wan(String amount, String unit) {
        return GridTableReader.toWan(new BigDecimal(amount), Units.of(unit).orElseThrow());
    }
}
