package org.jixiao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.review.ReviewState;
import org.jixiao.scorecard.Status;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.Scorer;
import org.jixiao.support.JixiaoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The demo data of a first start, on which the README's examples are written. */
@JixiaoTest
@TestPropertySource(properties = {"jixiao.demo-data=true", "jixiao.test.database=demo"}) // its own context and database
class DemoDataTest {
    @Autowired Scorecards scorecards;

    @Test
    void eachBureauHoldsADraftThatPassesTheSubmissionChecksAndOneTableIsPublished() {
        List<StoredScorecard> all = scorecards.all();
        Map<String, List<StoredScorecard>> drafts = all.stream().filter(s -> s.status() == Status.DRAFT)
                .collect(Collectors.groupingBy(s -> s.scorecard().unit()));

        assertThat(drafts).containsOnlyKeys("遂宁市医疗保障局", "大连市医疗保障局", "临沂市医疗保障局");
        drafts.values().forEach(d -> assertThat(d).singleElement()
                .satisfies(st -> assertThat(ReviewState.submissionProblems(st.scorecard())).isEmpty()));
        assertThat(drafts.get("遂宁市医疗保障局").getFirst().id()).isEqualTo(1); // the README's examples name id 1
        assertThat(all).filteredOn(s -> s.status() == Status.PUBLISHED).singleElement()
                .satisfies(st -> assertThat(st.scorecard().title()).isEqualTo("2022年临沂市医疗保障局部门预算整体绩效目标表（5）"));
        assertThat(scorecards.published(Scorecards.Filter.none(), 0, 10).total()).isEqualTo(1);
    }

    @Test
    void choosingTheGradesKeepsEveryScoreTheReadmeQuotes() {
        StoredScorecard suining = scorecards.require(1);

        assertThat(Scorer.evaluate(suining.scorecard()).total()).isEqualByComparingTo(new BigDecimal("98.18"));
        assertThat(suining.scorecard().indicators()).filteredOn(i -> i.grade() != null).hasSize(6);
    }
}
