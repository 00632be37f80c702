package org.jixiao.scorecard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.Role;
import org.jixiao.kernel.Scope;
import org.jixiao.orgs.Level;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.jixiao.support.Fixtures;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11's grade filter reads two columns the database keeps on the scorecard row (V45): the org's path (scope) and
 * the grade of the current stored evaluation. Here they are held to what they stand for — the org tree and the
 * evaluation table, joined as the list did before — for every org of the demo tree as the scope and every grade, and
 * they follow every way an evaluation or an org changes.
 */
@JixiaoTest
class ListScopeAndGradeTest {
    private static final List<String> GRADES = List.of("EXCELLENT", "GOOD", "FAIR", "POOR");
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;
    @Autowired Orgs orgs;
    @Autowired Scorecards scorecards;
    List<Long> ids;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        // a scorecard in every org of the demo tree (the country, provinces, cities, counties, bureaus), graded in turn
        ids = new ArrayList<>();
        List<Org> all = orgs.visible();
        for (int i = 0; i < all.size(); i++) {
            long id = scorecards.create(Fixtures.seed(Seeds.SUINING), all.get(i).id(), null, null).id();
            ids.add(id);
            // a grade written behind the application's back (as a re-score under other rules would): the list follows
            jdbc.sql("update evaluation set grade = :g where scorecard_id = :id and current")
                    .param("g", i % 5 == 4 ? null : GRADES.get(i % 4)).param("id", id).update();
        }
    }

    /** The list's ids as an actor of this org sees them with this grade filter (null: any), every page read. */
    private List<Long> listed(Org org, String grade) {
        Actor reviewer = new Actor("t", "local", org.scope(), org.id(), Role.REVIEWER);
        return Actor.as(reviewer, () -> {
            List<Long> out = new ArrayList<>();
            for (int page = 0; ; page++) {
                Scorecards.Lines lines = scorecards.lines(new Scorecards.Filter(null, null, null, null, null, grade), page, 7);
                lines.items().forEach(l -> out.add(l.id()));
                assertThat(lines.total()).isGreaterThanOrEqualTo(out.size());
                if (lines.items().isEmpty() || out.size() == lines.total()) {
                    assertThat(out).hasSize((int) lines.total());
                    return out;
                }
            }
        });
    }

    /** The same by the definitions: the org tree's paths and the evaluation table's current rows, nothing kept. */
    private List<Long> expected(Org org, String grade) {
        return jdbc.sql("""
                select s.id from scorecard s join org o on o.id = s.org_id
                where o.path like :scope and (cast(:grade as text) is null
                  or exists (select 1 from evaluation e where e.scorecard_id = s.id and e.current and e.grade = :grade))
                order by s.year desc nulls last, s.id""")
                .params(Map.of("scope", org.path() + "%")).param("grade", grade).query(Long.class).list();
    }

    @Test
    void everyScopeAndGradeListsWhatTheOrgTreeAndTheStoredEvaluationsSay() {
        List<Org> all = orgs.visible();
        assertThat(all).hasSizeGreaterThan(10);
        int nonEmpty = 0;
        for (Org org : all) {
            for (String grade : new String[]{null, "EXCELLENT", "GOOD", "FAIR", "POOR"}) {
                List<Long> want = expected(org, grade);
                assertThat(listed(org, grade)).as("%s, grade %s", org.name(), grade).containsExactlyElementsOf(want);
                if (!want.isEmpty() && grade != null) nonEmpty++;
            }
        }
        assertThat(nonEmpty).as("scopes with graded rows").isGreaterThan(10);
        // nobody's scope: nothing, not even with a filter
        assertThat(Actor.as(Actor.NOBODY, () -> scorecards.lines(new Scorecards.Filter(null, null, null, null, null, "EXCELLENT"), 0, 50))
                .total()).isZero();
    }

    @Test
    void theGradeFollowsTheCurrentEvaluationWhoeverWritesIt() {
        long id = ids.getFirst();
        Org root = orgs.root();
        jdbc.sql("update evaluation set grade = 'POOR' where scorecard_id = :id and current").param("id", id).update();
        assertThat(listed(root, "POOR")).contains(id);
        // a new current row (a save: the old one becomes history) with another grade
        jdbc.sql("update evaluation set current = false where scorecard_id = :id and current").param("id", id).update();
        assertThat(listed(root, "POOR")).doesNotContain(id);
        jdbc.sql("""
                insert into evaluation (scorecard_id, scorecard_version, reason, rules_id, rules_version, grade, detail)
                values (:id, 0, 'RESCORE', 'national-2020', 'test', 'FAIR', '{}')""").param("id", id).update();
        assertThat(listed(root, "FAIR")).contains(id);
        assertThat(listed(root, "POOR")).doesNotContain(id);
        // the current row removed: no grade, whatever history says
        jdbc.sql("delete from evaluation where scorecard_id = :id and current").param("id", id).update();
        for (String g : GRADES) assertThat(listed(root, g)).doesNotContain(id);
        assertThat(listed(root, null)).contains(id);
    }

    @Test
    void theScopeFollowsTheOrgTree() {
        Org city = orgs.byName("遂宁市", Scope.EVERYTHING).orElseThrow();
        Org county = orgs.create(city.id(), "测试县", null, Level.COUNTY);
        long id = scorecards.create(Fixtures.seed(Seeds.SUINING), county.id(), null, null).id();
        assertThat(listed(city, null)).contains(id);
        assertThat(listed(county, null)).containsExactly(id);
        Org other = orgs.visible().stream().filter(o -> o.level() == Level.CITY && !o.contains(county)).findFirst().orElseThrow();
        assertThat(listed(other, null)).doesNotContain(id);
        assertThat(jdbc.sql("select org_path from scorecard where id = :id").param("id", id).query(String.class).single())
                .isEqualTo(county.path());
        // a path written by hand on the row is taken back from the org
        jdbc.sql("update scorecard set org_path = '/1/' where id = :id").param("id", id).update();
        assertThat(listed(other, null)).doesNotContain(id);
        assertThat(listed(county, null)).containsExactly(id);
    }
}
