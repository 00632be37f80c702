package org.jixiao.publish.export;

import java.util.function.Function;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.References;

/** A column of the indicator table: its header on the official forms and the indicator field it shows. */
enum Column {
    DUTY("部门职责", Indicator::duty, 18),
    DUTY_GOAL("职责目标", Indicator::dutyGoal, 16),
    GOAL_CONTENT("目标内容", Indicator::goalContent, 24),
    LEVEL1("一级指标", Indicator::level1, 10),
    LEVEL2("二级指标", Indicator::level2, 12),
    NAME("三级指标", Indicator::name, 28),
    DEFINITION("指标解释", Indicator::definition, 24),
    TARGET("年度指标值", Indicator::target, 14),
    ACTUAL("全年完成值", Indicator::actual, 30),
    WEIGHT("分值", Indicator::weight, 8),
    SCORE("得分", Indicator::score, 8),
    REASON("未完成原因和改进措施", Indicator::reason, 20),
    PLANNED("规划值", i -> ref(i, References::planned), 10),
    STANDARD("当年标准值", i -> ref(i, References::standard), 10),
    STANDARD_SOURCE("来源", i -> ref(i, References::standardSource), 10),
    THREE_YEAR_AVERAGE("前三年均值", i -> ref(i, References::threeYearAverage), 10),
    LAST_YEAR("上年值", i -> ref(i, References::lastYear), 10),
    HISTORY_SOURCE("来源", i -> ref(i, References::historySource), 10),
    ACTIVITY("工作活动", Indicator::activity, 24);

    /** The header of NAME on department tables (部门整体绩效目标表). */
    static final String DEPARTMENT_NAME_LABEL = "绩效指标";

    private final String label;
    private final Function<Indicator, Object> getter;
    private final int width;

    Column(String label, Function<Indicator, Object> getter, int width) {
        this.label = label;
        this.getter = getter;
        this.width = width;
    }

    String label() { return label; }

    /** Approximate width in characters. */
    int width() { return width; }

    Object valueOf(Indicator indicator) { return getter.apply(indicator); }

    boolean numeric() { return this == WEIGHT || this == SCORE; }

    /** Columns whose equal consecutive values are one merged cell, nested under the column before them. */
    boolean merged() { return this == LEVEL1 || this == LEVEL2 || this == DUTY || this == DUTY_GOAL || this == GOAL_CONTENT; }

    private static Object ref(Indicator i, Function<References, String> f) {
        return i.references() == null ? null : f.apply(i.references());
    }
}
