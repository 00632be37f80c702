package org.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jixiao.kernel.RefusedException;
import org.jixiao.kernel.Violation;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.Status;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every workflow transition, allowed and refused, on the published Suining table. */
class ReviewStateTest {
    private static final Scorecard READY = Fixtures.submittable(Seeds.SUINING);

    private static ReviewState at(Status s) { return new ReviewState(s, READY); }

    @Test
    void aDraftThatPassesTheChecksCanBeSubmittedAndSoCanAReturnedOne() {
        assertThat(at(Status.DRAFT).submit().status()).isEqualTo(Status.SUBMITTED);
        assertThat(at(Status.RETURNED).submit().status()).isEqualTo(Status.SUBMITTED);
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"SUBMITTED", "APPROVED", "PUBLISHED"})
    void onlyDraftsAndReturnedScorecardsCanBeSubmitted(Status s) {
        assertThatThrownBy(() -> at(s).submit()).isInstanceOf(RefusedException.class)
                .hasMessageContaining("不能提交").hasMessageContaining("cannot submit");
    }

    @Test
    void theSuiningTableAsPublishedIsRefusedBecauseItsQualitativeRowsHaveNoGrade() {
        Scorecard asPublished = Fixtures.seed(Seeds.SUINING);
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(RefusedException.class,
                () -> new ReviewState(Status.DRAFT, asPublished).submit());
        assertThat(refused.violations()).isNotEmpty();
        assertThat(refused.violations()).extracting(Violation::field).allMatch(f -> f.startsWith("indicators["));
        // the rows refused are exactly the ones the evaluator must grade: qualitative targets such as 逐步推开
        int row = Integer.parseInt(refused.violations().get(0).field().replaceAll("\\D", ""));
        assertThat(asPublished.indicators().get(row).grade()).isNull();
        assertThat(READY.indicators().get(row).grade()).isNotNull();
    }

    @Test
    void weightsThatDoNotAddUpBlockSubmission() {
        // 12 rows of 5 points each: 60 + 10 for execution is not 100
        var rows = READY.indicators().stream().map(r -> r.withWeight(new java.math.BigDecimal("5"))).toList();
        assertThatThrownBy(() -> new ReviewState(Status.DRAFT, READY.withIndicators(rows)).submit())
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.zh()).contains("指标分值合计60")));
    }

    @Test
    void aScoreBelowTheWeightWithoutAShortfallReasonBlocksSubmission() {
        var rows = new java.util.ArrayList<>(READY.indicators());
        var first = rows.get(0);
        rows.set(0, Fixtures.withReason(first.withActual("1次"), null));
        List<Violation> problems = ReviewState.submissionProblems(READY.withIndicators(rows));
        assertThat(problems).extracting(Violation::field).contains("indicators[0]");
    }

    @Test
    void aSubmittedScorecardIsApprovedWhenItHasNoUnitsOrAllUnitsAreApproved() {
        assertThat(at(Status.SUBMITTED).approve(List.of()).status()).isEqualTo(Status.APPROVED);
        assertThat(at(Status.SUBMITTED).approve(List.of(Status.APPROVED, Status.PUBLISHED)).status()).isEqualTo(Status.APPROVED);
    }

    @Test
    void aRegionalScorecardWaitsForItsUnits() {
        assertThatThrownBy(() -> at(Status.SUBMITTED).approve(List.of(Status.APPROVED, Status.SUBMITTED, Status.DRAFT)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("尚有 2 张未通过");
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"DRAFT", "APPROVED", "RETURNED", "PUBLISHED"})
    void onlySubmittedScorecardsCanBeApprovedOrReturned(Status s) {
        assertThatThrownBy(() -> at(s).approve(List.of())).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> at(s).returnWith("指标值不明确")).isInstanceOf(RefusedException.class);
    }

    @Test
    void aReturnNeedsAComment() {
        assertThat(at(Status.SUBMITTED).returnWith("满意度指标未给出调查方式").status()).isEqualTo(Status.RETURNED);
        assertThatThrownBy(() -> at(Status.SUBMITTED).returnWith("  ")).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("comment"));
        assertThatThrownBy(() -> at(Status.SUBMITTED).returnWith(null)).isInstanceOf(RefusedException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED"})
    void onlyApprovedScorecardsArePublished(Status s) {
        assertThatThrownBy(() -> at(s).publish()).isInstanceOf(RefusedException.class);
    }

    @Test
    void anApprovedScorecardIsPublished() {
        assertThat(at(Status.APPROVED).publish().status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void approvedScorecardsAreLockedAndTakeAdjustmentsInsteadAndPublishedOnesAreFixed() {
        for (Status s : List.of(Status.APPROVED, Status.PUBLISHED, Status.SUBMITTED)) {
            assertThatThrownBy(() -> at(s).requireEditable()).isInstanceOf(RefusedException.class);
        }
        at(Status.DRAFT).requireEditable();
        at(Status.RETURNED).requireEditable();
        at(Status.APPROVED).requireAdjustable();
        // issue 15 finding 5: published means fixed (a correction is a new version)
        assertThatThrownBy(() -> at(Status.PUBLISHED).requireAdjustable()).isInstanceOf(RefusedException.class)
                .hasMessageContaining("已公开");
        assertThatThrownBy(() -> at(Status.DRAFT).requireAdjustable()).isInstanceOf(RefusedException.class);
    }
}
