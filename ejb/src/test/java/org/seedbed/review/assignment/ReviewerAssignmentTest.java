package org.seedbed.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReviewerAssignmentTest {

    private final ReviewerAssignment assignment = new ReviewerAssignment();

    @Test
    void balancesLoadsWhenPreferencesAreEqual() {
        List<Reviewable> submissions =
                IntStream.range(0, 30).mapToObj(s -> submission(100 + s, 2)).toList();
        List<Reviewer> reviewers =
                IntStream.range(0, 6).mapToObj(r -> reviewer(r + 1, 30)).toList();

        AssignmentPlan plan = assignment.plan(AssignmentRequest.of(submissions, reviewers));

        assertThat(plan.totalShortfall()).isZero();
        assertThat(plan.loads()).hasSize(6).allSatisfy((reviewer, load) -> assertThat(load)
                .isEqualTo(10));
    }

    @Test
    void givesSubmissionsToTheExpertsOfTheirTopics() {
        List<Reviewable> submissions = List.of(
                submission(1, 1, "water"),
                submission(2, 1, "water"),
                submission(3, 1, "health"),
                submission(4, 1, "health"));
        List<Reviewer> reviewers = List.of(
                reviewer(10, 5, "health"),
                reviewer(11, 5, "water"),
                reviewer(12, 5, "education", "water"),
                reviewer(13, 5, "health", "elderly"));

        AssignmentPlan plan = assignment.plan(AssignmentRequest.of(submissions, reviewers));

        assertThat(plan.reviewersOf(1)).singleElement().isIn(11L, 12L);
        assertThat(plan.reviewersOf(2)).singleElement().isIn(11L, 12L);
        assertThat(plan.reviewersOf(3)).singleElement().isIn(10L, 13L);
        assertThat(plan.reviewersOf(4)).singleElement().isIn(10L, 13L);
        assertThat(plan.loads().values()).containsOnly(1);
    }

    @Test
    void prefersEagerBiddersAmongEqualExperts() {
        Reviewable submission = submission(1, 1, "water");
        List<Reviewer> reviewers =
                List.of(reviewer(10, 1, "water"), reviewer(11, 1, "water"), reviewer(12, 1, "water"));
        Map<Pair, Integer> bids = Map.of(new Pair(10, 1), -2, new Pair(11, 1), 2);

        AssignmentPlan plan = assignment.plan(request(List.of(submission), reviewers, Set.of(), Set.of(), bids));

        assertThat(plan.reviewersOf(1)).containsExactly(11L);
    }

    @Test
    void expertiseOutweighsEagerness() {
        List<Reviewer> reviewers = List.of(reviewer(10, 1, "water"), reviewer(11, 1, "health"));
        Map<Pair, Integer> bids = Map.of(new Pair(11, 1), 2);

        AssignmentPlan plan =
                assignment.plan(request(List.of(submission(1, 1, "water")), reviewers, Set.of(), Set.of(), bids));

        assertThat(plan.reviewersOf(1)).containsExactly(10L);
    }

    @Test
    void aRefusalOutweighsExpertise() {
        List<Reviewer> reviewers = List.of(reviewer(10, 1, "water"), reviewer(11, 1, "health"));
        Map<Pair, Integer> bids = Map.of(new Pair(10, 1), -2);

        AssignmentPlan plan =
                assignment.plan(request(List.of(submission(1, 1, "water")), reviewers, Set.of(), Set.of(), bids));

        assertThat(plan.reviewersOf(1)).containsExactly(11L);
    }

    @Test
    void fillsEverySlotWhereAGreedyPassWouldLeaveOneOpen() {
        // Greedy gives submission 1 its expert 10 and leaves submission 2, which only 10 may review, without anyone.
        List<Reviewable> submissions = List.of(submission(1, 1, "water"), submission(2, 1));
        List<Reviewer> reviewers = List.of(reviewer(10, 1, "water"), reviewer(11, 1));
        Set<Pair> conflicts = Set.of(new Pair(11, 2));

        AssignmentPlan plan = assignment.plan(request(submissions, reviewers, conflicts, Set.of(), Map.of()));

        assertThat(plan.pairs()).containsExactly(new Pair(11, 1), new Pair(10, 2));
        assertThat(plan.shortfalls()).isEmpty();
    }

    @Test
    void assignsAnUnwillingOutsiderRatherThanLeaveASlotOpen() {
        Map<Pair, Integer> bids = Map.of(new Pair(10, 1), -2);

        AssignmentPlan plan = assignment.plan(request(
                List.of(submission(1, 1, "water")), List.of(reviewer(10, 1, "health")), Set.of(), Set.of(), bids));

        assertThat(plan.pairs()).containsExactly(new Pair(10, 1));
    }

    @Test
    void keepsPinnedPairsAndCountsThemTowardNeedAndLoad() {
        List<Reviewable> submissions = List.of(submission(1, 2), submission(2, 1));
        List<Reviewer> reviewers = List.of(reviewer(10, 1), reviewer(11, 2));
        Set<Pair> pinned = Set.of(new Pair(10, 1));

        AssignmentPlan plan =
                assignment.plan(new AssignmentRequest(submissions, reviewers, Set.of(), pinned, Set.of(), Map.of()));

        assertThat(plan.pairs()).containsExactly(new Pair(10, 1), new Pair(11, 1), new Pair(11, 2));
        assertThat(plan.loadOf(10)).isEqualTo(1);
    }

    @Test
    void neverAssignsConflictsOrForbiddenPairsEvenIfSlotsStayOpen() {
        List<Reviewer> reviewers = List.of(reviewer(10, 5), reviewer(11, 5), reviewer(12, 5));
        Set<Pair> conflicts = Set.of(new Pair(10, 1));
        Set<Pair> forbidden = Set.of(new Pair(11, 1));

        AssignmentPlan plan = assignment.plan(
                new AssignmentRequest(List.of(submission(1, 3)), reviewers, conflicts, Set.of(), forbidden, Map.of()));

        assertThat(plan.pairs()).containsExactly(new Pair(12, 1));
        assertThat(plan.shortfalls()).containsExactly(Map.entry(1L, 2));
    }

    @Test
    void reportsShortfallWhenCapsCannotCoverEveryNeed() {
        List<Reviewable> submissions = List.of(submission(1, 2), submission(2, 2), submission(3, 2));
        List<Reviewer> reviewers = List.of(reviewer(10, 2), reviewer(11, 2));

        AssignmentPlan plan = assignment.plan(AssignmentRequest.of(submissions, reviewers));

        assertThat(plan.pairs()).hasSize(4);
        assertThat(plan.totalShortfall()).isEqualTo(2);
        assertThat(plan.loads()).containsOnly(Map.entry(10L, 2), Map.entry(11L, 2));
        HardConstraints.assertHeldBy(plan, AssignmentRequest.of(submissions, reviewers));
    }

    @Test
    void reportsTheDocumentedCost() {
        // An expert without a bid (2), an outsider with +1 (6 + 1), loads of one (16 each).
        List<Reviewable> submissions = List.of(submission(1, 1, "water"), submission(2, 1, "health"));
        List<Reviewer> reviewers = List.of(reviewer(10, 1, "water"), reviewer(11, 1, "elderly"));
        Map<Pair, Integer> bids = Map.of(new Pair(11, 2), 1);

        AssignmentPlan plan = assignment.plan(request(submissions, reviewers, Set.of(), Set.of(), bids));

        assertThat(plan.pairs()).containsExactly(new Pair(10, 1), new Pair(11, 2));
        assertThat(plan.cost()).isEqualTo(2 + 7 + 16 + 16);
    }

    @Test
    void givesTheSamePlanWhateverTheOrderOfTheRequest() {
        AssignmentRequest request = RandomCalls.generate(new Random(5), 40, 10, 3);
        List<Reviewable> submissions = new ArrayList<>(request.submissions());
        List<Reviewer> reviewers = new ArrayList<>(request.reviewers());
        Collections.shuffle(submissions, new Random(1));
        Collections.shuffle(reviewers, new Random(2));
        AssignmentRequest reordered = new AssignmentRequest(
                submissions, reviewers, request.conflicts(), request.pinned(), request.forbidden(), request.bids());

        AssignmentPlan plan = assignment.plan(request);

        assertThat(assignment.plan(request)).isEqualTo(plan);
        assertThat(new ReviewerAssignment().plan(reordered)).isEqualTo(plan);
    }

    @Test
    void ignoresConflictsBansAndBidsThatNameSomeoneOutsideTheCall() {
        Set<Pair> elsewhere = Set.of(new Pair(99, 1), new Pair(10, 99));
        Map<Pair, Integer> bids = Map.of(new Pair(99, 1), 2);

        AssignmentPlan plan = assignment.plan(new AssignmentRequest(
                List.of(submission(1, 1)), List.of(reviewer(10, 1)), elsewhere, Set.of(), elsewhere, bids));

        assertThat(plan.pairs()).containsExactly(new Pair(10, 1));
    }

    @Test
    void acceptsCapsFarAboveTheNumberOfSubmissions() {
        List<Reviewable> submissions =
                IntStream.range(0, 50).mapToObj(s -> submission(s, 1)).toList();

        AssignmentPlan plan = assignment.plan(AssignmentRequest.of(
                submissions, List.of(reviewer(10, Integer.MAX_VALUE), reviewer(11, Integer.MAX_VALUE))));

        assertThat(plan.loads()).containsOnly(Map.entry(10L, 25), Map.entry(11L, 25));
    }

    @Test
    void plansNothingForAnEmptyCall() {
        AssignmentPlan plan = assignment.plan(AssignmentRequest.of(List.of(), List.of()));

        assertThat(plan.pairs()).isEmpty();
        assertThat(plan.shortfalls()).isEmpty();
        assertThat(plan.cost()).isZero();
    }

    @Test
    void reportsEverySlotAsShortfallWithoutReviewers() {
        AssignmentPlan plan = assignment.plan(AssignmentRequest.of(List.of(submission(1, 3)), List.of()));

        assertThat(plan.shortfalls()).containsExactly(Map.entry(1L, 3));
    }

    @Test
    void rejectsANegativeNeed() {
        assertThatThrownBy(() -> submission(1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("submission 1 needs -1 reviewers");
    }

    @Test
    void rejectsANegativeMaximumLoad() {
        assertThatThrownBy(() -> reviewer(10, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reviewer 10");
    }

    @Test
    void rejectsAPinOnAnUnknownSubmission() {
        assertRejected(Set.of(), Set.of(new Pair(10, 2)), Set.of(), Map.of(), "unknown submission 2");
    }

    @Test
    void rejectsAPinOfAnUnknownReviewer() {
        assertRejected(Set.of(), Set.of(new Pair(12, 1)), Set.of(), Map.of(), "unknown reviewer 12");
    }

    @Test
    void rejectsAPinThatIsAConflictOfInterest() {
        Set<Pair> pair = Set.of(new Pair(10, 1));
        assertRejected(pair, pair, Set.of(), Map.of(), "is a conflict of interest");
    }

    @Test
    void rejectsAPinThatIsAlsoForbidden() {
        Set<Pair> pair = Set.of(new Pair(10, 1));
        assertRejected(Set.of(), pair, pair, Map.of(), "is also forbidden");
    }

    @Test
    void keepsPinsBeyondTheNeedAndAddsNobody() {
        List<Reviewer> reviewers = List.of(reviewer(10, 1), reviewer(11, 1), reviewer(12, 1));
        Set<Pair> pins = Set.of(new Pair(10, 1), new Pair(11, 1));

        AssignmentPlan plan = assignment.plan(
                new AssignmentRequest(List.of(submission(1, 1)), reviewers, Set.of(), pins, Set.of(), Map.of()));

        assertThat(plan.pairs()).containsExactlyInAnyOrderElementsOf(pins);
        assertThat(plan.shortfalls()).isEmpty();
    }

    @Test
    void keepsPinsBeyondTheLoadCapAndAddsNothingMore() {
        List<Reviewable> submissions = List.of(submission(1, 1), submission(2, 1), submission(3, 1));
        Set<Pair> pins = Set.of(new Pair(10, 1), new Pair(10, 2));

        AssignmentPlan plan = assignment.plan(
                new AssignmentRequest(submissions, List.of(reviewer(10, 1)), Set.of(), pins, Set.of(), Map.of()));

        assertThat(plan.pairs()).containsExactlyInAnyOrderElementsOf(pins);
        assertThat(plan.shortfalls()).containsExactly(Map.entry(3L, 1));
    }

    @Test
    void rejectsABidOutsideTheScale() {
        assertRejected(Set.of(), Set.of(), Set.of(), Map.of(new Pair(10, 1), 3), "bid 3");
    }

    @Test
    void rejectsDuplicateIds() {
        assertThatThrownBy(() -> assignment.plan(
                        AssignmentRequest.of(List.of(submission(1, 1), submission(1, 2)), List.of(reviewer(10, 1)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("submission 1 appears twice");
    }

    private void assertRejected(
            Set<Pair> conflicts, Set<Pair> pinned, Set<Pair> forbidden, Map<Pair, Integer> bids, String message) {
        AssignmentRequest request = new AssignmentRequest(
                List.of(submission(1, 1)),
                List.of(reviewer(10, 1), reviewer(11, 1)),
                conflicts,
                pinned,
                forbidden,
                bids);

        assertThatThrownBy(() -> assignment.plan(request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    private static AssignmentRequest request(
            List<Reviewable> submissions,
            List<Reviewer> reviewers,
            Set<Pair> conflicts,
            Set<Pair> pinned,
            Map<Pair, Integer> bids) {
        return new AssignmentRequest(submissions, reviewers, conflicts, pinned, Set.of(), bids);
    }

    private static Reviewable submission(long id, int needed, String... topics) {
        return new Reviewable(id, needed, Set.of(topics));
    }

    private static Reviewer reviewer(long id, int maxLoad, String... expertise) {
        return new Reviewer(id, maxLoad, Set.of(expertise));
    }
}
