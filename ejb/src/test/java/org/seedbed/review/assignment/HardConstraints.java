package org.seedbed.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/** The rules no plan may break, checked from the request alone. */
final class HardConstraints {

    private HardConstraints() {}

    static void assertHeldBy(AssignmentPlan plan, AssignmentRequest request) {
        assertThat(new HashSet<>(plan.pairs())).as("no pair twice").hasSameSizeAs(plan.pairs());
        assertThat(plan.pairs()).as("pinned pairs kept").containsAll(request.pinned());
        assertThat(plan.pairs())
                .as("no conflict of interest")
                .filteredOn(request.conflicts()::contains)
                .isEmpty();
        assertThat(plan.pairs())
                .as("no forbidden pair")
                .filteredOn(request.forbidden()::contains)
                .isEmpty();

        Map<Long, Integer> perSubmission = new HashMap<>();
        plan.pairs().forEach(p -> perSubmission.merge(p.submissionId(), 1, Integer::sum));
        for (Reviewable submission : request.submissions()) {
            int assigned = perSubmission.getOrDefault(submission.id(), 0);
            assertThat(assigned)
                    .as("reviewers of %d", submission.id())
                    .isLessThanOrEqualTo(submission.reviewersNeeded());
            assertThat(plan.shortfalls().getOrDefault(submission.id(), 0))
                    .as("shortfall of %d", submission.id())
                    .isEqualTo(submission.reviewersNeeded() - assigned);
        }
        for (Reviewer reviewer : request.reviewers()) {
            assertThat(plan.loadOf(reviewer.id()))
                    .as("load of %d", reviewer.id())
                    .isLessThanOrEqualTo(reviewer.maxLoad());
        }
        assertThat(plan.shortfalls().values()).as("only real shortfalls").allMatch(open -> open > 0);
        assertThat(plan.cost()).as("reported cost").isEqualTo(ReferenceAssignment.objective(request, plan.pairs()));
    }
}
