package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.Scope;
import org.jixiao.orgs.Orgs;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.support.Fixtures;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, "scope that fails closed": outside a web request, nobody acts unless the code says the operator does.
 * A background task (a pool thread, a scheduled task) that forgot to say so reads no org-owned row and creates
 * nothing; the same task run through {@link Actor#asOperator} sees the whole tree.
 */
@JixiaoTest
class ScopeFailsClosedTest {
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;
    @Autowired Scorecards scorecards;
    @Autowired Orgs orgs;
    @Autowired Users users;
    long id;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        long bureau = orgs.byName("遂宁市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        id = scorecards.create(Fixtures.seed(Seeds.SUINING), bureau, null, null).id();
    }

    /** What a background task sees of the rows the test (as the operator) just stored. */
    record Seen(Actor actor, int scorecards, int orgs, int users, boolean found, boolean stamped) {}

    private Seen look() {
        return new Seen(Actor.current(), scorecards.list(Scorecards.Filter.none(), 0, 50).items().size(), orgs.visible().size(),
                users.visible().size(), scorecards.find(id).isPresent(), scorecards.stamp(id).isPresent());
    }

    @Test
    void aBackgroundTaskWithoutAnActorReadsNothing() throws Exception {
        Seen operator = look(); // the test's thread is the operator (JixiaoTest)
        assertThat(operator.scorecards()).isEqualTo(1);
        assertThat(operator.orgs()).isGreaterThan(10);
        assertThat(operator.users()).isGreaterThan(3);

        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Seen background = pool.submit(this::look).get();
            assertThat(background.actor()).isEqualTo(Actor.NOBODY);
            assertThat(background.actor().scope()).isEqualTo(Scope.NOTHING);
            assertThat(background).extracting(Seen::scorecards, Seen::orgs, Seen::users, Seen::found, Seen::stamped)
                    .containsExactly(0, 0, 0, false, false);
            // nor does it write on anyone's behalf
            Throwable refused = pool.submit(() -> {
                try {
                    scorecards.create(Fixtures.seed(Seeds.SUINING));
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            }).get();
            assertThat(refused).isNotNull().hasMessageContaining("no actor");
            assertThat(jdbc.sql("select count(*) from scorecard").query(Long.class).single()).isEqualTo(1);

            // the same task, saying that the operator runs it, sees the whole tree
            Seen explicit = pool.submit(() -> Actor.asOperator(this::look)).get();
            assertThat(explicit.scorecards()).isEqualTo(1);
            assertThat(explicit.orgs()).isEqualTo(operator.orgs());
            assertThat(explicit.found()).isTrue();
            // and the operator does not stay behind in the pool's thread
            assertThat(pool.submit(this::look).get().found()).isFalse();
        }
    }

    @Test
    void aScheduledTaskWithoutAnActorReadsNothing() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            List<Integer> seen = timer.schedule(() -> List.of(scorecards.all().size(), orgs.visible().size()), 10, TimeUnit.MILLISECONDS).get();
            assertThat(seen).containsExactly(0, 0);
        } finally {
            timer.shutdownNow();
        }
    }
}
