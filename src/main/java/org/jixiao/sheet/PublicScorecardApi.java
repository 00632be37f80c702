package org.jixiao.sheet;

import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.jixiao.scorecard.store.Corrections;
import org.jixiao.scorecard.store.ScorecardNotFoundException;
import org.jixiao.scorecard.store.Scorecards;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 信息公开 without signing in: only PUBLISHED scorecards exist here; any other id is "not found". */
@RestController
@RequestMapping(path = "/api/v1/public/scorecards", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicScorecardApi {
    private final Scorecards scorecards;
    private final Corrections corrections;

    PublicScorecardApi(Scorecards scorecards, Corrections corrections) {
        this.scorecards = scorecards;
        this.corrections = corrections;
    }

    @Allow(Permission.PUBLIC)
    @GetMapping
    ScorecardApi.ListPage list(@RequestParam(required = false) Integer year, @RequestParam(required = false, name = "q") String query,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var result = scorecards.published(new Scorecards.Filter(year, null, null, null, query),
                Math.max(page, 0), Math.clamp(size, 1, 200));
        return new ScorecardApi.ListPage(result.items().stream().map(ScorecardResource.Summary::of).toList(),
                result.total(), result.page(), result.size());
    }

    @Allow(Permission.PUBLIC)
    @GetMapping("/{id}")
    ScorecardResource get(@PathVariable long id) {
        return ScorecardResource.of(scorecards.findPublished(id).orElseThrow(() -> new ScorecardNotFoundException(id)));
    }

    /** The published versions of this table, first to latest (a correction is a new version; every one stays readable). */
    @Allow(Permission.PUBLIC)
    @GetMapping("/{id}/versions")
    java.util.List<Corrections.Version> versions(@PathVariable long id) {
        var versions = corrections.publishedVersions(id);
        if (versions.isEmpty()) throw new ScorecardNotFoundException(id);
        return versions;
    }
}
