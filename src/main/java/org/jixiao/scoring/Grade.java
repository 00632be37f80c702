package org.jixiao.scoring;

/** 评价等级 优/良/中/差; the bands come from {@link GradeBands}. */
public enum Grade {
    EXCELLENT("优"), GOOD("良"), FAIR("中"), POOR("差");

    private final String label;

    Grade(String label) { this.label = label; }

    public String label() { return label; }

    /** The grade of a label as shown in Chinese (优…差); null for anything else. */
    public static Grade ofLabel(String label) {
        for (Grade g : values()) if (g.label.equals(label)) return g;
        return null;
    }
}
