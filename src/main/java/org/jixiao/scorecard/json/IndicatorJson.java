package org.jixiao.scorecard.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.References;
import org.jixiao.scorecard.ValueKind;
import tools.jackson.databind.deser.std.StdConvertingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdConvertingSerializer;
import tools.jackson.databind.util.StdConverter;

/**
 * An indicator row in JSON: the flat field names of PARSE-FORMAT.md plus the evaluator's inputs, as the API has
 * always read and written them. The domain {@link Indicator} groups these fields; this is the one mapping.
 * {@code targetTemplate} (what the template shows for the target, e.g. 「≥90%」 for a scanned 「2 90%」) is written only
 * where a row has one, so that a GET → PUT round trip keeps the reading.
 */
public record IndicatorJson(String level1, String level2, String name, String target, String actual,
                            BigDecimal weight, BigDecimal score, String reason, String definition,
                            String duty, String dutyGoal, String goalContent, String activity, References references,
                            QualitativeGrade grade, BigDecimal completionPercent, ValueKind valueKind,
                            Boolean notApplicable, BigDecimal deduction,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String targetTemplate) {

    public static IndicatorJson of(Indicator i) {
        return new IndicatorJson(i.level1(), i.level2(), i.name(), i.target(), i.actual(), i.weight(), i.score(),
                i.reason(), i.definition(), i.duty(), i.dutyGoal(), i.goalContent(), i.activity(), i.references(),
                i.grade(), i.completionPercent(), i.valueKind(), i.notApplicable(), i.deduction(), i.targetTemplate());
    }

    public Indicator toIndicator() {
        return Indicator.builder().level1(level1).level2(level2).name(name).targetTemplate(targetTemplate).target(target).actual(actual)
                .weight(weight).score(score).reason(reason).definition(definition)
                .duty(duty).dutyGoal(dutyGoal).goalContent(goalContent).activity(activity).references(references)
                .grade(grade).completionPercent(completionPercent).valueKind(valueKind).notApplicable(notApplicable)
                .deduction(deduction).build();
    }

    /** Reads and writes {@link Indicator} through this flat form; registered in every JSON mapper of the application. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("jixiao-indicator");
        module.addSerializer(Indicator.class, new StdConvertingSerializer(new StdConverter<Indicator, IndicatorJson>() {
            @Override
            public IndicatorJson convert(Indicator value) { return of(value); }
        }));
        module.addDeserializer(Indicator.class, new StdConvertingDeserializer<>(new StdConverter<IndicatorJson, Indicator>() {
            @Override
            public Indicator convert(IndicatorJson value) { return value.toIndicator(); }
        }));
        return module;
    }
}
