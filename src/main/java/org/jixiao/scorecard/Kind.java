package org.jixiao.scorecard;

/** The three kinds of scorecard, each with the form names (PARSE-FORMAT.md) it is published as. */
public enum Kind {
    PROJECT("项目支出"), TRANSFER("转移支付区域(项目)"), DEPARTMENT("部门整体");

    private final String label;

    Kind(String label) { this.label = label; }

    public String label() { return label; }

    /** The kind of a published form name such as "transfer-self-evaluation"; PROJECT for anything unknown. */
    public static Kind ofForm(String form) {
        if (form == null) return PROJECT;
        if (form.startsWith("transfer")) return TRANSFER;
        if (form.startsWith("department")) return DEPARTMENT;
        return PROJECT;
    }
}
