package org.jixiao.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.kernel.Permission;
import org.jixiao.kernel.Role;
import org.jixiao.support.JixiaoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint of the running application declares its permission ({@link Allow} next to its mapping). */
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
    void everyEndpointDeclaresItsPermission() {
        List<AccessRules.Rule> rules = AccessRules.of(mappings);
        assertThat(endpoints(mappings)).hasSizeGreaterThan(25)
                .containsExactlyInAnyOrderElementsOf(rules.stream().map(AccessRulesTest::key).toList());
        assertThat(rules.stream().filter(r -> r.permission() == null).map(AccessRulesTest::key).toList())
                .as("handlers without @Allow (denied to everyone)").isEmpty();
    }

    @Test
    void theOpenApiDescriptionIsForSignedInCallersAndTheErrorPageForEveryone() {
        List<AccessRules.Rule> rules = AccessRules.of(mappings);
        assertThat(rules).filteredOn(r -> r.pattern().startsWith("/v3/api-docs")).isNotEmpty()
                .allMatch(r -> r.permission() == Permission.SIGNED_IN);
        assertThat(rules).filteredOn(r -> r.pattern().equals("/error")).isNotEmpty()
                .allMatch(r -> r.permission() == Permission.PUBLIC);
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
