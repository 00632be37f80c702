package org.jixiao.publish.export.web;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jixiao.kernel.BusyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Exports are the heaviest work a request can ask for (a PDF lays out every row). At most
 * {@code jixiao.export.concurrent} run at once; a request waits {@code jixiao.export.queue-seconds} for its turn and
 * then gets 503; one that runs longer than {@code jixiao.export.timeout-seconds} is answered 503 and interrupted
 * (its slot is released only when it really stops, so the bound holds).
 */
@Component
class ExportLimits {
    private final Semaphore slots;
    private final long queueSeconds;
    private final long timeoutSeconds;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "export");
        t.setDaemon(true);
        return t;
    });

    ExportLimits(@Value("${jixiao.export.concurrent:2}") int concurrent,
                 @Value("${jixiao.export.queue-seconds:20}") long queueSeconds,
                 @Value("${jixiao.export.timeout-seconds:25}") long timeoutSeconds) {
        this.slots = new Semaphore(concurrent, true);
        this.queueSeconds = queueSeconds;
        this.timeoutSeconds = timeoutSeconds;
    }

    <T> T run(Callable<T> export) {
        try {
            if (!slots.tryAcquire(queueSeconds, TimeUnit.SECONDS)) {
                throw new BusyException("导出任务繁忙，请稍后再试（已等候 " + queueSeconds + " 秒）",
                        "too many exports at once; try again shortly (waited " + queueSeconds + " s for a free slot)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException("导出已取消", "export cancelled");
        }
        Future<T> f;
        org.jixiao.kernel.Actor actor = org.jixiao.kernel.Actor.current(); // a worker thread does not inherit who asks
        try {
            f = workers.submit(() -> {
                try {
                    return org.jixiao.kernel.Actor.as(actor, () -> {
                        try {
                            return export.call();
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        try {
            return f.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new BusyException("导出超过 " + timeoutSeconds + " 秒，已停止", "the export took longer than " + timeoutSeconds + " s and was stopped");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new BusyException("导出已取消", "export cancelled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }
}
