package org.jixiao.review.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.review.store.AuditLog;
import org.jixiao.sheet.CommentSource;
import org.springframework.stereotype.Component;

/** The comments of a scorecard as its page lists them: the audit trail's COMMENT entries. */
@Component
class ScorecardComments implements CommentSource {
    private static final Pattern INDICATOR = Pattern.compile("^indicators\\[(\\d+)]");
    private final AuditLog audit;

    ScorecardComments(AuditLog audit) { this.audit = audit; }

    @Override
    public List<Comment> comments(long scorecardId) {
        return audit.forScorecard(scorecardId, AuditLog.COMMENT).stream().map(e -> {
            Matcher m = INDICATOR.matcher(e.field() == null ? "" : e.field());
            Integer index = m.find() ? Integer.valueOf(m.group(1)) : null;
            return new Comment(e.id(), e.at(), e.actor(), index, index == null ? null : e.oldValue(), e.newValue());
        }).toList();
    }
}
