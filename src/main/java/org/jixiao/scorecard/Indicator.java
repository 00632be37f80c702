package org.jixiao.scorecard;

import java.math.BigDecimal;
import java.util.Objects;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.measure.Reading;

/**
 * One row of the table, in three parts:
 * <ul>
 *   <li>{@link Published}: the cells of PARSE-FORMAT.md as written; target and actual are {@link Reading}s, read
 *       once when the row is built;</li>
 *   <li>{@link Assessment}: what the evaluator adds at 自评 and a published table does not carry (grade, completion %,
 *       absolute/relative, 不适用, a manual 调减);</li>
 *   <li>{@link Department}: a department table's duty, duty goal, activity and 指标参考值.</li>
 * </ul>
 * Build rows by name with {@link #builder()} / {@link #toBuilder()} or the {@code with…} methods. The flat accessors
 * ({@link #target()} is the text as written) keep the PARSE-FORMAT field names for formats and pages.
 */
public record Indicator(Published published, Assessment assessment, Department department) {

    /** The cells a published table carries. */
    public record Published(String level1, String level2, String name, Reading target, Reading actual,
                            BigDecimal weight, BigDecimal score, String reason, String definition) {
        public Published {
            target = target == null ? Reading.of(null) : target;
            actual = actual == null ? Reading.of(null) : actual;
        }

        /** Weight and score by value: 10.00 from the store is the 10 a workbook reads back ({@link Decimals}). */
        @Override
        public boolean equals(Object o) {
            return o instanceof Published p && Objects.equals(level1, p.level1) && Objects.equals(level2, p.level2)
                    && Objects.equals(name, p.name) && target.equals(p.target) && actual.equals(p.actual)
                    && Decimals.same(weight, p.weight) && Decimals.same(score, p.score)
                    && Objects.equals(reason, p.reason) && Objects.equals(definition, p.definition);
        }

        @Override
        public int hashCode() {
            return Objects.hash(level1, level2, name, target, actual, Decimals.hash(weight), Decimals.hash(score),
                    reason, definition);
        }
    }

    /**
     * The evaluator's inputs: {@code grade} and {@code completionPercent} chosen at 自评; {@code valueKind} absolute or
     * relative for roll-ups (null: defaulted from the unit); {@code notApplicable}: rescaled away; {@code deduction}: a
     * manual 调减 for over-achievement against a target set too low (the reason goes in {@code reason}).
     */
    public record Assessment(QualitativeGrade grade, BigDecimal completionPercent, ValueKind valueKind,
                             Boolean notApplicable, BigDecimal deduction) {
        public static final Assessment NONE = new Assessment(null, null, null, null, null);

        /** Completion and deduction by value ({@link Decimals}). */
        @Override
        public boolean equals(Object o) {
            return o instanceof Assessment a && grade == a.grade && Decimals.same(completionPercent, a.completionPercent)
                    && valueKind == a.valueKind && Objects.equals(notApplicable, a.notApplicable)
                    && Decimals.same(deduction, a.deduction);
        }

        @Override
        public int hashCode() {
            return Objects.hash(grade, Decimals.hash(completionPercent), valueKind, notApplicable, Decimals.hash(deduction));
        }
    }

    /** A department table's links: 部门职责, 职责目标 (and its content), 工作活动, 指标参考值. */
    public record Department(String duty, String dutyGoal, String goalContent, String activity, References references) {
        public static final Department NONE = new Department(null, null, null, null, null);
    }

    public Indicator {
        if (published == null) throw new IllegalArgumentException("indicator without its published cells");
        assessment = assessment == null ? Assessment.NONE : assessment;
        department = department == null ? Department.NONE : department;
    }

    /** A row with only the published fields. */
    public static Indicator of(String level1, String level2, String name, String target, String actual) {
        return builder().level1(level1).level2(level2).name(name).target(target).actual(actual).build();
    }

    public static Builder builder() { return new Builder(); }

    public Builder toBuilder() { return new Builder(this); }

    // ---- flat accessors: the PARSE-FORMAT field names --------------------------------------------------------

