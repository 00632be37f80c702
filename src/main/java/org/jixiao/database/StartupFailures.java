package org.jixiao.database;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * Start-up failures a person can fix, as one line with the cause and the fix in Chinese and English instead of a
 * stack trace: a {@link StartupException} (database, data directory, audit key) and a web port that is taken.
 * Registered in META-INF/spring.factories as analyzer and reporter; Spring's own logging reporter is turned off in
 * application.properties, so other failures are printed here too, as Spring describes them.
 */
public final class StartupFailures implements FailureAnalyzer, FailureAnalysisReporter, Ordered {
    private static final AtomicBoolean reported = new AtomicBoolean();

    /** True once a start-up failure was printed (the command line then exits without a stack trace). */
    public static boolean reported() { return reported.get(); }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StartupException e) return new FailureAnalysis(e.getMessage(), e.fix(), e);
            if (t.getClass().getSimpleName().equals("PortInUseException") || t instanceof java.net.BindException) {
                String port = System.getProperty("server.port", System.getenv().getOrDefault("SERVER_PORT", "8080"));
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{2,5})").matcher(String.valueOf(t.getMessage()));
                if (m.find()) port = m.group(1);
                return new FailureAnalysis("端口 " + port + " 已被占用 / port " + port + " is already in use",
                        "用 SERVER_PORT=其他端口 启动，或停止占用该端口的程序 / start with SERVER_PORT=another port, or stop the program "
                                + "that uses it", t);
            }
        }
        return null;
    }

    @Override
    public void report(FailureAnalysis analysis) {
        reported.set(true);
        String action = analysis.getAction() == null || analysis.getAction().isBlank() ? "" : " — " + analysis.getAction();
        System.err.println("jixiao: 无法启动 / cannot start: " + analysis.getDescription().strip() + action.stripTrailing());
        System.err.flush();
    }

    @Override
    public int getOrder() { return Ordered.HIGHEST_PRECEDENCE; }
}
