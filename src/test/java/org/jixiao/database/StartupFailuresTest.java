package org.jixiao.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jixiao.support.JixiaoProcess;
import org.junit.jupiter.api.Test;

/** A start that cannot succeed says why and what to do in one line, in Chinese and English, without a stack trace. */
class StartupFailuresTest {

    @Test
    void aTakenPortIsOneBilingualLineAndTheDatabaseIsStoppedAgain() throws Exception {
        Path data = Path.of("target/test-data/port-" + UUID.randomUUID()).toAbsolutePath();
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();
            try (JixiaoProcess p = JixiaoProcess.start(data, Map.of("SERVER_PORT", String.valueOf(port)), "serve",
                    "--jixiao.demo-data=false")) {
                assertThat(p.awaitExit(Duration.ofMinutes(6))).as(p.output()).isEqualTo(1);
                String out = p.output();
                assertThat(out).contains("jixiao: 无法启动 / cannot start: 端口 " + port + " 已被占用 / port " + port
                        + " is already in use — 用 SERVER_PORT=");
                assertThat(out).doesNotContain("\tat ").doesNotContain("Exception");
                assertThat(Files.exists(data.resolve("pg/postmaster.pid"))).as("the database stopped with the failed start").isFalse();
            }
        }
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenIsOneBilingualLine() throws Exception {
        Path parent = Path.of("target/test-data").toAbsolutePath();
        Files.createDirectories(parent);
        Path file = Files.createTempFile(parent, "not-a-directory", ".txt"); // a directory cannot be made inside a file
        Path data = file.resolve("data");
        try (JixiaoProcess p = JixiaoProcess.start(parent.resolve("ro-" + UUID.randomUUID()), Map.of("JIXIAO_DATA_DIR", data.toString()),
                "serve", "--jixiao.demo-data=false")) {
            assertThat(p.awaitExit(Duration.ofMinutes(6))).as(p.output()).isEqualTo(1);
            String out = p.output();
            assertThat(out).contains("jixiao: 无法启动 / cannot start: 数据目录不可写: " + data.resolve("pg") + " / the data directory is not writable: "
                    + data.resolve("pg") + " — 请设置可写的 JIXIAO_DATA_DIR");
            assertThat(out).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }
}
