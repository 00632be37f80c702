package org.jixiao.sheet;

import java.net.URI;
import java.util.List;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.scorecard.store.ScorecardNotFoundException;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.EvaluationView;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.scoring.Grade;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * REST door to scorecards: list, get, create (in the caller's org, or {@code ?orgId=} of their scope), update
 * (optimistic), delete, and score. Who may call what is in each handler's {@code @Allow}; scope is the repository's.
 */
@RestController
@RequestMapping(path = "/api/v1/scorecards", produces = MediaType.APPLICATION_JSON_VALUE)
class ScorecardApi {
    private static final int MAX_PAGE_SIZE = 200;
    private final Scorecards scorecards;
    private final Evaluations evaluations;

    ScorecardApi(Scorecards scorecards, Evaluations evaluations) {
        this.scorecards = scorecards;
        this.evaluations = evaluations;
    }

    record ListPage(List<ScorecardResource.Summary> items, long total, int page, int size) {}

    @Allow(Permission.SCORECARD_READ)
    @GetMapping
    ListPage list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String unit, @RequestParam(required = false) String status,
                  @RequestParam(required = false, name = "q") String query,
                  @RequestParam(required = false) String grade,
                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ValidationException(List.of(new Violation("size",
                    "分页参数无效（page ≥ 0，1 ≤ size ≤ " + MAX_PAGE_SIZE + "）",
                    "invalid paging (page >= 0, 1 <= size <= " + MAX_PAGE_SIZE + ")")));
        }
        // lines, not whole scorecards: a list shows no indicator rows (issue 11's grade filter: ≤ 100 ms p95)
        var result = scorecards.lines(new Scorecards.Filter(year, upper(kind), unit, upper(status), query, gradeCode(grade)),
                page, size);
        return new ListPage(result.items().stream().map(ScorecardResource.Summary::of).toList(),
                result.total(), result.page(), result.size());
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/{id}")
    ScorecardResource get(@PathVariable long id) {
        return ScorecardResource.of(load(id));
    }

    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ScorecardResource> create(@RequestBody String body, @RequestParam(required = false) Long orgId) {
        Scorecard s = single(body);
        StoredScorecard saved = scorecards.create(s, orgId, null, null);
        return ResponseEntity.created(URI.create("/api/v1/scorecards/" + saved.id())).body(ScorecardResource.of(saved));
    }

    /** The version comes from If-Match or the body's "version"; without one the update is refused. */
    @Allow(Permission.SCORECARD_WRITE)
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ScorecardResource update(@PathVariable long id, @RequestBody String body,
                             @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        JsonNode node = ScorecardJson.tree(body);
        Long version = ifMatch != null ? parseVersion(ifMatch)
                : node.has("version") && node.get("version").canConvertToLong() ? node.get("version").asLong() : null;
        if (version == null) {
            throw new ValidationException(List.of(new Violation("version",
                    "需要提供所修改的版本号（version 字段或 If-Match 头）",
                    "the version being edited is required (field version or header If-Match)")));
        }
        load(id);
        Scorecard s = node.has("tables") ? single(body) : ScorecardJson.table(node); // as POST: a document of one table too
        return ScorecardResource.of(scorecards.update(id, version, s));
    }

    /**
     * The stored evaluation of the scorecard (computed at its last save or submission, with the rules' id and
     * version); {@code ?rescore=true} re-scores it under the rules that apply now, keeping the old result as history.
     */
    @Allow(Permission.SCORECARD_READ)
    @PostMapping("/{id}/evaluation")
    EvaluationView evaluate(@PathVariable long id, @RequestParam(defaultValue = "false") boolean rescore) {
        load(id);
        StoredEvaluation e = rescore ? evaluations.rescore(id)
                : evaluations.current(id).orElseGet(() -> evaluations.record(id, "BACKFILL"));
        return e.view();
    }

    /** 优 / 良 / 中 / 差 or EXCELLENT / GOOD / FAIR / POOR; anything else is refused by name. */
    private static String gradeCode(String grade) {
        if (grade == null || grade.isBlank()) return null;
        for (Grade g : Grade.values()) {
            if (g.label().equals(grade.strip()) || g.name().equalsIgnoreCase(grade.strip())) return g.name();
        }
        throw new ValidationException(List.of(new Violation("grade", "等级应为 优、良、中 或 差：" + grade,
                "grade must be 优, 良, 中 or 差 (EXCELLENT, GOOD, FAIR, POOR): " + grade)));
    }

    @Allow(Permission.SCORECARD_WRITE)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        if (!scorecards.delete(id)) throw new ScorecardNotFoundException(id);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    private StoredScorecard load(long id) {
        return scorecards.find(id).orElseThrow(() -> new ScorecardNotFoundException(id));
    }

    private static Scorecard single(String body) {
        List<Scorecard> tables = ScorecardJson.readTables(body);
        if (tables.size() != 1) {
            throw new ValidationException(List.of(new Violation("tables",
                    "一次只能创建一张表（收到" + tables.size() + "张）", "exactly one table per request (got " + tables.size() + ")")));
        }
        return tables.get(0);
    }

    private static Long parseVersion(String ifMatch) {
        try {
            return Long.parseLong(ifMatch.replace("\"", "").replace("W/", "").trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(List.of(new Violation("If-Match", "版本号应为整数", "version must be an integer")));
        }
    }

    private static String upper(String s) { return s == null || s.isBlank() ? null : s.trim().toUpperCase(); }
}
