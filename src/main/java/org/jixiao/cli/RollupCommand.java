package org.jixiao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.rollup.FundWeight;
import org.jixiao.rollup.RegionalRollup;
import org.jixiao.rollup.Rollup;
import org.jixiao.rollup.web.RollupView;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `jixiao rollup FILE… [--targets FILE] [--weight allocated|executed]`: the regional roll-up of unit scorecards, as JSON. */
@Command(name = "rollup", mixinStandardHelpOptions = true,
        description = {"区域汇总：将各资金使用单位的自评表汇总为区域自评表，输出 JSON（含每个数的来源单位、数值和权重）",
                "Roll unit scorecards up into the regional scorecard and print the budget and every indicator's",
                "aggregated actual with its contributors, missing units, and the region's self-evaluation as JSON.",
                "FILE: unit scorecard JSON in PARSE-FORMAT shape (one table or {\"tables\": [...]}) or a published text."})
public class RollupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "单位自评表 / unit scorecards")
    List<Path> files;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "上级下达的区域绩效目标表（缺省时用第一个单位的表的指标行）/ the region's targets issued by the upper level "
                    + "(default: the first unit's rows)")
    Path targets;

    @Option(names = "--weight", paramLabel = "allocated|executed", defaultValue = "allocated",
            description = "加权所用资金额度：allocated 全年预算数（默认）或 executed 全年执行数 / fund weight (default: ${DEFAULT-VALUE})")
    String weight;

    @Option(names = "--unit", paramLabel = "NAME", description = "汇总单位（主管部门）名称 / the competent department that rolls up")
    String unit;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        FundWeight w;
        try {
            w = RollupView.weight(weight);
        } catch (org.jixiao.kernel.ValidationException e) {
            Cli.printInvalid(err, "--weight", e);
            return Cli.BAD_ARGUMENT;
        }
        List<Scorecard> units = new ArrayList<>();
        for (Path file : files) {
            Cli.Tables read = Cli.readTables(file, err);
            if (read.failed()) return read.failure();
            units.addAll(read.tables());
        }
        Scorecard regional = null;
        if (targets != null) {
            Cli.Tables read = Cli.readTables(targets, err);
            if (read.failed()) return read.failure();
            regional = read.tables().getFirst();
        }
        RegionalRollup rollup = Rollup.aggregate(units, regional, w);
        String by = unit != null ? unit : regional != null && regional.unit() != null ? regional.unit() : "区域汇总";
        RollupView view = RollupView.of(null, regional == null ? null : regional.unit(), rollup,
                Scorer.evaluate(rollup.toScorecard(by)));
        spec.commandLine().getOut().println(ScorecardJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(view));
        return Cli.OK;
    }
}
