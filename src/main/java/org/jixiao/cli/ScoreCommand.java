package org.jixiao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
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

/**
 * `jixiao score FILE | --id N | --rescore N`: the self-evaluation of scorecards, as JSON. A file is scored now; a stored
 * scorecard answers with its stored evaluation (computed at its last save, with the rules' id and version — never
 * re-scored by reading); re-scoring under the rules that apply now is the explicit {@code --rescore}, which keeps the
 * earlier result in the history and is refused for a published table (as the API's {@code ?rescore=true}).
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"按评分规则计算绩效自评得分，输出 JSON",
                "Score scorecards by the rules of their region and year and print the self-evaluation as JSON.",
                "FILE: scorecard JSON (one table, or {\"tables\": [...]}) or a published text document.",
                "--id N: the stored evaluation of a stored scorecard; --rescore N: score it again under today's rules,",
                "keeping the earlier result in the history (not for a published table)."})
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
        @Option(names = "--id", paramLabel = "ID", description = "已保存的绩效目标表编号（输出已保存的评价）/ id of a stored scorecard (its stored evaluation)") Long id;
        @Option(names = "--rescore", paramLabel = "ID", description = {"按现行评分规则重新评分，原结果保留在历史中（已公开的表不可）",
                "re-score a stored scorecard under the rules that apply now; the earlier result stays in the history (not for a published table)"}) Long rescore;
    }

    @Option(names = "--history", description = {"同时列出该表的全部评价记录（最新在前）",
            "also list every stored evaluation of the scorecard, newest first"})
    boolean history;

    @Override
    public Integer call() {
        if (source.id != null || source.rescore != null) {
            long id = source.id != null ? source.id : source.rescore;
            return CycleCli.run(spec, ctx -> {
                Evaluations evaluations = ctx.getBean(Evaluations.class);
                ctx.getBean(Scorecards.class).require(id); // not found: one message, exit 1
                StoredEvaluation e = source.rescore != null ? evaluations.rescore(id)
                        : evaluations.current(id).orElseGet(() -> evaluations.record(id, "BACKFILL"));
                Map<String, Object> answer = new java.util.LinkedHashMap<>();
                answer.put("tables", List.of(e.view()));
                if (history || source.rescore != null) {
                    answer.put("history", evaluations.history(id).stream().map(ScoreCommand::entry).toList());
                }
                return answer;
            });
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

    /** One stored evaluation in the history: when, why, under which rules, with what result. */
    private static Map<String, Object> entry(StoredEvaluation e) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("evaluationId", e.id());
        m.put("current", e.current());
        m.put("reason", e.reason());
        m.put("rulesId", e.rulesId());
        m.put("rulesVersion", e.rulesVersion());
        m.put("scorecardVersion", e.scorecardVersion());
        m.put("total", e.total());
        m.put("grade", e.grade() == null ? null : e.grade().label());
        m.put("createdAt", e.createdAt().toString());
        return m;
    }

    private int print(List<EvaluationView> evaluations) {
        spec.commandLine().getOut().println(ScorecardJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(Map.of("tables", evaluations)));
        return Cli.OK;
    }
}
