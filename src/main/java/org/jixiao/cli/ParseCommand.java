package org.jixiao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jixiao.publish.ParseJson;
import org.jixiao.publish.parse.ParsedDocument;
import org.jixiao.publish.parse.TextParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/** `jixiao parse FILE`: a published document → the JSON of PARSE-FORMAT.md. Writes nothing. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"读取网页上公开的绩效表格文字，输出结构化 JSON（不写入数据库）",
                "Read a published table (text copied from a web page, or the page saved as .html) and print it as JSON; stores nothing.",
                "Exit: 0 a table was recognised, 1 none was, 2 bad argument or unreadable file."})
public class ParseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;


    @Parameters(paramLabel = "FILE", description = "文本文件或保存的网页 / text file (UTF-8 or GB18030) or saved web page (.html, .htm)")
    Path file;

    @Override
    public Integer call() {
        String text = Cli.readDocument(file, spec.commandLine().getErr());
        if (text == null) return Cli.BAD_ARGUMENT;
        ParsedDocument doc = TextParser.parse(text, file.getFileName().toString());
        spec.commandLine().getOut().println(ParseJson.toJson(doc));
        return doc.tables().isEmpty() ? Cli.INVALID : Cli.OK;
    }
}
