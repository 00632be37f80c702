package org.jixiao.publish.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jixiao.publish.export.FormGrid.Style;
import org.jixiao.publish.parse.HeaderWords;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Kind;
import org.jixiao.scorecard.Scorecard;

/**
 * The official layout of a scorecard (PARSE-FORMAT.md, RULES §2.1, §3.1): title and year, the header block
 * (项目名称 / 主管部门 / 实施单位), the money block in 万元 by fund source, 年度总体目标, the indicator table with
 * merged 一级/二级 (or 职责) cells, and for transfer tables the five notes of the 区域绩效自评表.
 * Columns a kind's form does not print appear only when some row fills them, so nothing is lost.
 */
final class FormLayout {
    static final String PROJECT = "项目名称";
    static final String DEPARTMENT = "主管部门";
    static final String UNIT = "实施单位";
    static final String DEPARTMENT_UNIT = "部门（单位）名称";
    static final String MONEY_PREFIX = "项目资金";
    static final String TOTAL = "年度资金总额";
    static final String OF_WHICH = "其中：";
    // the budget columns' headers: the shared vocabulary's words (HeaderWords), so that what is written is what is read back
    static final String INITIAL = HeaderWords.label(HeaderWords.Column.INITIAL);
    static final String PLANNED = HeaderWords.label(HeaderWords.Column.PLANNED) + "（A）";
    static final String EXECUTED = HeaderWords.label(HeaderWords.Column.EXECUTED) + "（B）";
    static final String RATE = HeaderWords.label(HeaderWords.Column.RATE) + "（B/A）";
    static final String GOAL = "年度总体目标";
    static final String GOAL_TARGET = "年初设定目标";
    static final String GOAL_ACHIEVEMENT = "全年实际完成情况";
    static final String INDICATORS = "绩效指标";
    static final String NOTES_LABEL = "说明";

    /** The notes of the 区域绩效自评表 (S-SN), with the seed's typos 资金颗度 and 国家集中支付 corrected (RULES §8 item 15). */
    static final String TRANSFER_NOTES = String.join("\n",
            "注：1.资金使用单位按项目绩效目标填报，主管部门汇总时按区域绩效目标填报。",
            "2.其他资金包括和中央财政资金、地方财政资金共同投入到同一项目的自有资金、社会资金，以及以前年度的结转结余资金等。",
            "3.全年执行数是指按照国库集中支付制度要求形成的实际支出。",
            "4.定量指标，地方各级主管部门对资金使用单位填写的实际完成值汇总时，绝对值直接累加计算，相对值按照资金额度加权平均计算。",
            "5.定性指标资金使用单位分别按照80%（含）-100%、60%（含）-80%、0%-60%合理填写完成值。地方主管部门汇总时，按照资金额度加权平均计算完成值。");

    private static final List<Column> DEPARTMENT_ORDER = List.of(Column.DUTY, Column.DUTY_GOAL, Column.GOAL_CONTENT,
            Column.LEVEL1, Column.LEVEL2, Column.NAME, Column.DEFINITION, Column.TARGET, Column.PLANNED, Column.STANDARD,
            Column.STANDARD_SOURCE, Column.THREE_YEAR_AVERAGE, Column.LAST_YEAR, Column.HISTORY_SOURCE, Column.ACTIVITY,
            Column.ACTUAL, Column.WEIGHT, Column.SCORE, Column.REASON);
    private static final Set<Column> DEPARTMENT_PRINTED = EnumSet.of(Column.DUTY, Column.DUTY_GOAL, Column.GOAL_CONTENT,
            Column.NAME, Column.DEFINITION, Column.TARGET, Column.PLANNED, Column.STANDARD, Column.STANDARD_SOURCE,
            Column.THREE_YEAR_AVERAGE, Column.LAST_YEAR, Column.HISTORY_SOURCE, Column.ACTIVITY);
    private static final Set<Column> EVALUATION_PRINTED = EnumSet.of(Column.LEVEL1, Column.LEVEL2, Column.NAME,
            Column.TARGET, Column.ACTUAL, Column.REASON);
    private static final Set<Column> DEPARTMENT_EVALUATION_PRINTED = EnumSet.of(Column.LEVEL1, Column.LEVEL2, Column.NAME,
            Column.TARGET, Column.ACTUAL, Column.WEIGHT, Column.SCORE);

    private FormLayout() {}

