package org.jixiao.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.targets.IndicatorLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `jixiao library [WORDS…] [--set S]`: search the indicator library (no database needed). */
@Command(name = "library", mixinStandardHelpOptions = true,
        description = {"搜索指标库（全国转移支付、四川、临沂部门整体三套指标），输出 JSON",
                "Search the indicator library (national, sichuan, linyi sets) and print the matches as JSON."})
public class LibraryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "WORDS", description = "检索词 / words to search for")
    String[] words;

    @Option(names = "--set", description = "national | sichuan | linyi")
    String set;

    @Override
    public Integer call() {
        String q = words == null ? null : String.join(" ", words);
        spec.commandLine().getOut().println(ScorecardJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(Map.of("items", IndicatorLibrary.standard().search(q, set))));
        return Cli.OK;
    }
}
