package org.jixiao.monitoring.web;

import java.util.List;
import org.jixiao.monitoring.Light;
import org.jixiao.monitoring.MonitoringTable;
import org.jixiao.monitoring.PaidCheck;
import org.jixiao.monitoring.Possibility;
import org.jixiao.monitoring.RoundInput;
import org.jixiao.monitoring.store.Monitoring;
import org.jixiao.monitoring.store.MonitoringRounds;
import org.jixiao.kernel.ValidationException;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.kernel.Violation;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.jixiao.web.ExportLimits;

/**
 * REST door to 运行监控: the rounds of an approved scorecard (with the check of the reported 执行数 against the cash
 * paid), a new round, a round as the official form (xlsx, pdf), and the roll-up over a region.
 */
@RestController
class MonitoringApi {
    private final Monitoring monitoring;
    private final Scorecards scorecards;

    private final ExportLimits limits;

    MonitoringApi(Monitoring monitoring, Scorecards scorecards, ExportLimits limits) {
        this.monitoring = monitoring;
        this.scorecards = scorecards;
        this.limits = limits;
    }

    record View(long scorecardId, List<Integer> months, List<MonitoringRounds.Round> rounds, PaidCheck paidCheck) {}

    @Allow(Permission.SCORECARD_READ)
    @GetMapping(path = "/api/v1/scorecards/{id}/monitoring", produces = MediaType.APPLICATION_JSON_VALUE)
    public View rounds(@PathVariable long id) {
        StoredScorecard st = scorecards.require(id);
        return new View(id, monitoring.months(st), monitoring.rounds(id),
                monitoring.paidCheck(st).orElse(null));
    }

    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping(path = "/api/v1/scorecards/{id}/monitoring", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public MonitoringRounds.Round record(@PathVariable long id, @RequestBody RoundInput body) {
        return monitoring.record(id, body);
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/api/v1/scorecards/{id}/monitoring/{roundId}/export")
    public DeferredResult<ResponseEntity<byte[]>> export(@PathVariable long id, @PathVariable long roundId,
                                                         @RequestParam(defaultValue = "xlsx") String format) {
        requireFormat(format);
        return download(monitoring.table(id, roundId), format);
    }

    private static void requireFormat(String format) {
        if (!format.equals("xlsx") && !format.equals("pdf")) {
            throw new ValidationException(List.of(new Violation("format", "格式应为 xlsx 或 pdf", "format must be xlsx or pdf")));
        }
    }

    /** The official form as a download, named after its title, written under the export limits (ExportLimits). */
    private DeferredResult<ResponseEntity<byte[]>> download(MonitoringTable t, String format) {
        boolean x = format.equals("xlsx");
        return limits.download(() -> new ExportLimits.File(
                x ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/pdf",
                "monitoring." + format, t.title() + "." + format, x ? MonitoringExport.xlsx(t) : MonitoringExport.pdf(t)));
    }

    /** 区域汇总 of monitoring: each scorecard's latest round (or the round of one month) summed over the region's subtree. */
    @Allow(Permission.SCORECARD_READ)
    @GetMapping(path = "/api/v1/monitoring/rollup", produces = MediaType.APPLICATION_JSON_VALUE)
    public Monitoring.Rollup rollup(@RequestParam long region, @RequestParam int year, @RequestParam(required = false) String project,
                                    @RequestParam(required = false) Integer month) {
        return monitoring.rollup(region, year, project, month);
    }

    /** The same roll-up indicator by indicator, one part per fund: progress and expected year-end value summed or fund-weighted, lights. */
    @Allow(Permission.SCORECARD_READ)
    @GetMapping(path = "/api/v1/monitoring/rollup/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
    public Monitoring.IndicatorRollup indicators(@RequestParam long region, @RequestParam int year,
                                                 @RequestParam(required = false) String project, @RequestParam(required = false) Integer month) {
        return monitoring.indicatorRollup(region, year, project, month);
    }

    /** The region's roll-up of one fund as the official 项目支出绩效运行监控表 (xlsx, pdf). */
    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/api/v1/monitoring/rollup/export")
    public DeferredResult<ResponseEntity<byte[]>> exportRollup(@RequestParam long region, @RequestParam int year, @RequestParam(required = false) String project,
                                               @RequestParam(required = false) Integer month, @RequestParam(defaultValue = "xlsx") String format) {
        requireFormat(format);
        return download(monitoring.regionalTable(region, year, project, month), format);
    }

}
