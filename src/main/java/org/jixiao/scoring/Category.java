package org.jixiao.scoring;

/** 一级指标: the first-level categories that carry the template weights (产出 50 / 效益 30 / 满意度 10). */
public enum Category {
    OUTPUT("产出指标"), BENEFIT("效益指标"), SATISFACTION("满意度指标"), COST("成本指标");

    private final String label;

    Category(String label) { this.label = label; }

    public String label() { return label; }

    /** The category of a 一级指标 cell ("产出指标", "产出", "服务对象满意度指标"...); null when the text names none. */
    public static Category ofLevel1(String level1) {
        if (level1 == null) return null;
        String text = level1.strip();
        if (text.contains("满意度")) return SATISFACTION;
        if (text.startsWith("产出")) return OUTPUT;
        if (text.startsWith("效益")) return BENEFIT;
        if (text.startsWith("成本")) return COST;
        return null;
    }
}
