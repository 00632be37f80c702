package org.jixiao.monitoring;

/** 完成目标可能性 (RULES §4.2, 湖北 form): 确定能, 有可能, 不可能; the last two need a reason and a measure. */
public enum Possibility {
    CERTAIN("确定能", "certain"), LIKELY("有可能", "possible"), UNLIKELY("不可能", "unlikely");

    private final String zh;
    private final String en;

    Possibility(String zh, String en) { this.zh = zh; this.en = en; }

    public String zh() { return zh; }

    public String en() { return en; }

    /** The enum name or the Chinese word (完全不可能 of the central form reads as 不可能); null for blank. */
    public static Possibility parse(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.trim();
        for (Possibility p : values()) if (p.name().equalsIgnoreCase(t) || p.zh.equals(t)) return p;
        if (t.contains("不可能")) return UNLIKELY;
        throw new IllegalArgumentException(t);
    }
}
