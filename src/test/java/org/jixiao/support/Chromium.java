package org.jixiao.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, for the browser tests. Without /usr/bin/chromium (or -Djixiao.chromium=PATH)
 * the build says so once, visibly ("[WARNING] 浏览器测试已跳过 …"), and every browser test counts as skipped; with
 * CI=true a missing Chromium is an error. Screenshots go to {@link #SHOTS}.
 */
public final class Chromium implements AutoCloseable {
    public static final Path PATH = Paths.get(System.getProperty("jixiao.chromium", "/usr/bin/chromium"));
    public static final Path SHOTS = Paths.get("target/screenshots");
    private static boolean warned;
    private final Playwright playwright;
    private final Browser browser;
    private final String skipped;

    private Chromium(Playwright playwright, Browser browser, String skipped) {
        this.playwright = playwright;
        this.browser = browser;
        this.skipped = skipped;
    }

    /** For a test class's {@code @BeforeAll}: the browser, or the reason it is missing (see {@link #assumeAvailable()}). */
    public static Chromium launch() {
        if (!Files.isExecutable(PATH)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but " + PATH + " is missing: .ci/run must install chromium");
            }
            String why = "浏览器测试已跳过：未找到 " + PATH + "（apt-get install -y chromium fonts-wqy-microhei）"
                    + " / browser tests skipped: " + PATH + " not found";
            synchronized (Chromium.class) {
                if (!warned) System.err.println("[WARNING] " + why); // once per build, in its output
                warned = true;
            }
            return new Chromium(null, null, why);
        }
        try {
            Files.createDirectories(SHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Playwright p = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser b = p.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(PATH).setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new Chromium(p, b, null);
    }

    /** For {@code @BeforeEach}: each test is counted as skipped (not "Tests run: 0") when Chromium is missing. */
    public void assumeAvailable() {
        Assumptions.assumeTrue(skipped == null, skipped);
    }

    public Browser browser() {
        assumeAvailable();
        return browser;
    }

    public static Path shot(String name) { return SHOTS.resolve(name + ".png"); }

    @Override
    public void close() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }
}
