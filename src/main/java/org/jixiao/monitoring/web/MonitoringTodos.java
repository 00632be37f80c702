package org.jixiao.monitoring.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jixiao.home.Todo;
import org.jixiao.home.TodoSource;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.Permission;
import org.jixiao.monitoring.MonitoringRules;
import org.jixiao.monitoring.store.Monitoring;
import org.jixiao.monitoring.store.MonitoringRounds;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 运行监控待填报 on the home page: for whoever records rounds (a 填报人), each approved table in scope whose round of
 * the current period (by the region's cut-off months, {@link MonitoringRules#due}) is not recorded yet.
 */
@Component
class MonitoringTodos implements TodoSource {
    /** A panel, not a list page (the monitoring page lists every approved table). */
    static final int LIMIT = 10;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final MonitoringRounds rounds;
    private final Monitoring monitoring;
    private final MessageSource messages;

    MonitoringTodos(MonitoringRounds rounds, Monitoring monitoring, MessageSource messages) {
        this.rounds = rounds;
        this.monitoring = monitoring;
        this.messages = messages;
    }

    @Override
    public int order() { return 50; }

    @Override
    public List<Todo> todos(Actor actor, Locale locale) {
        if (actor.role() == null || !Permission.SCORECARD_WRITE.grantedTo(actor.role())) return List.of();
        LocalDate today = LocalDate.now(BEIJING);
        String heading = messages.getMessage("todo.monitoring", null, locale);
        List<Todo> out = new ArrayList<>();
        for (MonitoringRounds.Monitored m : rounds.monitored(actor.scope().likePattern(), today.getYear() - 1, today.getYear(), 200)) {
            Optional<Integer> due = monitoring.rules().due(m.region(), m.year(), today);
            if (due.isEmpty() || m.months().contains(due.get())) continue;
            out.add(new Todo(heading, m.year() + " · " + m.name(),
                    messages.getMessage("todo.monitoring.note", new Object[]{due.get(), m.unit()}, locale), "/monitoring/" + m.scorecardId(), null));
            if (out.size() == LIMIT) break;
        }
        return out;
    }
}
