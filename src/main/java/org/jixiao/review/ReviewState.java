package org.jixiao.review;

import java.util.List;
import java.util.Set;
import org.jixiao.kernel.RefusedException;
import org.jixiao.kernel.Violation;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.Status;
import org.jixiao.scoring.Finding;
import org.jixiao.scoring.Scorer;

/**
 * A scorecard in the review workflow 填报 → 提交 → 审核 (通过 / 退回) → 公开. Each step is a method that returns the
 * next state or refuses with a bilingual reason; the application only persists what these methods allow.
 */
public record ReviewState(Status status, Scorecard scorecard) {
    /** Findings of the self-evaluation that block submission. */
    static final Set<Finding.Code> BLOCKING = Finding.BLOCKING;

    /** 提交: from DRAFT or RETURNED, only when weights add up, shortfall reasons are given and grades are chosen. */
    public ReviewState submit() {
        if (!status.editable()) refuse("提交", "submit", "填报中或已退回");
        List<Violation> problems = submissionProblems(scorecard);
        if (!problems.isEmpty()) {
            throw new RefusedException("表格未通过提交检查，请先修正以下问题",
                    "the scorecard does not pass the submission checks; fix these first", problems);
        }
        return new ReviewState(Status.SUBMITTED, scorecard);
    }

    /**
     * 审核通过: from SUBMITTED. A regional scorecard waits for its units' scorecards.
     * @param unitStatuses the statuses of the scorecards of the units below this scorecard's region (empty for a unit)
     */
    public ReviewState approve(List<Status> unitStatuses) {
        if (status != Status.SUBMITTED) refuse("审核通过", "approve", "已提交");
        long pending = unitStatuses.stream().filter(s -> !s.locked()).count();
        if (pending > 0) {
            throw new RefusedException("区域汇总表须在所属单位的表全部审核通过后才能通过（尚有 " + pending + " 张未通过）",
                    "a regional scorecard can be approved only after its units' scorecards (" + pending + " not approved yet)");
        }
        return new ReviewState(Status.APPROVED, scorecard);
    }

    /** 退回: from SUBMITTED, with the reviewer's comment. */
    public ReviewState returnWith(String comment) {
        if (status != Status.SUBMITTED) refuse("退回", "return", "已提交");
        if (comment == null || comment.isBlank()) {
            throw new RefusedException("退回时须填写退回意见", "a return needs a comment",
                    List.of(new Violation("comment", "退回意见不能为空", "comment is required")));
        }
        return new ReviewState(Status.RETURNED, scorecard);
    }

    /** 撤回: the unit takes a SUBMITTED table back before the reviewer has decided, and holds it again as DRAFT. */
    public ReviewState withdraw() {
        if (status != Status.SUBMITTED) refuse("撤回", "withdraw", "已提交、尚未审核");
        return new ReviewState(Status.DRAFT, scorecard);
    }

    /** 公开: from APPROVED. */
    public ReviewState publish() {
        if (status != Status.APPROVED) refuse("公开", "publish", "已审核");
        return new ReviewState(Status.PUBLISHED, scorecard);
    }

    /** Whether the unit still holds the table (DRAFT or RETURNED) and may edit it directly. */
    public boolean editable() { return status.editable(); }

    /** Direct edits (and deletion) only while the unit still holds the table: DRAFT or RETURNED. */
    public void requireEditable() { status.requireEditable(); }

    /** 指标调整 applies to approved (locked) scorecards; before approval the unit edits the table itself. */
    public void requireAdjustable() { status.requireAdjustable(); }

    /** What blocks submission, each naming the indicator it concerns. */
    public static List<Violation> submissionProblems(Scorecard s) {
        return Scorer.evaluate(s).findings().stream().filter(f -> BLOCKING.contains(f.code()))
                .map(f -> new Violation(f.indicatorIndex() == null ? "indicators" : "indicators[" + f.indicatorIndex() + "]",
                        f.zh(), f.en()))
                .toList();
    }

    private void refuse(String stepZh, String stepEn, String requiredZh) {
        throw new RefusedException("「" + status.label() + "」的表不能" + stepZh + "（须为" + requiredZh + "）",
                "cannot " + stepEn + " a scorecard that is " + status.english());
    }
}
