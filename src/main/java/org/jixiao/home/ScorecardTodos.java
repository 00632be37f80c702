package org.jixiao.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.scorecard.Status;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.Permission;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The review workflow's to-dos: a filler's returned tables (with the reviewer's comment) and drafts to submit; a
 * reviewer's submitted tables to decide and approved ones to publish. The repository applies the org scope.
 */
@Component
class ScorecardTodos implements TodoSource {
    /** A panel, not a list page: the list page (filtered by status) has the rest. */
    static final int PER_GROUP = 10;
    private final Scorecards scorecards;
    private final MessageSource messages;

    ScorecardTodos(Scorecards scorecards, MessageSource messages) {
        this.scorecards = scorecards;
        this.messages = messages;
    }

    @Override
    public int order() { return 0; }

    @Override
    public List<Todo> todos(Actor actor, Locale locale) {
        List<Todo> out = new ArrayList<>();
        if (Permission.SCORECARD_SUBMIT.grantedTo(actor.role())) {
            add(out, Status.RETURNED, "todo.returned", locale, true);
            add(out, Status.DRAFT, "todo.draft", locale, false);
        }
        if (Permission.SCORECARD_REVIEW.grantedTo(actor.role())) add(out, Status.SUBMITTED, "todo.review", locale, false);
        if (Permission.SCORECARD_PUBLISH.grantedTo(actor.role())) add(out, Status.APPROVED, "todo.publish", locale, false);
        return out;
    }

    private void add(List<Todo> out, Status status, String group, Locale locale, boolean withComment) {
        String heading = messages.getMessage(group, null, locale);
        for (StoredScorecard st : scorecards.list(new Scorecards.Filter(null, null, null, status.name(), null), 0, PER_GROUP).items()) {
            var s = st.scorecard();
            String name = s.project() != null ? s.project() : s.title() != null ? s.title() : s.unit();
            String title = s.year() == null ? name : s.year() + " · " + name;
            out.add(new Todo(heading, title, withComment ? st.reviewComment() : s.unit(), "/scorecards/" + st.id(), st.updatedAt()));
        }
    }
}
