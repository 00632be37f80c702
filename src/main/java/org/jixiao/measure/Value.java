package org.jixiao.measure;

import java.util.List;

/**
 * The parsed reading of a target (年度指标值) or an actual (全年完成值). The text as written is always
 * kept in {@link #raw()}: publication reproduces what the unit wrote, scoring works on the reading.
 * Text the grammar cannot read is a {@link FreeText}, never an exception.
 */
public sealed interface Value {

    /** The text exactly as written (may be null for a missing cell). */
    String raw();

    /** Nothing written. */
    record Blank(String raw) implements Value {}

    /** A plain measurement: "8", "3次", "99.99%", "320元". As a target, a bare rate reads as ≥ and any other bare number as =. */
    record Measured(String raw, Quantity quantity) implements Value {}

    /** Comparator and quantity: "≥4次", "不低于30天", "≦60分钟"; as an actual ("≥90%") it is a bound that may imply the target. */
    record Bound(String raw, Comparator comparator, Quantity quantity) implements Value {}

    /** A range "80%-90%". */
    record Range(String raw, Quantity min, Quantity max) implements Value {}

    /** A qualitative phrase ("有所提高", "逐步推开") or an official grade ("达成年度指标": grade is set). */
    record Qualitative(String raw, String phrase, QualitativeGrade grade) implements Value {}

    /** A labelled multi-part value: "职工≥80% / 居民≥55%". */
    record MultiPart(String raw, List<Part> parts) implements Value {
        public MultiPart { parts = List.copyOf(parts); }
    }

    /** One labelled part of a {@link MultiPart}. */
    record Part(String label, Value value) {}

    /** An event that did not occur: "本市未发生医保信息系统重大安全事件" — counts as met. */
    record NotOccurred(String raw) implements Value {}

    /** Text the reviewer must judge (a narrative, or something the grammar cannot read). */
    record FreeText(String raw) implements Value {}
}
