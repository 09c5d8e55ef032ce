package org.seedbed.review.ranking;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the funding recommendation says about one ranked submission. It is advice to the officers; what they decide is
 * recorded as {@code org.seedbed.review.entity.FundingDecision}.
 *
 * @param submission the submission and its place in the ranking
 * @param recommendedMinor the amount recommended, in minor units: the requested amount, or 0 when not recommended
 * @param reasons why it is not recommended; empty when it is
 * @param remainingFundMinor what is left of the call's fund after this line
 */
public record RecommendationLine(
        RankedSubmission submission, long recommendedMinor, Set<Reason> reasons, long remainingFundMinor) {

    /** Why a submission is not recommended. Pages show these through the resource bundles. */
    public enum Reason {
        /** It has no submitted sheet. */
        UNSCORED,
        /** Its aggregate, as shown, is below the pass mark; whether it would fit is then not considered. */
        BELOW_PASS_MARK,
        /** Its requested amount is more than what is left of the call's fund. */
        CALL_FUND,
        /** Its requested amount is more than what is left of its category's budget. */
        CATEGORY_BUDGET
    }

    public RecommendationLine {
        // An EnumSet keeps the reasons in declaration order, so pages list them the same way every time.
        reasons =
                Collections.unmodifiableSet(reasons.isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(reasons));
    }

    public boolean recommended() {
        return reasons.isEmpty();
    }
}
