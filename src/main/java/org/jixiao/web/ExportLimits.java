package org.jixiao.web;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Every download that writes a document (the official form as PDF/xlsx/html, signed-in or public, the list's zip and
 * xlsx, the 自评报告, the monitoring forms) is the heaviest work a request can ask for (a PDF lays out every row). At
 * most {@code jixiao.export.concurrent} run at once and {@code jixiao.export.queue} more wait; a request beyond those
 * is answered 503 at once, one that waits {@code jixiao.export.queue-seconds} without a turn gets 503, and one that
 * runs longer than {@code jixiao.export.timeout-seconds} is answered 503 and interrupted (its slot is released only
 * when it really stops, so the bound holds). Each 503 names the limit, in Chinese and English. The waiting is done
 * off Tomcat's few request workers ({@link #download}: the request is asynchronous), so exports queued behind each
 * other do not hold the pages up, and the waiting itself is bounded (no thread per caller beyond the queue).
 */
@Component
public class ExportLimits {
    private final int concurrent;
    private final int queue;
    private final Semaphore slots;
    /** Places for exports running or waiting: taken before anything else, without waiting. */
    private final Semaphore admitted;
    private final long queueSeconds;
    private final long timeoutSeconds;
    private final ExecutorService workers = daemons("export");
    /** Threads that wait for a slot and for the export's end (they sleep; the work is done by {@link #workers}). */
    private final ExecutorService waiters = daemons("export-wait");

    ExportLimits(@Value("${jixiao.export.concurrent:2}") int concurrent,
                 @Value("${jixiao.export.queue:16}") int queue,
                 @Value("${jixiao.export.queue-seconds:20}") long queueSeconds,
                 @Value("${jixiao.export.timeout-seconds:30}") long timeoutSeconds) {
        this.concurrent = concurrent;
        this.queue = queue;
        this.slots = new Semaphore(concurrent, true);
        this.admitted = new Semaphore(concurrent + queue);
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

    /** A written document: its media type, an ASCII file name and the name people read (see {@link Downloads}). */
    public record File(String contentType, String asciiName, String name, byte[] body) {}

    /**
     * The download as an asynchronous request: the document is written under the limits above and sent with its
     * type and Content-Disposition, or the request is answered with the {@link BusyException} (503) or whatever the
     * work threw (404, 400…), through the controller's error handling.
     */
    public DeferredResult<ResponseEntity<byte[]>> download(Callable<File> export) {
        DeferredResult<ResponseEntity<byte[]>> result = new DeferredResult<>(TimeUnit.SECONDS.toMillis(requestTimeoutSeconds()));
        submit(export).whenComplete((file, failure) -> {
            if (failure != null) {
                result.setErrorResult(failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
            } else {
                result.setResult(ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(file.asciiName(), file.name()))
                        .contentLength(file.body().length).body(file.body()));
            }
        });
        return result;
    }

    /** The export's result once it has had its turn and finished, or a {@link BusyException} (503) as above. */
    public <T> CompletableFuture<T> submit(Callable<T> export) {
        if (!admitted.tryAcquire()) {
            return CompletableFuture.failedFuture(new BusyException(
                    "导出繁忙：同时最多进行 " + concurrent + " 项导出、" + queue + " 项等候，现已占满，请稍后再试",
                    "exports are busy: at most " + concurrent + " run at once and " + queue + " wait, all taken; try again shortly"));
        }
        Actor actor = Actor.current(); // threads do not inherit who asks
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return run(actor, export);
                } finally {
                    admitted.release();
                }
            }, waiters);
        } catch (RuntimeException e) {
            admitted.release();
            throw e;
        }
    }

    private <T> T run(Actor actor, Callable<T> export) {
        try {
            if (!slots.tryAcquire(queueSeconds, TimeUnit.SECONDS)) {
                throw new BusyException("导出繁忙：同时最多进行 " + concurrent + " 项导出，等候 " + queueSeconds + " 秒仍无空位，请稍后再试",
                        "exports are busy: at most " + concurrent + " run at once, and none became free within " + queueSeconds
                                + " s; try again shortly");
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
            throw new BusyException("导出超过 " + timeoutSeconds + " 秒的时限，已停止", "the export took longer than its limit of " + timeoutSeconds + " s and was stopped");
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
    public long requestTimeoutSeconds() { return queueSeconds + timeoutSeconds + 5; }
}