    /** The default title of a form that carries none. */
    static String defaultTitle(Scorecard s) {
        if (s.kind() == Kind.DEPARTMENT) return selfEvaluation(s) ? "部门整体绩效自评表" : "部门整体绩效目标表";
        return s.kind().label() + "绩效目标自评表";
    }

    /** A department's self-evaluation: so named, or (a form not named) with actuals filled in. */
    static boolean selfEvaluation(Scorecard s) {
        return "department-self-evaluation".equals(s.form()) || s.form() == null && s.hasActuals();
    }

    /**
     * The name of the form, for the xlsx sheet: a self-evaluation (actuals filled in) is a 自评表, a department's
     * targets a 部门整体绩效目标表, else a 绩效目标表.
     */
    static String formName(Scorecard s) {
        if (s.kind() == Kind.DEPARTMENT) return selfEvaluation(s) || s.hasActuals() ? "部门整体绩效自评表" : "部门整体绩效目标表";
        return s.hasActuals() ? "绩效目标自评表" : "绩效目标表";
    }

    static String nameLabel(Scorecard s) {
        return s.kind() == Kind.DEPARTMENT && !selfEvaluation(s) ? Column.DEPARTMENT_NAME_LABEL : Column.NAME.label();
    }

    static String moneyLabel(Budget budget) {
        return MONEY_PREFIX + "（" + (budget.currency() == null ? "万元" : budget.currency()) + "）";
    }

    static String yearLabel(int year) { return "（" + year + "年度）"; }

    static boolean hasBudget(Budget b) {
        return b.currency() != null || b.initial() != null || b.planned() != null || b.executed() != null
                || b.ratePercent() != null || !b.sources().isEmpty();
    }

    /** The indicator columns printed for this scorecard, in form order. */
    static List<Column> columns(Scorecard s) {
        boolean department = s.kind() == Kind.DEPARTMENT;
        List<Column> order = department ? DEPARTMENT_ORDER : List.of(Column.values());
        // a department's self-evaluation prints the evaluation's columns (指标, 年度指标值, 实际完成值, 分值, 得分), not the
        // reference columns of its targets
        Set<Column> printed = department && !selfEvaluation(s) ? DEPARTMENT_PRINTED : department ? DEPARTMENT_EVALUATION_PRINTED
                : EVALUATION_PRINTED;
        return order.stream()
                .filter(c -> printed.contains(c) || s.indicators().stream().anyMatch(i -> c.valueOf(i) != null))
                .toList();
    }

