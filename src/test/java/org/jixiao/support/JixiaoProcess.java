package org.jixiao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * `jixiao ARGS` in a separate JVM, as a person runs it: for what only a real process shows (a kill -9, what is
 * printed on a failed start, a PostgreSQL left behind). Output goes to a file; {@link #kill()} is SIGKILL.
 */
public final class JixiaoProcess implements AutoCloseable {
    private final Process process;
    private final Path log;

    private JixiaoProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static JixiaoProcess start(Path dataDir, Map<String, String> env, String... args) {
        try {
            Files.createDirectories(dataDir);
            Path log = Files.createTempFile(dataDir.getParent(), "jixiao-", ".log");
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.jixiao.Jixiao"));
            command.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("JIXIAO_DATA_DIR", dataDir.toString());
            pb.environment().put("JIXIAO_ADMIN_PASSWORD", Http.ADMIN_PASSWORD);
            pb.environment().putAll(env);
            return new JixiaoProcess(pb.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long pid() { return process.pid(); }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the output contains the text (true), the process ends, or the time is up (false). */
    public boolean awaitOutput(String text, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (output().contains(text)) return true;
            if (!process.isAlive()) return output().contains(text);
            Thread.sleep(200);
        }
        return false;
    }

    /** Waits for the process to end; its exit code, or -1 when still running after the timeout. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** kill -9: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A clean stop (SIGTERM): the shutdown hooks run. */
    public int stop() throws InterruptedException {
        process.destroy();
        return awaitExit(Duration.ofMinutes(2));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) process.destroyForcibly().waitFor();
    }
}
