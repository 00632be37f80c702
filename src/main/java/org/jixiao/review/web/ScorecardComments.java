package org.jixiao.review.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.review.store.AuditLog;
import org.jixiao.sheet.CommentSource;
import org.springframework.stereotype.Component;

/** The comments of a scorecard as its page lists them: the audit trail's COMMENT entries and the comments of returns. */
@Component
class ScorecardComments implements CommentSource {
    /** The field of a return's comment in the trail (store.AuditTrail). */
    private static final String RETURN_COMMENT = "reviewComment";
    private static final Pattern INDICATOR = Pattern.compile("^indicators\\[(\\d+)]");
    private final AuditLog audit;

    ScorecardComments(AuditLog audit) { this.audit = audit; }

    @Override
    public List<Comment> comments(long scorecardId) {
        // the remarks and each return's comment, in the order they were made: the whole conversation of the review
        return audit.forScorecard(scorecardId, List.of(AuditLog.COMMENT, AuditLog.STATUS)).stream()
                .filter(e -> AuditLog.COMMENT.equals(e.action()) || RETURN_COMMENT.equals(e.field())).map(e -> {
                    if (RETURN_COMMENT.equals(e.field())) return new Comment(e.id(), e.at(), e.actor(), null, null, e.newValue(), true);
                    Matcher m = INDICATOR.matcher(e.field() == null ? "" : e.field());
                    Integer index = m.find() ? Integer.valueOf(m.group(1)) : null;
                    return new Comment(e.id(), e.at(), e.actor(), index, index == null ? null : e.oldValue(), e.newValue(), false);
                }).toList();
    }
}
