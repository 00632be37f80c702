package org.jixiao.publish.export.web;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.BusyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Exports are the heaviest work a request can ask for (a PDF lays out every row). At most
 * {@code jixiao.export.concurrent} run at once; a request waits {@code jixiao.export.queue-seconds} for its turn and
 * then gets 503; one that runs longer than {@code jixiao.export.timeout-seconds} is answered 503 and interrupted
 * (its slot is released only when it really stops, so the bound holds). The waiting is done off Tomcat's few
 * request workers ({@link #submit}: the request is asynchronous), so exports queued behind each other do not hold
 * the pages up.
 */
@Component
class ExportLimits {
    private final Semaphore slots;
    private final long queueSeconds;
    private final long timeoutSeconds;
    private final ExecutorService workers = daemons("export");
    /** Threads that wait for a slot and for the export's end (they sleep; the work is done by {@link #workers}). */
    private final ExecutorService waiters = daemons("export-wait");

    ExportLimits(@Value("${jixiao.export.concurrent:2}") int concurrent,
                 @Value("${jixiao.export.queue-seconds:20}") long queueSeconds,
                 @Value("${jixiao.export.timeout-seconds:30}") long timeoutSeconds) {
        this.slots = new Semaphore(concurrent, true);
        this.queueSeconds = queueSeconds;
        this.timeoutSeconds = timeoutSeconds;
    }

    private static ExecutorService daemons(String name) {
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The export's result once it has had its turn and finished, or a {@link BusyException} (503) as above. */
    <T> CompletableFuture<T> submit(Callable<T> export) {
        Actor actor = Actor.current(); // threads do not inherit who asks
        return CompletableFuture.supplyAsync(() -> run(actor, export), waiters);
    }

    private <T> T run(Actor actor, Callable<T> export) {
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
        try {
            f = workers.submit(() -> {
                try {
                    return Actor.as(actor, () -> call(export));
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

    private static <T> T call(Callable<T> export) {
        try {
            return export.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** How long an asynchronous export request may take in all: its wait for a slot, its run, and a margin. */
    long requestTimeoutSeconds() { return queueSeconds + timeoutSeconds + 5; }
}
