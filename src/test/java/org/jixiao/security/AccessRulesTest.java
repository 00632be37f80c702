package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.kernel.Role;
import org.jixiao.support.JixiaoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint of the running application has exactly one permission rule, and no rule points nowhere. */
@JixiaoTest
class AccessRulesTest {
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    /** "GET /api/v1/scorecards/{id}" for every method and pattern the controllers declare ("* /error" for any method). */
    static List<String> endpoints(RequestMappingHandlerMapping mappings) {
        List<String> out = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) out.add("* " + pattern);
                methods.forEach(m -> out.add(m.name() + " " + pattern));
            }
        }
        return out.stream().distinct().sorted().toList();
    }

    static String key(AccessRules.Rule r) { return (r.method() == null ? "*" : r.method().name()) + " " + r.pattern(); }

    @Test
    void everyEndpointHasAPermissionRule() {
        List<String> endpoints = endpoints(mappings);
        assertThat(endpoints).hasSizeGreaterThan(25);
        List<String> withoutRule = endpoints.stream().filter(e -> {
            String[] p = e.split(" ", 2);
            return AccessRules.of(p[0].equals("*") ? null : HttpMethod.valueOf(p[0]), p[1]).isEmpty();
        }).toList();
        assertThat(withoutRule).as("endpoints without a rule in AccessRules").isEmpty();
    }

    @Test
    void everyRuleBelongsToAnEndpointAndNoEndpointHasTwoRules() {
        List<String> endpoints = endpoints(mappings);
        List<String> keys = AccessRules.RULES.stream().map(AccessRulesTest::key).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(keys.stream().filter(k -> !endpoints.contains(k)).toList()).as("rules for endpoints that do not exist").isEmpty();
    }

    @Test
    void writingAndReviewingAreSeparatedByRole() {
        assertThat(Permission.SCORECARD_WRITE.roles()).containsExactlyInAnyOrder(Role.FILLER, Role.ADMIN);
        assertThat(Permission.SCORECARD_REVIEW.roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.ADMIN);
        assertThat(Permission.SCORECARD_COMMENT.roles()).contains(Role.FINANCE).doesNotContain(Role.FILLER);
        assertThat(Permission.ORG_ADMIN.roles()).containsExactly(Role.ADMIN);
        assertThat(Permission.USER_ADMIN.roles()).containsExactly(Role.ADMIN);
    }
}
