package org.jixiao.scorecard;

/** Review workflow: 填报 → 提交 → 审核 (通过/退回) → 公开. */
public enum Status {
    DRAFT("填报中"), SUBMITTED("已提交"), APPROVED("已审核"), RETURNED("已退回"), PUBLISHED("已公开");

    private final String label;

    Status(String label) { this.label = label; }

    public String label() { return label; }
}
