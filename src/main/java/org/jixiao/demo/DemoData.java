package org.jixiao.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.publish.importing.Imports;
import org.jixiao.review.ReviewState;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.Finding;
import org.jixiao.scoring.Scorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * On the first start of `jixiao serve`, loads the three published seed documents (Suining, Dalian, Linyi)
 * through the same importer a user would use, so the demo shows real tables read back from real pages, then plays
 * the parts a published table leaves to people, so the README's examples work on the demo as written:
 * <ul>
 *   <li>each bureau's table (ids 1–3) gets the grades its evaluator would choose — 达成 wherever the scorer graded a
 *       qualitative row provisionally as 达成, so every score stays as it was — and passes the submission checks;</li>
 *   <li>the Linyi targets are stored once more and taken through submit → approve → publish (id 4), as a bureau
 *       publishes its targets with the budget, so the public pages show a table.</li>
 * </ul>
 * Runs once per database: deleting the demo scorecards does not bring them back.
 */
@Component
@org.springframework.core.annotation.Order(1)
@ConditionalOnProperty(name = "jixiao.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final List<String> DOCUMENTS = List.of(
            "suining-2021-transfer-self-evaluation.txt",
            "dalian-2021-evaluation-report.txt",
            "linyi-2022-department-targets.txt");

    /** The document whose table is also stored as published. */
    static final String PUBLISHED = "linyi-2022-department-targets.txt";

    private final JdbcClient jdbc;
    private final Imports imports;
    private final DemoAccounts accounts;
    private final Scorecards scorecards;

    DemoData(JdbcClient jdbc, Imports imports, DemoAccounts accounts, Scorecards scorecards) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.accounts = accounts;
        this.scorecards = scorecards;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        org.jixiao.kernel.Actor.asOperator(this::load); // a start-up job: the operator loads the demo
    }

    private void load() {
        // first the org tree and accounts: the tables attach to the bureaus named as their unit
        if (once("demo-accounts-loaded")) accounts.load();
        if (!once("demo-loaded")) return;
        Long published = null;
        for (String name : DOCUMENTS) {
            for (Imports.Outcome o : imports.importText(name, resource("/demo/" + name), false)) {
                StoredScorecard st = scorecards.require(o.scorecardId());
                Scorecard graded = withChosenGrades(st.scorecard());
                if (graded != st.scorecard()) scorecards.update(st.id(), st.version(), graded);
                if (name.equals(PUBLISHED) && published == null) published = publish(graded, st.orgId());
            }
        }
        log.info("示例数据已载入 / demo data loaded: {}, published: {}", DOCUMENTS, published);
    }

    /**
     * The evaluator's choice on every qualitative row the scorer could only grade provisionally (as 达成), and on
     * every row whose actual cannot be compared with its target (大连's 「实时响应」 against 「≦30分钟」): graded by hand.
     */
    static Scorecard withChosenGrades(Scorecard s) {
        ObjectNode tree = ScorecardJson.MAPPER.valueToTree(s);
        boolean changed = false;
        for (Finding f : Scorer.evaluate(s).findings()) {
            if ((f.code() == Finding.Code.GRADE_DEFAULTED || f.code() == Finding.Code.UNREADABLE_ACTUAL)
                    && f.indicatorIndex() != null) {
                ((ObjectNode) tree.get("indicators").get(f.indicatorIndex())).put("grade", QualitativeGrade.MET.name());
                changed = true;
            }
        }
        return changed ? ScorecardJson.table(tree) : s;
    }

    /** A new copy of the table taken through the workflow's own steps (each one checked by ReviewState). */
    private long publish(Scorecard s, long orgId) {
        StoredScorecard st = scorecards.create(s, orgId, null, null);
        ReviewState state = new ReviewState(st.status(), st.scorecard());
        state = step(st.id(), state, state.submit());
        state = step(st.id(), state, state.approve(scorecards.unitStatuses(st)));
        step(st.id(), state, state.publish());
        return st.id();
    }

    private ReviewState step(long id, ReviewState from, ReviewState to) {
        scorecards.transition(id, from.status(), to.status(), null);
        return to;
    }

    /** True the first time a key is asked for in this database. */
    private boolean once(String key) {
        return jdbc.sql("insert into app_setting (key, value) values (:k, 'true') on conflict (key) do nothing")
                .param("k", key).update() > 0;
    }

    private static String resource(String path) {
        try (InputStream in = DemoData.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing demo document " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
