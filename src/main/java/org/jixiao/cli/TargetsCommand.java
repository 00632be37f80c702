package org.jixiao.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.review.web.Reviews;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.sheet.ScorecardResource;
import org.jixiao.targets.TargetChecks;
import org.jixiao.targets.store.TargetSetting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `jixiao targets new|add|check|submit|return|approve|adjust|adjustments|adjust-approve|adjust-reject|self-evaluate|year-end`:
 * target setting from the command line.
 */
@Command(name = "targets", mixinStandardHelpOptions = true,
        subcommands = {TargetsCommand.New.class, TargetsCommand.Add.class, TargetsCommand.Check.class, TargetsCommand.Submit.class,
                TargetsCommand.Return.class, TargetsCommand.Approve.class, TargetsCommand.Adjust.class, TargetsCommand.AdjustmentList.class,
                TargetsCommand.AdjustApprove.class, TargetsCommand.AdjustReject.class, TargetsCommand.SelfEvaluate.class,
                TargetsCommand.YearEnd.class},
        description = {"绩效目标申报：新建、添加指标、质量审核、提交、退回、审核通过、指标调整、年终自评",
                "Target setting: new table, add indicators, quality checks, submit, return, approve, target adjustments, "
                        + "year-end self-evaluation."})
public class TargetsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "new", mixinStandardHelpOptions = true, description = "新建绩效目标表 / a new target table (prints it)")
    static class New implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--org", required = true, description = "单位（机构编号）/ org id of the unit") long org;
        @Option(names = "--project", required = true, description = "项目（资金）名称 / fund") String project;
        @Option(names = "--year", required = true) int year;
        @Option(names = "--kind", defaultValue = "TRANSFER", description = "TRANSFER | PROJECT | DEPARTMENT") String kind;
        @Option(names = "--planned", description = "全年预算数（万元）/ full-year budget") BigDecimal planned;
        @Option(names = "--copy-last-year", description = "复制上一年度的表 / start from last year's table") boolean copy;
        @Option(names = "--library", split = ",", description = "指标库编号，如 sichuan-1,national-20 / library ids") List<String> library;

        @Override
        public Integer call() {
            return CycleCli.run(spec, ctx -> ScorecardResource.of(ctx.getBean(TargetSetting.class).create(
                    new TargetSetting.NewTable(org, project, year, kind, planned, null, copy, library, List.of()))));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "向填报中的表添加指标库指标 / add library indicators to a draft")
    static class Add implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID") long id;
        @Option(names = "--library", split = ",", required = true) List<String> library;

        @Override
        public Integer call() {
            return CycleCli.run(spec, ctx -> ScorecardResource.of(ctx.getBean(TargetSetting.class).addRows(id,
                    ctx.getBean(Scorecards.class).require(id).version(), library, List.of())));
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "目标质量审核（有须修改的问题时退出码 1）/ quality checks (exit 1 when blocking)")
    static class Check implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID") long id;

        @Override
        public Integer call() {
            int[] code = {Cli.OK};
            int run = CycleCli.run(spec, ctx -> {
                var findings = ctx.getBean(TargetSetting.class).check(id);
                if (TargetChecks.blocks(findings)) code[0] = Cli.INVALID;
                return Map.of("scorecardId", id, "blocking", TargetChecks.blocks(findings), "findings", findings);
            });
            return run != Cli.OK ? run : code[0];
        }
    }

    /** A workflow step on one table (submit, return, approve), taken as the API takes it; the table is printed. */
    abstract static class Step implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID") long id;

        abstract StoredScorecard take(Reviews reviews);

        @Override
        public Integer call() { return CycleCli.run(spec, ctx -> ScorecardResource.of(take(ctx.getBean(Reviews.class)))); }
    }

    @Command(name = "submit", mixinStandardHelpOptions = true, description = "提交审核 / submit for review")
    static class Submit extends Step {
        @Override
        StoredScorecard take(Reviews reviews) { return reviews.submit(id); }
    }

    @Command(name = "return", mixinStandardHelpOptions = true, description = "退回（须填写意见）/ return with a comment")
    static class Return extends Step {
        @Option(names = "--comment", required = true) String comment;

        @Override
        StoredScorecard take(Reviews reviews) { return reviews.returnWith(id, comment); }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "审核通过 / approve")
    static class Approve extends Step {
        @Override
        StoredScorecard take(Reviews reviews) { return reviews.approve(id); }
    }

    @Command(name = "adjust", mixinStandardHelpOptions = true, description = "申请调整已审核表的一项指标值 / request a target adjustment")
    static class Adjust implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID") long id;
        @Option(names = "--indicator", required = true, description = "指标序号（从 0 起）/ the row (0-based)") int indicator;
        @Option(names = "--target", required = true, description = "新的指标值 / the new target") String target;
        @Option(names = "--reason", required = true, description = "调整理由 / why") String reason;

        @Override
        public Integer call() {
            return CycleCli.run(spec, ctx -> ctx.getBean(Reviews.class).requestAdjustment(id, indicator, target, reason));
        }
    }

    @Command(name = "adjustments", mixinStandardHelpOptions = true, description = "一张表的调整申请 / the adjustment requests of a table")
    static class AdjustmentList implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID") long id;

        @Override
        public Integer call() {
            return CycleCli.run(spec, ctx -> {
                ctx.getBean(Scorecards.class).require(id);
                return ctx.getBean(org.jixiao.review.store.Adjustments.class).of(id);
            });
        }
    }

    @Command(name = "adjust-approve", mixinStandardHelpOptions = true, description = "批准调整申请 / approve an adjustment")
    static class AdjustApprove implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID") long id;
        @Parameters(index = "1", paramLabel = "ADJUSTMENT") long adjustment;

        @Override
        public Integer call() { return CycleCli.run(spec, ctx -> ctx.getBean(Reviews.class).approveAdjustment(id, adjustment)); }
    }

    @Command(name = "adjust-reject", mixinStandardHelpOptions = true, description = "驳回调整申请 / reject an adjustment")
    static class AdjustReject implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID") long id;
        @Parameters(index = "1", paramLabel = "ADJUSTMENT") long adjustment;

        @Override
        public Integer call() { return CycleCli.run(spec, ctx -> ctx.getBean(Reviews.class).rejectAdjustment(id, adjustment)); }
    }

    @Command(name = "self-evaluate", mixinStandardHelpOptions = true, description = "由已审核的目标表开始年终自评 / start the year-end self-evaluation")
    static class SelfEvaluate implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID") long id;

        @Override
        public Integer call() { return CycleCli.run(spec, ctx -> ScorecardResource.of(ctx.getBean(TargetSetting.class).startSelfEvaluation(id))); }
    }

    @Command(name = "year-end", mixinStandardHelpOptions = true, description = "按批复目标评分的年终自评 / the self-evaluation scored against the approved targets")
    static class YearEnd implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID", description = "目标表编号 / the target table") long id;

        @Override
        public Integer call() {
            return CycleCli.run(spec, ctx -> ctx.getBean(TargetSetting.class).yearEndView(id).orElseThrow(() ->
                    new org.jixiao.kernel.RefusedException("目标表 " + id + " 尚未开始年终自评", "target table " + id + " has no self-evaluation yet")));
        }
    }
}
