package org.jixiao.scorecard;

import org.jixiao.kernel.RefusedException;

/**
 * Review workflow: 填报 → 提交 → 审核 (通过/退回) → 公开. Which statuses may be edited is the aggregate's own rule
 * (the store enforces it on every write); the steps between statuses are {@code review.ReviewState}'s.
 */
public enum Status {
    DRAFT("填报中", "draft"), SUBMITTED("已提交", "submitted"), APPROVED("已审核", "approved"), RETURNED("已退回", "returned"),
    PUBLISHED("已公开", "published");

    private final String label;
    private final String english;

    Status(String label, String english) {
        this.label = label;
        this.english = english;
    }

    public String label() { return label; }

    /** The status as a word in English messages (never the enum's code). */
    public String english() { return english; }

    /** Whether the unit still holds the table (DRAFT or RETURNED) and may edit it directly. */
    public boolean editable() { return this == DRAFT || this == RETURNED; }

    /** Approved or published: an official record, changed only through an approved adjustment. */
    public boolean locked() { return this == APPROVED || this == PUBLISHED; }

    /** Direct edits (and deletion) only while the unit still holds the table: DRAFT or RETURNED. */
    public void requireEditable() {
        if (!editable()) {
            throw new RefusedException("「" + label + "」的表不能直接修改"
                    + (locked() ? "，调整指标值须提交调整申请" : "，请等待审核结果"),
                    "a scorecard that is " + english + " cannot be edited" + (locked()
                            ? "; request an adjustment of the target instead" : "; wait for the review"));
        }
    }

    /**
     * 指标调整 applies to approved scorecards; before approval the unit edits the table itself. A published one is
     * fixed: what the public has seen is not changed afterwards; a correction is a new version, published again.
     */
    public void requireAdjustable() {
        if (this == PUBLISHED) {
            throw new RefusedException("已公开的表不能再修改（含指标调整）；如需更正，请新建更正版本，经审核后重新公开",
                    "a published scorecard is fixed (adjustments included); to correct it, create a new version, "
                            + "have it reviewed and publish it again");
        }
        if (!locked()) {
            throw new RefusedException("只有已审核的表需要调整申请，当前状态「" + label + "」可直接修改",
                    "adjustment requests are for approved scorecards; this one is " + english + " and can be edited");
        }
    }
}
