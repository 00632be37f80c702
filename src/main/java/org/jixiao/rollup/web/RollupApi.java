package org.jixiao.rollup.web;

import java.net.URI;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.jixiao.scorecard.StoredScorecard;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST door to the regional roll-up: {@code GET /api/v1/rollups?region=&year=&project=&weight=} computes it (nothing
 * is stored), {@code POST /api/v1/rollups/save} with the same parameters stores it as the region's TRANSFER scorecard.
 */
@RestController
@RequestMapping(path = "/api/v1/rollups", produces = MediaType.APPLICATION_JSON_VALUE)
class RollupApi {
    private final RegionalRollups rollups;

    RollupApi(RegionalRollups rollups) { this.rollups = rollups; }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping
    RollupView rollup(@RequestParam long region, @RequestParam(required = false) Integer year,
                      @RequestParam(required = false) String project, @RequestParam(required = false) String weight) {
        return rollups.rollup(region, year, project, RollupView.weight(weight)).view();
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
