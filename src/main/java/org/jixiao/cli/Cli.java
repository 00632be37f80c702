package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.jixiao.JixiaoApplication;
import org.jixiao.kernel.TextDecoding;
import org.jixiao.kernel.ValidationException;
import org.jixiao.publish.importing.HtmlText;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What the commands share: exit codes, reading files, printing errors, and the database when one is needed. */
final class Cli {
    /** Exit codes: 0 done, 1 the input holds no table or is invalid, 2 a bad argument or unreadable file. */
    static final int OK = 0, INVALID = 1, BAD_ARGUMENT = 2;

    private Cli() {}

    /** A file's text (UTF-8 or GB18030), or null after printing a one-line error. */
    static String read(Path file, PrintWriter err) {
        byte[] bytes = bytes(file, err);
        return bytes == null ? null : TextDecoding.decode(bytes);
    }

    /** A file's bytes, or null after printing a one-line error. */
    static byte[] bytes(Path file, PrintWriter err) {
        try {
            if (!Files.isRegularFile(file)) {
                err.println("jixiao: 文件不存在或不是普通文件 / no such file: " + file);
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            err.println("jixiao: 无法读取文件 / cannot read " + file + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * A published document's text as the reader reads it: decoded, and a saved web page (.html, .htm) as its text and
     * table rows, as an import reads it ({@link HtmlText#readable}); null after printing a one-line error.
     */
    static String readDocument(Path file, PrintWriter err) {
        String text = read(file, err);
        return text == null ? null : HtmlText.readable(file.getFileName().toString(), text);
    }

    /** The tables read from a file, or the exit code after the problem was printed. */
    record Tables(java.util.List<org.jixiao.scorecard.Scorecard> tables, int failure) {
        boolean failed() { return tables == null; }
    }

    /**
     * The tables of a file: scorecard JSON (one table or {"tables": [...]}) or a published text document read by the
     * parser. An unreadable file is BAD_ARGUMENT, invalid data or no table INVALID.
     */
    static Tables readTables(Path file, PrintWriter err) {
        String text = readDocument(file, err);
        if (text == null) return new Tables(null, BAD_ARGUMENT);
        java.util.List<org.jixiao.scorecard.Scorecard> tables;
        try {
            tables = text.stripLeading().startsWith("{") ? org.jixiao.scorecard.json.ScorecardJson.readTables(text)
                    : org.jixiao.publish.parse.TextParser.parse(text, file.getFileName().toString()).tables();
        } catch (ValidationException e) {
            printInvalid(err, file.toString(), e);
            return new Tables(null, INVALID);
        }
        if (tables.isEmpty()) {
            err.println("jixiao: " + file + " 中没有表格 / no table in " + file);
            return new Tables(null, INVALID);
        }
        return new Tables(tables, OK);
    }

    static void printInvalid(PrintWriter err, String file, ValidationException e) {
        err.println("jixiao: " + file + " 数据有误 / invalid data:");
        e.violations().forEach(v -> err.println("  " + v.field() + ": " + v.zh() + " / " + v.en()));
    }

    /** Runs a function with the application's services and database, without the web server or demo data. */
    static int withApplication(Function<ConfigurableApplicationContext, Integer> work, String... extraArguments) {
        java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of(
                "--jixiao.demo-data=false", "--jixiao.bootstrap-accounts=false", "--logging.threshold.console=OFF"));
        arguments.addAll(java.util.List.of(extraArguments));
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(JixiaoApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                // as arguments, not defaults: application.properties would override defaults (and load the demo data)
                .run(arguments.toArray(String[]::new))) {
            // the command line is the operator's tool: it acts on the whole tree, and says so
            return org.jixiao.kernel.Actor.asOperator(() -> work.apply(ctx));
        }
    }
}
