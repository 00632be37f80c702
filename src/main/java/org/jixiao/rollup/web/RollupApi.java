package org.jixiao.rollup.web;

import java.net.URI;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.jixiao.scorecard.StoredScorecard;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.jixiao.rollup.FundWeight;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST door to the regional roll-up: {@code GET /api/v1/rollups?region=&year=&project=&weight=} computes it (nothing
 * is stored), {@code GET /api/v1/rollups/indicators/{position}} with the same parameters drills into one row,
 * {@code POST /api/v1/rollups/save} stores it as the region's TRANSFER scorecard.
 */
@RestController
@RequestMapping(path = "/api/v1/rollups", produces = MediaType.APPLICATION_JSON_VALUE)
class RollupApi {
    private final RegionalRollups rollups;

    RollupApi(RegionalRollups rollups) { this.rollups = rollups; }

    /**
     * The roll-up from the database's sums, every row with its counts; {@code contributors=true} builds every row's
     * drill-down as well (every unit's scorecard is loaded: slow on large regions).
     */
    @Allow(Permission.SCORECARD_READ)
    @GetMapping
    RollupView rollup(@RequestParam long region, @RequestParam(required = false) Integer year,
                      @RequestParam(required = false) String project, @RequestParam(required = false) String weight,
                      @RequestParam(defaultValue = "false") boolean contributors) {
        FundWeight w = RollupView.weight(weight);
        return (contributors ? rollups.rollup(region, year, project, w) : rollups.summary(region, year, project, w)).view();
    }

    /** One regional row (0-based position in the regional targets) with its drill-down: what a person opens. */
    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/indicators/{position}")
    RollupView.IndicatorView indicator(@PathVariable int position, @RequestParam long region,
                                       @RequestParam(required = false) Integer year,
                                       @RequestParam(required = false) String project,
                                       @RequestParam(required = false) String weight) {
        return RollupView.IndicatorView.of(position, rollups.drillDown(region, year, project, RollupView.weight(weight), position));
    }

    /** The stored regional scorecard's id and location; its content is at GET /api/v1/scorecards/{id}. */
    record Saved(long id, long version, String status, long orgId) {}

    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping("/save")
    ResponseEntity<Saved> save(@RequestParam long region, @RequestParam(required = false) Integer year,
                               @RequestParam(required = false) String project, @RequestParam(required = false) String weight) {
        StoredScorecard s = rollups.save(region, year, project, RollupView.weight(weight));
        return ResponseEntity.created(URI.create("/api/v1/scorecards/" + s.id()))
                .body(new Saved(s.id(), s.version(), s.status().name(), s.orgId()));
    }
}
