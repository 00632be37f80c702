package org.jixiao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.EvaluationView;
import org.jixiao.scoring.Scorer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `jixiao score FILE | --id N`: the self-evaluation of scorecards, as JSON. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"按评分规则计算绩效自评得分，输出 JSON",
                "Score scorecards by the rules of their region and year and print the self-evaluation as JSON.",
                "FILE: scorecard JSON (one table, or {\"tables\": [...]}) or a published text document."})
public class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;


    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--compare", description = {"将表中自带的得分列与计算得分逐行比较并说明差异原因",
            "compare the table's own 得分 column with the computed score row by row, and say why they differ"})
    boolean compare;

    static class Source {
        @Parameters(paramLabel = "FILE", description = "JSON 或公开文本 / JSON or published text") Path file;
        @Option(names = "--id", paramLabel = "ID", description = "已保存的绩效目标表编号 / id of a stored scorecard") Long id;
    }

    @Override
    public Integer call() {
        if (source.id != null) {
            return Cli.withApplication(ctx -> ctx.getBean(Scorecards.class).find(source.id)
                    .map(st -> print(List.of(EvaluationView.of(st.id(), Scorer.evaluate(st.scorecard())))))
                    .orElseGet(() -> {
                        spec.commandLine().getErr().println("jixiao: 绩效目标表 " + source.id + " 不存在 / scorecard " + source.id + " not found");
                        return Cli.INVALID;
                    }));
        }
        Cli.Tables read = Cli.readTables(source.file, spec.commandLine().getErr());
        if (read.failed()) return read.failure();
        List<Scorecard> tables = read.tables();
        List<EvaluationView> out = new ArrayList<>();
        if (compare) {
            List<Map<String, Object>> compared = new ArrayList<>();
            for (Scorecard s : tables) {
                var e = Scorer.evaluate(s);
                var c = org.jixiao.scoring.PublishedScores.compare(s, e);
                Map<String, Object> t = new java.util.LinkedHashMap<>();
                t.put("title", s.title());
                t.put("unit", s.unit());
                t.put("rulesId", e.rulesId());
                t.put("publishedSum", c.publishedSum());
                t.put("computedSum", c.computedSum());
                t.put("differing", c.differing());
                t.put("rows", c.rows());
                compared.add(t);
            }
            spec.commandLine().getOut().println(ScorecardJson.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(Map.of("tables", compared)));
            return Cli.OK;
        }
        for (Scorecard s : tables) out.add(EvaluationView.of(null, Scorer.evaluate(s)));
        return print(out);
    }

    private int print(List<EvaluationView> evaluations) {
        spec.commandLine().getOut().println(ScorecardJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(Map.of("tables", evaluations)));
        return Cli.OK;
    }
}