    static FormGrid grid(Scorecard s) {
        List<Column> columns = columns(s);
        List<Integer> widths = new ArrayList<>();
        widths.add(s.kind() == Kind.DEPARTMENT ? 12 : 10);
        columns.forEach(c -> widths.add(c.width()));
        FormGrid g = new FormGrid(widths);
        int c = g.columns;
        int r = 0;
        g.putToEnd(r++, 0, s.title() == null ? defaultTitle(s) : s.title(), Style.TITLE);
        if (s.year() != null) g.putToEnd(r++, 0, yearLabel(s.year()), Style.SUBTITLE);

        int half = middle(widths);
        if (s.kind() == Kind.DEPARTMENT) {
            g.put(r, 0, 1, 1, DEPARTMENT_UNIT, Style.LABEL);
            g.putToEnd(r++, 1, s.unit(), Style.TEXT);
            if (s.project() != null) {
                g.put(r, 0, 1, 1, PROJECT, Style.LABEL);
                g.putToEnd(r++, 1, s.project(), Style.TEXT);
            }
            if (s.competentDepartment() != null) {
                g.put(r, 0, 1, 1, DEPARTMENT, Style.LABEL);
                g.putToEnd(r++, 1, s.competentDepartment(), Style.TEXT);
            }
        } else {
            g.put(r, 0, 1, 1, PROJECT, Style.LABEL);
            g.putToEnd(r++, 1, s.project(), Style.TEXT);
            g.put(r, 0, 1, 1, DEPARTMENT, Style.LABEL);
            g.put(r, 1, 1, half - 1, s.competentDepartment(), Style.TEXT);
            g.put(r, half, 1, 1, UNIT, Style.LABEL);
            g.putToEnd(r++, half + 1, s.unit(), Style.TEXT);
        }

        Budget b = s.budget();
        if (hasBudget(b)) {
            boolean initial = b.initial() != null;
            int k = initial ? 4 : 3;
            int first = c - k;
            g.put(r, 0, 2 + b.sources().size(), 1, moneyLabel(b), Style.LABEL);
            g.put(r, 1, 1, first - 1, null, Style.HEADER);
            int col = first;
            if (initial) g.put(r, col++, 1, 1, INITIAL, Style.HEADER);
            g.put(r, col++, 1, 1, PLANNED, Style.HEADER);
            g.put(r, col++, 1, 1, EXECUTED, Style.HEADER);
            g.put(r, col, 1, 1, RATE, Style.HEADER);
            r++;
            r = moneyRow(g, r, first, TOTAL, initial, b.initial(), b.planned(), b.executed(), b.ratePercent());
            for (FundSource f : b.sources()) {
                r = moneyRow(g, r, first, OF_WHICH + f.name(), initial, null, f.planned(), f.executed(), f.ratePercent());
            }
        }

        if (s.overallGoal() != null) {
            g.put(r, 0, 2, 1, GOAL, Style.LABEL);
            g.put(r, 1, 1, half - 1, GOAL_TARGET, Style.HEADER);
            g.putToEnd(r++, half, GOAL_ACHIEVEMENT, Style.HEADER);
            g.put(r, 1, 1, half - 1, s.overallGoal().target(), Style.TEXT);
            g.putToEnd(r++, half, s.overallGoal().achievement(), Style.TEXT);
        }

        List<Indicator> rows = s.indicators();
        g.headerRow = r;
        g.indicatorRows = rows.size();
        g.put(r, 0, 1 + rows.size(), 1, INDICATORS, Style.LABEL);
        for (int j = 0; j < columns.size(); j++) {
            Column col = columns.get(j);
            g.put(r, j + 1, 1, 1, col == Column.NAME ? nameLabel(s) : col.label(), Style.HEADER);
        }
        r++;
        for (int j = 0; j < columns.size(); j++) {
            Column col = columns.get(j);
            for (int i = 0; i < rows.size(); ) {
                int span = col.merged() ? run(rows, i, col) : 1;
                Object v = col.valueOf(rows.get(i));
                g.put(r + i, j + 1, span, 1, v, col.numeric() ? Style.NUMBER : Style.TEXT);
                i += span;
            }
        }
        r += rows.size();

        if (s.kind() == Kind.TRANSFER) {
            g.put(r, 0, 1, 1, NOTES_LABEL, Style.LABEL);
            g.putToEnd(r, 1, TRANSFER_NOTES, Style.NOTE);
        }
        return g;
    }

    /** The column where the content columns (1..) reach half their total width: splits two-part rows evenly. */
    private static int middle(List<Integer> widths) {
        int total = widths.stream().skip(1).mapToInt(Integer::intValue).sum(), sum = 0;
        for (int col = 1; col < widths.size(); col++) {
            sum += widths.get(col);
            if (2 * sum >= total) return Math.max(2, Math.min(widths.size() - 2, col + 1));
        }
        return Math.max(2, widths.size() / 2);
    }

    private static int moneyRow(FormGrid g, int r, int first, String name, boolean initial, Object init,
                                Object planned, Object executed, Object rate) {
        g.put(r, 1, 1, first - 1, name, Style.LABEL);
        int col = first;
        if (initial) g.put(r, col++, 1, 1, init, Style.MONEY);
        g.put(r, col++, 1, 1, planned, Style.MONEY);
        g.put(r, col++, 1, 1, executed, Style.MONEY);
        g.put(r, col, 1, 1, rate, Style.PERCENT);
        return r + 1;
    }

    /** How many rows from {@code i} share this merged column's value and its parents' values. */
    private static int run(List<Indicator> rows, int i, Column col) {
        if (col.valueOf(rows.get(i)) == null) return 1;
        int n = 1;
        while (i + n < rows.size() && sameChain(rows.get(i), rows.get(i + n), col)) n++;
        return n;
    }

    private static boolean sameChain(Indicator a, Indicator b, Column col) {
        for (Column c = col; c != null; c = parent(c)) {
            if (!Objects.equals(c.valueOf(a), c.valueOf(b))) return false;
        }
        return true;
    }

    private static Column parent(Column c) {
        return switch (c) {
            case LEVEL2 -> Column.LEVEL1;
            case DUTY_GOAL -> Column.DUTY;
            case GOAL_CONTENT -> Column.DUTY_GOAL;
            default -> null;
        };
    }
}
