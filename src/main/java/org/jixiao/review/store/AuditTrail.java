package org.jixiao.review.store;

import org.jixiao.orgs.OrgEvent;
import org.jixiao.scorecard.ScorecardEvent;
import org.jixiao.security.UserEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the {@link AuditLog} from the events the scorecard store, the org tree and the accounts publish. Spring
 * calls these listeners synchronously in the publisher's thread, so each entry is appended in the transaction of
 * the change it records: both are saved or neither (AuditLog refuses to append outside a transaction).
 */
@Component
class AuditTrail {
    private final AuditLog audit;

    AuditTrail(AuditLog audit) { this.audit = audit; }

    @EventListener
    void on(ScorecardEvent event) {
        switch (event) {
            case ScorecardEvent.Created e -> audit.record(e.id(), AuditLog.CREATE, null, null, e.description());
            case ScorecardEvent.CreatedInBulk e -> audit.record(null, AuditLog.CREATE, "bulk", null,
                    e.count() + " scorecards" + (e.note() == null ? "" : ": " + e.note()));
            case ScorecardEvent.Updated e -> audit.record(e.id(), AuditLog.UPDATE, e.changes());
            case ScorecardEvent.Deleted e -> audit.record(e.id(), AuditLog.DELETE, null, e.description(), null);
            case ScorecardEvent.StatusChanged e -> {
                audit.record(e.id(), AuditLog.STATUS, "status", e.from().name(), e.to().name());
                if (e.comment() != null) audit.record(e.id(), AuditLog.STATUS, "reviewComment", null, e.comment()); // web.ScorecardComments lists it
            }
            case ScorecardEvent.Noted e -> audit.record(e.id(), e.action(), e.field(), e.oldValue(), e.newValue());
            case ScorecardEvent.TargetAdjusted e -> audit.record(e.id(), AuditLog.ADJUSTMENT_APPROVED,
                    "indicators[" + e.position() + "].target", e.oldTarget(), e.newTarget());
        }
    }

    @EventListener
    void on(OrgEvent event) {
        switch (event) {
            case OrgEvent.Created e -> audit.record(null, AuditLog.ORG_CREATE, "org[" + e.id() + "]", null, e.description());
            case OrgEvent.Changed e -> audit.record(null, AuditLog.ORG_UPDATE, "org[" + e.id() + "]." + e.field(),
                    e.oldValue(), e.newValue());
        }
    }

    @EventListener
    void on(UserEvent event) {
        switch (event) {
            case UserEvent.Created e -> audit.record(null, AuditLog.USER_CREATE, "user[" + e.username() + "]", null,
                    e.description());
            case UserEvent.Changed e -> audit.record(null, USER_UPDATE, "user[" + e.username() + "]." + e.field(),
                    e.oldValue(), e.newValue());
        }
    }

    /** An account's lock lifted, an API token created or revoked. */
    static final String USER_UPDATE = "USER_UPDATE";
}
