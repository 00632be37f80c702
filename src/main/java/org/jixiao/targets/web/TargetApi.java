package org.jixiao.targets.web;

import java.util.List;
import java.util.Map;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.sheet.ScorecardResource;
import org.jixiao.targets.IndicatorLibrary;
import org.jixiao.targets.LibraryIndicator;
import org.jixiao.targets.TargetFinding;
import org.jixiao.targets.store.TargetSetting;
import org.jixiao.kernel.NotFoundException;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST door to target setting: the indicator library, 新建 a target table, rows added to a draft, the quality checks,
 * and the year-end self-evaluation scored against the approved targets. Review (submit, return, approve) and
 * adjustments are the scorecard workflow's own endpoints.
 */
@RestController
class TargetApi {
    private final TargetSetting targets;
    private final Scorecards scorecards;

    TargetApi(TargetSetting targets, Scorecards scorecards) {
        this.targets = targets;
        this.scorecards = scorecards;
    }

    record Library(Map<String, String[]> sets, List<LibraryIndicator> items) {}

    record Checks(long scorecardId, boolean blocking, List<TargetFinding> findings) {}

    record AddRows(Long version, List<String> library, List<TargetSetting.Row> indicators) {}

    /** 指标库: search by words (q) within a set (national, sichuan, linyi) or all. */
    @Allow(Permission.SCORECARD_READ)
    @GetMapping(path = "/api/v1/indicator-library", produces = MediaType.APPLICATION_JSON_VALUE)
    public Library library(@RequestParam(required = false) String q, @RequestParam(required = false) String set) {
        return new Library(IndicatorLibrary.SETS, IndicatorLibrary.standard().search(q, set));
    }

    /** 新建: a DRAFT target table for a unit, fund and year. */
    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping(path = "/api/v1/targets", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ScorecardResource create(@RequestBody TargetSetting.NewTable body) {
        return ScorecardResource.of(targets.create(body));
    }

    /** Library indicators and free-hand rows appended to a table the unit still holds (version: the one the caller saw). */
    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping(path = "/api/v1/targets/{id}/indicators", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ScorecardResource addRows(@PathVariable long id, @RequestBody AddRows body) {
        long version = body.version() != null ? body.version() : scorecards.require(id).version();
        return ScorecardResource.of(targets.addRows(id, version, body.library(), body.indicators()));
    }

    /** 目标质量审核: the findings, each warning or blocking. */
    @Allow(Permission.SCORECARD_READ)
    @GetMapping(path = "/api/v1/targets/{id}/checks", produces = MediaType.APPLICATION_JSON_VALUE)
    public Checks checks(@PathVariable long id) {
        List<TargetFinding> f = targets.check(id);
        return new Checks(id, f.stream().anyMatch(TargetFinding::blocking), f);
    }

    /** 年终自评: the self-evaluation table made from the approved target table. */
    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping(path = "/api/v1/targets/{id}/self-evaluation", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ScorecardResource startSelfEvaluation(@PathVariable long id) {
        return ScorecardResource.of(targets.startSelfEvaluation(id));
    }

    /** The self-evaluation scored against the approved targets, with the targets it changed and other features' notes. */
    @Allow(Permission.SCORECARD_READ)
    @GetMapping(path = "/api/v1/targets/{id}/self-evaluation", produces = MediaType.APPLICATION_JSON_VALUE)
    public TargetSetting.YearEndView yearEnd(@PathVariable long id) {
        return targets.yearEndView(id).orElseThrow(() -> new NoSelfEvaluation(id));
    }

    static final class NoSelfEvaluation extends NotFoundException {
        NoSelfEvaluation(long id) { super("目标表 " + id + " 尚未开始年终自评", "target table " + id + " has no self-evaluation yet"); }
    }

}
