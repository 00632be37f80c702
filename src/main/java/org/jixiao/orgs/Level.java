package org.jixiao.orgs;

/** Levels of the org tree: 国家 → 省 → 市 → 县, and units (departments, bureaus) attached to a region. */
public enum Level {
    COUNTRY("国家"), PROVINCE("省"), CITY("市"), COUNTY("县"), UNIT("单位");

    private final String label;

    Level(String label) { this.label = label; }

    public String label() { return label; }

    /** A region may hold lower regions and units; a unit holds nothing. */
    public boolean mayContain(Level child) {
        if (this == UNIT || child == COUNTRY) return false;
        return child == UNIT || child.ordinal() > ordinal();
    }

    /** By enum name or Chinese label (省, 市 …), null when neither. */
    public static Level parse(String text) {
        if (text == null) return null;
        String t = text.trim();
        for (Level l : values()) {
            if (l.name().equalsIgnoreCase(t) || l.label.equals(t)) return l;
        }
        return switch (t) {
            case "区", "县级市", "区县" -> COUNTY;
            case "自治区", "直辖市" -> PROVINCE;
            case "部门", "局" -> UNIT;
            default -> null;
        };
    }
}
