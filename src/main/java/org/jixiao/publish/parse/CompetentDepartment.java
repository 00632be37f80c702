package org.jixiao.publish.parse;

import java.util.Map;

/**
 * Which printed 主管部门 is a table's {@code competentDepartment} (PARSE-FORMAT.md). A transfer or regional table may print
 * one per level of government — 中央主管部门 国家医疗保障局, 省级主管部门 …, 地方/市县/县级主管部门 柳州市医疗保障局 — and the
 * field is the department the unit answers to: the most local one printed, whatever the order the page prints them in.
 */
final class CompetentDepartment {
    private CompetentDepartment() {}

    /**
     * How local a 主管部门 label is (中央 0, 省级 1, plain 主管部门 2, 地方 3, 市级 4, 市县/县级/区县 5), or −1 when the label
     * is not a 主管部门 (…及代码 is its label too).
     */
    static int tier(String label) {
        if (label == null) return -1;
        String k = label.endsWith("及代码") ? label.substring(0, label.length() - 3) : label;
        if (!k.endsWith("主管部门")) return -1;
        return switch (k.substring(0, k.length() - 4)) {
            case "中央" -> 0;
            case "省级", "省", "自治区" -> 1;
            case "" -> 2;
            case "地方" -> 3;
            case "市级", "市", "州", "市州" -> 4;
            case "市县", "县级", "区县", "县", "县区", "县(区)", "区" -> 5;
            default -> -1;
        };
    }

    /** The value of the most local 主管部门 label among a header block's label–value pairs, or null. */
    static String of(Map<String, String> fields) {
        String best = null;
        int bestTier = -1;
        for (var e : fields.entrySet()) {
            int t = tier(e.getKey());
            if (t > bestTier && e.getValue() != null) { best = e.getValue(); bestTier = t; }
        }
        return best;
    }
}
