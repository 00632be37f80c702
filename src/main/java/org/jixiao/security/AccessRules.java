package org.jixiao.security;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;

/**
 * The one registry of who may call what: every handler mapping of the application (method + path pattern, exactly
 * as declared on the controller) has a rule here. The security filter chain is built from this list and denies
 * everything else; {@code AccessRulesTest} fails when an endpoint exists without a rule.
 * Org scope is not decided here but in the repositories (by the row's org).
 */
public final class AccessRules {
    /** @param method null when the handler answers every method */
    public record Rule(HttpMethod method, String pattern, Permission permission) {}

    private static final String SC = "/api/v1/scorecards";

    public static final List<Rule> RULES = List.of(
            // scorecards
            rule("GET", SC, Permission.SCORECARD_READ),
            rule("GET", SC + "/{id}", Permission.SCORECARD_READ),
            rule("POST", SC, Permission.SCORECARD_WRITE),
            rule("PUT", SC + "/{id}", Permission.SCORECARD_WRITE),
            rule("DELETE", SC + "/{id}", Permission.SCORECARD_WRITE),
            rule("POST", SC + "/{id}/evaluation", Permission.SCORECARD_READ),
            // review workflow, history, comments, adjustments
            rule("POST", SC + "/{id}/submit", Permission.SCORECARD_SUBMIT),
            rule("POST", SC + "/{id}/approve", Permission.SCORECARD_REVIEW),
            rule("POST", SC + "/{id}/return", Permission.SCORECARD_REVIEW),
            rule("POST", SC + "/{id}/publish", Permission.SCORECARD_PUBLISH),
            rule("GET", SC + "/{id}/history", Permission.SCORECARD_READ),
            rule("GET", SC + "/{id}/comments", Permission.SCORECARD_READ),
            rule("POST", SC + "/{id}/comments", Permission.SCORECARD_COMMENT),
            rule("GET", SC + "/{id}/adjustments", Permission.SCORECARD_READ),
            rule("POST", SC + "/{id}/adjustments", Permission.ADJUSTMENT_REQUEST),
            rule("POST", SC + "/{id}/adjustments/{adjustmentId}/approve", Permission.SCORECARD_REVIEW),
            rule("POST", SC + "/{id}/adjustments/{adjustmentId}/reject", Permission.SCORECARD_REVIEW),
            // publication, regional roll-up, comparisons
            rule("GET", SC + "/{id}/export", Permission.SCORECARD_READ),
            rule("GET", "/api/v1/rollups", Permission.SCORECARD_READ),
            rule("POST", "/api/v1/rollups/save", Permission.SCORECARD_WRITE),
            rule("GET", "/api/v1/comparisons/indicator", Permission.SCORECARD_READ),
            rule("GET", "/api/v1/comparisons/unit/{orgId}", Permission.SCORECARD_READ),
            // roll-up and comparison pages
            rule("GET", "/rollups", Permission.SCORECARD_READ),
            rule("POST", "/rollups/save", Permission.SCORECARD_WRITE),
            rule("GET", "/comparisons", Permission.SCORECARD_READ),
            // imports
            rule("POST", "/api/v1/imports", Permission.IMPORT),
            rule("GET", "/api/v1/imports/{id}", Permission.IMPORT),
            rule("POST", "/api/v1/imports/{id}/confirm", Permission.IMPORT),
            // org tree
            rule("GET", "/api/v1/orgs", Permission.SIGNED_IN),
            rule("GET", "/api/v1/orgs/export", Permission.SIGNED_IN),
            rule("POST", "/api/v1/orgs", Permission.ORG_ADMIN),
            rule("PUT", "/api/v1/orgs/{id}", Permission.ORG_ADMIN),
            rule("POST", "/api/v1/orgs/import", Permission.ORG_ADMIN),
            // accounts
            rule("GET", "/api/v1/me", Permission.SIGNED_IN),
            rule("GET", "/api/v1/users", Permission.USER_ADMIN),
            rule("POST", "/api/v1/users", Permission.USER_ADMIN),
            // pages
            rule("GET", "/", Permission.SCORECARD_READ),
            rule("GET", "/scorecards", Permission.SCORECARD_READ),
            rule("GET", "/scorecards/export.xlsx", Permission.SCORECARD_READ),
            rule("GET", "/scorecards/{id}", Permission.SCORECARD_READ),
            rule("GET", "/scorecards/{id}/evaluation", Permission.SCORECARD_READ),
            rule("GET", "/scorecards/{id}/sheet", Permission.SCORECARD_READ),
            rule("GET", "/scorecards/{id}/cell", Permission.SCORECARD_WRITE),
            rule("POST", "/scorecards/{id}/validate", Permission.SCORECARD_WRITE),
            rule("POST", "/scorecards/{id}/cell", Permission.SCORECARD_WRITE),
            rule("POST", "/scorecards/{id}/rows", Permission.SCORECARD_WRITE),
            rule("POST", "/scorecards/{id}/rows/{index}/delete", Permission.SCORECARD_WRITE),
            rule("POST", "/scorecards/{id}/rows/{index}/move", Permission.SCORECARD_WRITE),
            rule("GET", "/scorecards/{id}/history", Permission.SCORECARD_READ),
            rule("POST", "/scorecards/{id}/submit", Permission.SCORECARD_SUBMIT),
            rule("POST", "/scorecards/{id}/approve", Permission.SCORECARD_REVIEW),
            rule("POST", "/scorecards/{id}/return", Permission.SCORECARD_REVIEW),
            rule("POST", "/scorecards/{id}/publish", Permission.SCORECARD_PUBLISH),
            rule("POST", "/scorecards/{id}/comments", Permission.SCORECARD_COMMENT),
            rule("GET", "/imports", Permission.IMPORT),
            rule("POST", "/imports/preview", Permission.IMPORT),
            rule("GET", "/imports/{id}", Permission.IMPORT),
            rule("POST", "/imports/{id}/confirm", Permission.IMPORT),
            rule("GET", "/orgs", Permission.ORG_ADMIN),
            rule("POST", "/orgs", Permission.ORG_ADMIN),
            rule("POST", "/orgs/import", Permission.ORG_ADMIN),
            rule("GET", "/public", Permission.PUBLIC),
            rule("GET", "/public/{id}", Permission.PUBLIC),
            // public
            rule("GET", "/login", Permission.PUBLIC),
            rule("GET", "/api/v1/public/scorecards", Permission.PUBLIC),
            rule("GET", "/api/v1/public/scorecards/{id}", Permission.PUBLIC),
            rule("GET", "/v3/api-docs", Permission.PUBLIC),
            rule("GET", "/v3/api-docs.yaml", Permission.PUBLIC),
            // Boot's error endpoint answers every method (null: any)
            new Rule(null, "/error", Permission.PUBLIC));

    private AccessRules() {}

    private static Rule rule(String method, String pattern, Permission p) {
        return new Rule(HttpMethod.valueOf(method), pattern, p);
    }

    /** The rule declared for exactly this method and pattern. */
    public static Optional<Rule> of(HttpMethod method, String pattern) {
        return RULES.stream().filter(r -> java.util.Objects.equals(r.method(), method) && r.pattern().equals(pattern)).findFirst();
    }
}
