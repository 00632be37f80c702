package org.jixiao.review.store;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The server's day close for the audit trail: at every midnight (Asia/Shanghai) and when the server stops cleanly, the
 * chain's head is anchored outside the database ({@link AuditLog#anchor()}; a damaged chain is reported, not anchored).
 * Only the server does this; the command line has `jixiao audit anchor`.
 */
@Component
@ConditionalOnWebApplication
class DailyAnchor implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DailyAnchor.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final AuditLog audit;
    private ScheduledExecutorService timer;

    DailyAnchor(AuditLog audit) { this.audit = audit; }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jixiao-audit-anchor");
            t.setDaemon(true);
            return t;
        });
        ZonedDateTime now = ZonedDateTime.now(ZONE);
        long untilMidnight = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(ZONE)).toMillis();
        timer.scheduleAtFixedRate(this::anchor, untilMidnight, TimeUnit.DAYS.toMillis(1), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer == null) return;
        timer.shutdownNow();
        timer = null;
        anchor();
    }

    @Override
    public synchronized boolean isRunning() { return timer != null; }

    /** Before the data source closes: stop() must still reach the database. */
    @Override
    public int getPhase() { return Integer.MAX_VALUE - 1000; }

    private void anchor() {
        try {
            AuditLog.Verification v = org.jixiao.kernel.Actor.asOperator(audit::anchor); // a scheduled task: the operator's
            if (!v.ok()) {
                log.error("操作日志未锚定：核对失败，第 {} 条：{} / audit trail not anchored: verification failed at entry {}: {}",
                        v.firstBrokenId(), v.reason(), v.firstBrokenId(), v.reason());
            }
        } catch (RuntimeException e) {
            log.error("操作日志锚定失败 / cannot anchor the audit trail: {}", e.getMessage());
        }
    }
}