    public String level1() { return published.level1(); }
    public String level2() { return published.level2(); }
    public String name() { return published.name(); }
    /** 年度指标值 as written. */
    public String target() { return published.target().text(); }
    /** 全年完成值 as written. */
    public String actual() { return published.actual().text(); }
    public Reading targetReading() { return published.target(); }
    /** The template the target was read against (「≥90%」 from the library or last year's table), or null. */
    public String targetTemplate() { return published.target().template(); }
    public Reading actualReading() { return published.actual(); }
    public BigDecimal weight() { return published.weight(); }
    public BigDecimal score() { return published.score(); }
    public String reason() { return published.reason(); }
    public String definition() { return published.definition(); }
    public String duty() { return department.duty(); }
    public String dutyGoal() { return department.dutyGoal(); }
    public String goalContent() { return department.goalContent(); }
    public String activity() { return department.activity(); }
    public References references() { return department.references(); }
    public QualitativeGrade grade() { return assessment.grade(); }
    public BigDecimal completionPercent() { return assessment.completionPercent(); }
    public ValueKind valueKind() { return assessment.valueKind(); }
    public Boolean notApplicable() { return assessment.notApplicable(); }
    public BigDecimal deduction() { return assessment.deduction(); }

    public boolean applicable() { return !Boolean.TRUE.equals(assessment.notApplicable()); }

    public Indicator withActual(String newActual) { return toBuilder().actual(newActual).build(); }

    public Indicator withTarget(String newTarget) { return toBuilder().target(newTarget).build(); }

    public Indicator withWeight(BigDecimal newWeight) { return toBuilder().weight(newWeight).build(); }

    public Indicator withScore(BigDecimal newScore) { return toBuilder().score(newScore).build(); }

    public Indicator withReason(String newReason) { return toBuilder().reason(newReason).build(); }

    public Indicator withAssessment(Assessment newAssessment) { return new Indicator(published, newAssessment, department); }

    /** Builds a row by field name; a target or actual is read only when its text changes. */
    public static final class Builder {
        private String level1, level2, name, reason, definition, duty, dutyGoal, goalContent, activity;
        private Reading target = Reading.of(null), actual = Reading.of(null);
        private BigDecimal weight, score, completionPercent, deduction;
        private References references;
        private QualitativeGrade grade;
        private ValueKind valueKind;
        private Boolean notApplicable;

        private Builder() {}

        private Builder(Indicator i) {
            Published p = i.published;
            level1 = p.level1(); level2 = p.level2(); name = p.name(); target = p.target(); actual = p.actual();
            weight = p.weight(); score = p.score(); reason = p.reason(); definition = p.definition();
            Department d = i.department;
            duty = d.duty(); dutyGoal = d.dutyGoal(); goalContent = d.goalContent(); activity = d.activity();
            references = d.references();
            Assessment a = i.assessment;
            grade = a.grade(); completionPercent = a.completionPercent(); valueKind = a.valueKind();
            notApplicable = a.notApplicable(); deduction = a.deduction();
        }

        public Builder level1(String v) { level1 = v; return this; }
        public Builder level2(String v) { level2 = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder target(String v) {
            if (!java.util.Objects.equals(v, target.text())) target = Reading.of(v, target.template());
            return this;
        }
        /** What the template shows for this target (「≥90%」, 「≥」; null: nothing): an OCR 2 before the number is ≥ only then. */
        public Builder targetTemplate(String v) { target = target.withTemplate(v); return this; }
        public Builder actual(String v) { if (!java.util.Objects.equals(v, actual.text())) actual = Reading.of(v); return this; }
        public Builder target(Reading v) { target = v == null ? Reading.of(null) : v; return this; }
        public Builder actual(Reading v) { actual = v == null ? Reading.of(null) : v; return this; }
        public Builder weight(BigDecimal v) { weight = v; return this; }
        public Builder score(BigDecimal v) { score = v; return this; }
        public Builder reason(String v) { reason = v; return this; }
        public Builder definition(String v) { definition = v; return this; }
        public Builder duty(String v) { duty = v; return this; }
        public Builder dutyGoal(String v) { dutyGoal = v; return this; }
        public Builder goalContent(String v) { goalContent = v; return this; }
        public Builder activity(String v) { activity = v; return this; }
        public Builder references(References v) { references = v; return this; }
        public Builder grade(QualitativeGrade v) { grade = v; return this; }
        public Builder completionPercent(BigDecimal v) { completionPercent = v; return this; }
        public Builder valueKind(ValueKind v) { valueKind = v; return this; }
        public Builder notApplicable(Boolean v) { notApplicable = v; return this; }
        public Builder deduction(BigDecimal v) { deduction = v; return this; }

        public Indicator build() {
            Assessment a = grade == null && completionPercent == null && valueKind == null && notApplicable == null
                    && deduction == null ? Assessment.NONE
                    : new Assessment(grade, completionPercent, valueKind, notApplicable, deduction);
            Department d = duty == null && dutyGoal == null && goalContent == null && activity == null && references == null
                    ? Department.NONE : new Department(duty, dutyGoal, goalContent, activity, references);
            return new Indicator(new Published(level1, level2, name, target, actual, weight, score, reason, definition), a, d);
        }
    }
}
