package org.jixiao.cli;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.JixiaoApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** `jixiao serve`: the web application and API on http://localhost:8080 (SERVER_PORT to change). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"启动网页和 API（默认 http://localhost:8080，内置 PostgreSQL，首次启动载入示例数据）",
                "Start the web application and API (http://localhost:8080 by default, embedded PostgreSQL, demo data on first start)."})
public class ServeCommand implements Runnable {
    private static volatile boolean serving;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    public static boolean serving() { return serving; }

    @Override
    public void run() {
        serving = true;
        SpringApplication.run(JixiaoApplication.class, springArgs.toArray(String[]::new));
    }
}
