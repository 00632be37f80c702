package org.jixiao.publish.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.measure.Units;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Scorecard;

/** A 绩效评价报告 with no indicator table: one evaluation-report entry carrying its title, year and unit. */
final class ReportReader {
    private ReportReader() {}

    static Scorecard read(List<Line> lines, List<ParseWarning> warnings) {
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
                        budget(lines, year, warnings), null, List.of());
            }
        }
        // an excerpt copied without its title still opens with the report outline's first section (一、项目基本情况)
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            String t = Cells.clean(lines.get(i).text());
            if (t != null && FIRST_SECTION.matcher(t).matches()) {
                Fields.Header said = said(lines);
                Integer year = SelfEvaluationReader.year(null, lines);
                return new Scorecard("evaluation-report", null, year, null, said.unit(),
                        said.competent(), null, budget(lines, year, warnings), null, List.of());
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
     * checked against the amounts like the rate): the rate as reports phrase it. 到位率 is no such rate (h94: the share of
     * the money that arrived).
     */
    private static final Pattern RATE = Pattern.compile("(?:执行率|支出进度|执行进度)(?:为|是|达到|达|已达到|已达)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*[%％]");
    /** An amount of money: 12680万元, 1.2846亿元, 126,800,000元 (thousands separated only in threes). */
    private static final Pattern AMOUNT = Pattern.compile("([0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)\\s*(万元|亿元|千元|元)");
    /** What ends a clause inside a sentence: the words before an amount are read back to one of these. */
    private static final String CLAUSE_ENDS = "，,；;、：:";
    /** A year other than the report's in the words before an amount (2022年下达…) — a date (2024年3月底) is no year of a budget. */
    private static final Pattern YEAR = Pattern.compile("(20[0-9]{2})年(?![0-9]{1,2}月)");

    /**
     * What an amount in a report's sentence is, by the words before it in its clause. 到位 (arrived) is RECEIVED: money
     * received is neither the budget nor what was spent (the table's 实际到位数 column stands between the two), and is
     * taken for the budget only when nothing named as the budget agrees with the rate; OTHER names no role at all;
     * OTHER_YEAR is an amount of a year not the report's (2022年下达…), taken last of all (a title's year may be the
     * evaluation's, not the money's).
     */
    enum Role { INITIAL, PLANNED, EXECUTED, RECEIVED, OTHER, OTHER_YEAR, NOT_BUDGET, PART }

    /** An amount of a report's sentence: its role, the words before it in its clause, its value in 万元, where it stands. */
    record Figure(Role role, String words, BigDecimal wan, int line, String sentence) {}

    /** Not the budget, wherever in the clause: a sum per person or pupil, a standard, last year's, a change or a balance. */
    private static final List<String> NOT_BUDGET = List.of("人均", "每人", "每生", "生均", "户均", "每户", "标准", "上年", "去年",
            "同比", "同期", "追加", "调减", "调增", "核减", "增加", "减少", "结余", "结转", "剩余", "节约", "追回", "收回", "贷款", "信贷");
    private static final List<String> PLANNED_WORDS = List.of("调整后", "预算", "安排", "下达", "批复", "共计", "合计", "总计", "总额",
            "筹集", "投入", "落实", "核定");
    private static final List<String> EXECUTED_WORDS = List.of("支出", "使用", "执行", "拨付", "支付");
    private static final List<String> RECEIVED_WORDS = List.of("到位", "收到", "到账");
    /** What names a fund source: a level of government or a kind of money (中央补助资金, 县级配套, 当年财政拨款, 上年结转). */
    private static final List<String> SOURCE_WORDS = List.of("当年", "中央", "省级", "省财政", "自治区", "市级", "州级", "县级", "区级",
            "市县", "盟市", "地方", "本级", "上级", "财政拨款", "财政资金", "上年结转", "结转", "自筹", "其他资金", "配套",
            "一般公共预算", "政府性基金", "社会资金", "社会捐赠");
    /** A total printed after its sources (中央资金9870万元、省级资金2810万元，合计12680万元). */
    private static final List<String> TOTAL_WORDS = List.of("合计", "共计", "总计", "总额", "共");

    /**
     * The role of an amount by the words before it in its clause: not the budget first (人均…, a prior year's), then
     * 年初 (the initial amount, whatever verb stands with it: 年初预算安排320万元), then the role word standing last
     * (已下达并拨付 is 拨付; 预算执行数 is 执行).
     */
    static Role role(String words, String after, Integer year) {
        if (after.startsWith("/") || after.startsWith("／") || after.startsWith("每")) return Role.NOT_BUDGET;
        for (String w : NOT_BUDGET) if (words.contains(w)) return Role.NOT_BUDGET;
        Matcher y = YEAR.matcher(words);
        while (year != null && y.find()) if (Integer.parseInt(y.group(1)) != year) return Role.OTHER_YEAR;
        if (words.contains("年初")) return Role.INITIAL;
        int planned = lastEnd(words, PLANNED_WORDS), executed = lastEnd(words, EXECUTED_WORDS), received = lastEnd(words, RECEIVED_WORDS);
        int last = Math.max(planned, Math.max(executed, received));
        if (last < 0) return Role.OTHER;
        return last == executed ? Role.EXECUTED : last == planned ? Role.PLANNED : Role.RECEIVED;
    }

    private static int lastEnd(String s, List<String> words) {
        int end = -1;
        for (String w : words) {
            int i = s.lastIndexOf(w);
            if (i >= 0) end = Math.max(end, i + w.length());
        }
        return end;
    }

    /** A source's name in a clause: from the first word that names a source (下达中央资金 → 中央资金); null when none does. */
    static String sourceName(String words) {
        // the words after the clause's last verb, when they name a source (下达中央资金 → 中央资金; 一般公共预算 keeps its 预算)
        int verb = Math.max(lastEnd(words, PLANNED_WORDS), Math.max(lastEnd(words, EXECUTED_WORDS), lastEnd(words, RECEIVED_WORDS)));
        if (verb > 0 && verb < words.length()) {
            String rest = sourceName(words.substring(verb));
            if (rest != null) return rest;
        }
        int from = -1;
        for (String w : SOURCE_WORDS) {
            int i = words.indexOf(w);
            if (i >= 0 && (from < 0 || i < from)) from = i;
        }
        // a subsidy named after the body giving it (省总工会补助资金): the words after the verb, or the clause's
        if (from < 0) return BudgetReader.bodysSubsidy(words) ? words : null;
        String name = words.substring(from).replaceFirst("(?:为|是|共|计|达|约)+$", "");
        return name.isEmpty() || name.length() > 14 || GridTableReader.notSource(name) ? null : name;
    }

    /** The figures of a report in order, and the fund sources of each total a list names (by the total's index). */
    record Reading(List<Figure> figures, Map<Integer, List<FundSource>> sources) {}

    /** One amount of a sentence as printed: the text between it and the amount before, its clause's words, its value. */
    private record Printed(String gap, String words, char sep, BigDecimal wan, String after) {}

    /**
     * Every amount of a report's sentences with its role. A 其中 list (其中中央补助资金0.9632亿元、省级补助资金0.3214亿元,
     * items after 、 or ；, or after ， when the item names a source and no verb) splits the figure before it: its items are
     * parts, never the budget nor what was spent; they are the total's fund sources when every one names a source and
     * they sum to it. Sources printed before their total (中央资金9870万元、省级资金2810万元，合计12680万元) likewise.
     */
    static Reading figures(List<Line> lines, Integer year) {
        List<Figure> all = new ArrayList<>();
        Map<Integer, List<FundSource>> sources = new HashMap<>();
        int before = -1; // the last figure not in a list: the total a 其中 list beginning a sentence splits
        for (Line l : lines) {
            String text = l.text();
            if (text.indexOf('元') < 0) continue; // most lines of a report name no money
            for (String sentence : text.split("[。！？!?]")) {
                List<Printed> printed = new ArrayList<>();
                Matcher a = AMOUNT.matcher(sentence);
                for (int prevEnd = 0; a.find(); prevEnd = a.end()) {
                    String gap = sentence.substring(prevEnd, a.start());
                    int cut = -1;
                    for (int i = gap.length() - 1; i >= 0 && cut < 0; i--) if (CLAUSE_ENDS.indexOf(gap.charAt(i)) >= 0) cut = i;
                    int ofWhich = gap.lastIndexOf("其中");
                    String words = ofWhich > cut ? gap.substring(ofWhich + 2) : gap.substring(cut + 1);
                    printed.add(new Printed(gap, words.replaceFirst("^[:：\\s]+", "").strip(), cut < 0 ? ' ' : gap.charAt(cut),
                            wan(a.group(1).replace(",", ""), a.group(2)), sentence.substring(a.end())));
                }
                int owner = -1, first = all.size();
                List<Integer> items = new ArrayList<>();
                for (Printed p : printed) {
                    int at = all.size();
                    boolean opens = p.gap().contains("其中");
                    if (opens || owner >= 0 && !listGoesOn(p)) {
                        attach(all, owner, items, sources);
                        owner = opens ? before : -1;
                        items = new ArrayList<>();
                    }
                    if (owner >= 0 || opens) {
                        items.add(at);
                        all.add(new Figure(Role.PART, p.words(), p.wan(), l.no(), sentence));
                    } else {
                        all.add(new Figure(role(p.words(), p.after(), year), p.words(), p.wan(), l.no(), sentence));
                        before = at;
                    }
                }
                attach(all, owner, items, sources);
                sourcesBeforeTotal(all, first, sources);
            }
        }
        return new Reading(all, sources);
    }

    /** Whether a list item follows the one before: after 、 or ；, or after ， naming a source and no verb; nothing else between. */
    private static boolean listGoesOn(Printed p) {
        if (p.gap().strip().length() > p.words().length() + 1) return false;
        if (p.sep() == '、' || p.sep() == '；' || p.sep() == ';') return true;
        return (p.sep() == '，' || p.sep() == ',') && sourceName(p.words()) != null && role(p.words(), "", null) == Role.OTHER;
    }

    /** A list's items are the total's sources when each names one and together they are the total. */
    private static void attach(List<Figure> all, int owner, List<Integer> items, Map<Integer, List<FundSource>> sources) {
        if (owner < 0 || items.isEmpty()) return;
        List<Figure> parts = new ArrayList<>();
        for (int i : items) parts.add(all.get(i));
        List<FundSource> named = named(parts);
        if (named != null && sum(parts).compareTo(all.get(owner).wan()) == 0) sources.put(owner, named);
    }

    /** Sources printed before their total in one sentence: a run of two or more figures naming sources, then 合计/共计 their sum. */
    private static void sourcesBeforeTotal(List<Figure> all, int first, Map<Integer, List<FundSource>> sources) {
        int runFrom = first;
        for (int i = first; i < all.size(); i++) {
            Figure f = all.get(i);
            if (f.role() == Role.PART) { runFrom = i + 1; continue; }
            if (i - runFrom >= 2 && TOTAL_WORDS.stream().anyMatch(f.words()::startsWith)) {
                // the longest run ending here that sums to the total: an amount before it may name a source too and be
                // no part (年初预算800万元 of a 市级…专项资金, then 财政拨款800万元；上年结转60万元，共计860万元)
                boolean total = false;
                for (int from = runFrom; from <= i - 2 && !total; from++) {
                    List<Figure> run = all.subList(from, i);
                    List<FundSource> named = named(run);
                    if (named == null || sum(run).compareTo(f.wan()) != 0) continue;
                    for (int k = from; k < i; k++) all.set(k, part(all.get(k)));
                    all.set(i, new Figure(Role.PLANNED, f.words(), f.wan(), f.line(), f.sentence()));
                    sources.put(i, named);
                    total = true;
                }
                if (total) { runFrom = i + 1; continue; }
            }
            if (sourceName(f.words()) == null) runFrom = i + 1;
        }
    }

    private static Figure part(Figure f) {
        return new Figure(Role.PART, f.words(), f.wan(), f.line(), f.sentence());
    }

    /** Each figure as the source its words name (planned only: a sentence gives no source's spending), or null if one names none. */
    private static List<FundSource> named(List<Figure> parts) {
        List<FundSource> out = new ArrayList<>();
        for (Figure f : parts) {
            String name = sourceName(f.words());
            if (name == null) return null;
            out.add(new FundSource(name, f.wan(), null, null));
        }
        return out;
    }

    private static BigDecimal sum(List<Figure> parts) {
        BigDecimal s = BigDecimal.ZERO;
        for (Figure f : parts) s = s.add(f.wan());
        return s;
    }

    /** A rate of the report (执行率…%) and the line it stands on; a prior year's (上年执行率) is none. */
    private record Rate(BigDecimal percent, int line) {}

    private static List<Rate> rates(List<Line> lines) {
        List<Rate> out = new ArrayList<>();
        for (Line l : lines) {
            String t = l.text();
            // a line with none of the rate's words is not searched (most lines of a report; 度 alone is in every 年度)
            if (!t.contains("执行率") && !t.contains("进度")) continue;
            Matcher r = RATE.matcher(t);
            while (r.find()) {
                int from = r.start();
                while (from > 0 && CLAUSE_ENDS.indexOf(t.charAt(from - 1)) < 0 && "。！？".indexOf(t.charAt(from - 1)) < 0) from--;
                String words = t.substring(from, r.start());
                if (words.contains("上年") || words.contains("去年") || words.contains("同比")) continue;
                out.add(new Rate(new BigDecimal(r.group(1)), l.no()));
            }
        }
        return out;
    }

    /**
     * A report whose figures are in sentences, read by the roles of its amounts: the budget (调整后预算, 全年预算, 下达,
     * 安排, 批复 …) and what was spent (实际支出, 执行数, 拨付, 使用 …) for which spent ÷ budget agrees with a rate the
     * report prints (before or after them, in any sentence) — the first budget so named, in the order printed (the first
     * complete statement of the whole fund), with the first spent figure that agrees. Only where no amount named as the
     * budget agrees is the nearest other amount before the spent one taken (到位资金…, a bare …资金2.00万元). The three are
     * kept only together, never one alone; the initial amount (年初…) and the budget's sources come with them. The
     * sentences used are said in a warning.
     */
    static Budget sentenceBudget(List<Line> lines, Integer year, List<ParseWarning> warnings) {
        List<Rate> rates = rates(lines);
        if (rates.isEmpty()) return null;
        Reading reading = figures(lines, year);
        List<Figure> all = reading.figures();
        for (Rate rate : rates) {
            for (int e = 0; e < all.size(); e++) {
                if (all.get(e).role() != Role.EXECUTED) continue;
                int p = planned(all, e, rate.percent());
                if (p < 0) continue;
                Figure planned = all.get(p), executed = all.get(e);
                BigDecimal initial = null;
                for (Figure f : all) if (f.role() == Role.INITIAL) { initial = f.wan(); break; }
                String used = planned.sentence().strip() + (planned.sentence().equals(executed.sentence()) ? "" : " / " + executed.sentence().strip());
                warnings.add(ParseWarning.of(planned.line(), "报告的预算读自句子(第" + planned.line() + "、" + executed.line() + "、" + rate.line()
                        + "行,预算、支出与执行率相符): " + used, "the report's budget is read from the sentences quoted, on lines "
                        + planned.line() + ", " + executed.line() + " and " + rate.line() + " (budget, spending and rate agree)"));
                return new Budget("万元", initial, planned.wan(), executed.wan(), rate.percent(), reading.sources().getOrDefault(p, List.of()));
            }
        }
        return null;
    }

    /**
     * A report's budget: its sentences' ({@link #sentenceBudget}), with the sources of a small table of funds in its prose
     * where the sentences name none (表1 | 资金来源 | 年初预算数 | … | over a row per source and 合计, h230) and the table's
     * 合计 is the sentences' budget; the table's own budget where no sentence gives one. Its reading is said.
     */
    static Budget budget(List<Line> lines, Integer year, List<ParseWarning> warnings) {
        Budget said = sentenceBudget(lines, year, warnings);
        if (said != null && !said.sources().isEmpty()) return said;
        List<ParseWarning> tw = new ArrayList<>();
        int[] at = sourceTable(lines);
        Budget table = at == null ? null : BudgetReader.read(lines.subList(at[0], at[1]), tw);
        if (table == null || table.sources().isEmpty()) return said;
        int no = lines.get(at[0]).no();
        if (said == null) {
            if (table.planned() == null) return null;
            warnings.addAll(tw);
            warnings.add(ParseWarning.of(no, "报告的预算读自其资金表(第" + no + "行起)", "the report's budget is read from its table of funds (from line " + no + ")"));
            return table;
        }
        // the table's total must be the sentences' budget: its sources are then that budget's
        if (table.planned() == null || table.planned().compareTo(said.planned()) != 0
                || table.executed() != null && said.executed() != null && table.executed().compareTo(said.executed()) != 0) return said;
        warnings.addAll(tw);
        warnings.add(ParseWarning.of(no, "报告预算的资金来源读自其资金表(第" + no + "行起,合计与句子中的预算相符)",
                "the report budget's sources are read from its table of funds (from line " + no + "; its total agrees with the sentences)"));
        return new Budget(said.currency(), said.initial(), said.planned(), said.executed(), said.ratePercent(), table.sources());
    }

    /**
     * The lines of a table of funds in a report: from a line of cells whose first cell names 资金来源 to its 合计 row
     * (inclusive), every line between a line of cells; null when there is none.
     */
    private static int[] sourceTable(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).text();
            if (s.indexOf("资金来源") < 0) continue; // (most lines of a report: one search)
            List<String> cells = lines.get(i).cells();
            if (cells.size() < 3 || !cells.get(0).strip().startsWith("资金来源") || BudgetRow.columns(s).isEmpty()) continue;
            for (int j = i + 1; j < lines.size() && j <= i + 20; j++) {
                Line l = lines.get(j);
                if (l.cells().size() < 3) break;
                if (BudgetReader.totalWord(Script.simplified(l.cells().get(0)))) return new int[] {i, j + 1};
            }
        }
        return null;
    }

    /**
     * The budget the spent figure at e and the rate agree with: the first named as the budget, else the nearest other
     * before e, else the first of another year; -1 if none.
     */
    private static int planned(List<Figure> all, int e, BigDecimal rate) {
        BigDecimal executed = all.get(e).wan();
        for (int p = 0; p < all.size(); p++) {
            if (p != e && all.get(p).role() == Role.PLANNED && agrees(all.get(p).wan(), executed, rate)) return p;
        }
        for (int p = e - 1; p >= 0; p--) {
            Role r = all.get(p).role();
            if ((r == Role.RECEIVED || r == Role.OTHER) && agrees(all.get(p).wan(), executed, rate)) return p;
        }
        for (int p = 0; p < all.size(); p++) {
            if (all.get(p).role() == Role.OTHER_YEAR && agrees(all.get(p).wan(), executed, rate)) return p;
        }
        return -1;
    }

    private static boolean agrees(BigDecimal planned, BigDecimal executed, BigDecimal rate) {
        return planned.signum() != 0 && Cells.rateAgrees(planned, executed, rate);
    }

    private static BigDecimal wan(String amount, String unit) {
        return GridTableReader.toWan(new BigDecimal(amount), Units.of(unit).orElseThrow());
    }
}
