package org.jixiao.rollup.compare;

import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/comparisons/indicator?name=&project=&region=&format=json|svg}: one indicator by org and year,
 * as a table (JSON) or a line chart (SVG); {@code GET /api/v1/comparisons/unit/{orgId}?project=}: one org's scores
 * across years.
 */
@RestController
@RequestMapping("/api/v1/comparisons")
class ComparisonApi {
    private final Comparisons comparisons;

    ComparisonApi(Comparisons comparisons) { this.comparisons = comparisons; }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/indicator")
    ResponseEntity<?> indicator(@RequestParam(required = false) String name, @RequestParam(required = false) String project,
                                @RequestParam(required = false) Long region, @RequestParam(defaultValue = "json") String format) {
        IndicatorTable table = comparisons.indicator(name, project, region);
        if ("svg".equalsIgnoreCase(format)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
                    .body(ComparisonChart.svg(table));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(table);
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping(path = "/unit/{orgId}", produces = MediaType.APPLICATION_JSON_VALUE)
    Comparisons.UnitScores unit(@PathVariable long orgId, @RequestParam(required = false) String project) {
        return comparisons.unit(orgId, project);
    }
}
