package org.seedbed.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.seedbed.review.assignment.ReferenceAssignment.Optimum;

class AssignmentOptimalityTest {

    private static final ReviewerAssignment PLANNER = new ReviewerAssignment();

    /** Starts from one pair per slot, so the optimality check must reject early solutions and grow the network. */
    private static final ReviewerAssignment SPARSE_START = new ReviewerAssignment(1);

    @Test
    void findsTheOptimumOfExhaustiveSearchOnSmallCalls() {
        Random random = new Random(20_240_601);
        for (int i = 0; i < 400; i++) {
            AssignmentRequest request = RandomCalls.generate(random, 1 + random.nextInt(5), 1 + random.nextInt(4), 2);
            Optimum optimum = ReferenceAssignment.bruteForce(request);

            for (ReviewerAssignment planner : List.of(PLANNER, SPARSE_START)) {
                AssignmentPlan plan = planner.plan(request);

                assertThat(filledSlots(plan, request))
                        .as("slots filled, call %d", i)
                        .isEqualTo(optimum.filledSlots());
                assertThat(plan.cost()).as("cost, call %d", i).isEqualTo(optimum.cost());
            }
        }
    }

    @Test
    void findsTheOptimumOfSuccessiveShortestPathsOnMediumCalls() {
        Random random = new Random(77);
        for (int i = 0; i < 40; i++) {
            AssignmentRequest request =
                    RandomCalls.generate(random, 20 + random.nextInt(30), 4 + random.nextInt(10), 3);
            List<Pair> reference = ReferenceAssignment.successiveShortestPaths(request);

            for (ReviewerAssignment planner : List.of(PLANNER, SPARSE_START)) {
                AssignmentPlan plan = planner.plan(request);

                assertThat(plan.pairs()).as("slots filled, call %d", i).hasSameSizeAs(reference);
                assertThat(plan.cost())
                        .as("cost, call %d", i)
                        .isEqualTo(ReferenceAssignment.objective(request, reference));
            }
        }
    }

    @Test
    void keepsEveryHardConstraintAndFillsAsManySlotsAsAMaximumFlow() {
        Random random = new Random(4242);
        for (int i = 0; i < 300; i++) {
            AssignmentRequest request = RandomCalls.generate(random, 1 + random.nextInt(40), 1 + random.nextInt(12), 4);

            AssignmentPlan plan = PLANNER.plan(request);

            HardConstraints.assertHeldBy(plan, request);
            assertThat(plan.pairs())
                    .as("slots filled, call %d", i)
                    .hasSameSizeAs(ReferenceAssignment.successiveShortestPaths(request));
        }
    }

    @Test
    void leavesNoReviewThatCouldMoveToAnEligibleExpertWithTwoFewer() {
        Random random = new Random(99);
        for (int i = 0; i < 100; i++) {
            AssignmentRequest request = RandomCalls.generate(random, 30, 8, 3);

            AssignmentPlan plan = PLANNER.plan(request);

            for (Pair pair : plan.pairs()) {
                if (request.pinned().contains(pair)) {
                    continue;
                }
                for (Reviewer other : request.reviewers()) {
                    Pair moved = new Pair(other.id(), pair.submissionId());
                    boolean couldTakeIt = ReferenceAssignment.eligible(request, moved)
                            && !plan.pairs().contains(moved)
                            && plan.loadOf(other.id()) < other.maxLoad();
                    if (couldTakeIt) {
                        assertThat(plan.loadOf(pair.reviewerId()))
                                .as("%s could move to reviewer %d, call %d", pair, other.id(), i)
                                .isLessThanOrEqualTo(plan.loadOf(other.id()) + 1);
                    }
                }
            }
        }
    }

    private static int filledSlots(AssignmentPlan plan, AssignmentRequest request) {
        return plan.pairs().size() - request.pinned().size();
    }
}
