package org.jixiao.monitoring;

/** 预警灯 (RULES §4.3): red worst, then yellow, green; blue is over-achievement (check the target); NONE not judged. */
public enum Light {
    RED("红灯", "red"), YELLOW("黄灯", "yellow"), GREEN("绿灯", "green"), BLUE("蓝灯", "blue"), NONE("未判断", "not judged");

    private final String zh;
    private final String en;

    Light(String zh, String en) { this.zh = zh; this.en = en; }

    public String zh() { return zh; }

    public String en() { return en; }

    /** The worse of two lights (goalwarn: red > yellow > green > blue); NONE never wins over a judged light. */
    public Light worse(Light other) {
        if (this == NONE) return other;
        if (other == NONE) return this;
        return other.ordinal() < ordinal() ? other : this;
    }
}
