package org.jixiao.publish.export;

import java.util.function.Function;
import org.jixiao.publish.parse.HeaderWords;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.References;

/**
 * A column of the indicator table: its header on the official forms (from the reader's vocabulary, {@link HeaderWords},
 * so that what is written is what is read back) and the indicator field it shows.
 */
enum Column {
    DUTY(HeaderWords.Column.DUTY, Indicator::duty, 18),
    DUTY_GOAL(HeaderWords.Column.DUTY_GOAL, Indicator::dutyGoal, 16),
    GOAL_CONTENT(HeaderWords.Column.GOAL_CONTENT, Indicator::goalContent, 24),
    LEVEL1(HeaderWords.Column.LEVEL1, Indicator::level1, 10),
    LEVEL2(HeaderWords.Column.LEVEL2, Indicator::level2, 12),
    NAME(HeaderWords.Column.NAME, Indicator::name, 28),
    DEFINITION(HeaderWords.Column.DEFINITION, Indicator::definition, 24),
    TARGET(HeaderWords.Column.TARGET, Indicator::target, 14),
    ACTUAL(HeaderWords.Column.ACTUAL, Indicator::actual, 30),
    WEIGHT(HeaderWords.Column.WEIGHT, Indicator::weight, 8),
    SCORE(HeaderWords.Column.SCORE, Indicator::score, 8),
    REASON(HeaderWords.Column.REASON, Indicator::reason, 20),
    PLANNED(HeaderWords.Column.REF_PLANNED, i -> ref(i, References::planned), 10),
    STANDARD(HeaderWords.Column.REF_STANDARD, i -> ref(i, References::standard), 10),
    STANDARD_SOURCE(HeaderWords.Column.REF_SOURCE, i -> ref(i, References::standardSource), 10),
    THREE_YEAR_AVERAGE(HeaderWords.Column.REF_THREE_YEAR_AVERAGE, i -> ref(i, References::threeYearAverage), 10),
    LAST_YEAR(HeaderWords.Column.REF_LAST_YEAR, i -> ref(i, References::lastYear), 10),
    HISTORY_SOURCE(HeaderWords.Column.REF_SOURCE, i -> ref(i, References::historySource), 10),
    ACTIVITY(HeaderWords.Column.ACTIVITY, Indicator::activity, 24);

    /** The header of NAME on department tables (部门整体绩效目标表). */
    static final String DEPARTMENT_NAME_LABEL = HeaderWords.DEPARTMENT_NAME;

    private final HeaderWords.Column word;
    private final String label;
    private final Function<Indicator, Object> getter;
    private final int width;

    Column(HeaderWords.Column word, Function<Indicator, Object> getter, int width) {
        this.word = word;
        this.label = HeaderWords.label(word);
        this.getter = getter;
        this.width = width;
    }

    String label() { return label; }

    /** The column of the shared vocabulary this one prints. */
    HeaderWords.Column word() { return word; }

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
