package org.seedbed.review.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which submissions to fund, going down a ranking: a submission is recommended for its full requested amount when its
 * aggregate reaches the pass mark and the amount fits both in what is left of the call's fund and in what is left of
 * its category's budget (if its category has one). Amounts are exact minor units.
 *
 * <p>A submission that does not fit is marked with the reason and the walk goes on to the next one rather than
 * stopping: a large project that no longer fits must not leave the rest of the fund unspent while cheaper, lower-ranked
 * projects above the pass mark would fit, and an exhausted category must not block the other categories. The reasons
 * stay on record so that the panel sees where the ranking order was left, and can decide otherwise (for instance on
 * partial funding, which this recommendation never proposes).
 *
 * @param rules what the recommendation respected
 * @param lines one line per ranked submission, in rank order
 * @param recommendedMinor the sum of the recommended amounts
 * @param remainingFundMinor what is left of the call's fund
 * @param remainingCategoryBudgetsMinor what is left of each category budget of the rules
 */
public record FundingRecommendation(
        FundingRules rules,
        List<RecommendationLine> lines,
        long recommendedMinor,
        long remainingFundMinor,
        Map<String, Long> remainingCategoryBudgetsMinor) {

    public FundingRecommendation {
        lines = List.copyOf(lines);
        remainingCategoryBudgetsMinor = Collections.unmodifiableMap(new TreeMap<>(remainingCategoryBudgetsMinor));
    }

    /** Goes down the ranking once, in rank order; the aggregate compared with the pass mark is the ranking's method. */
    public static FundingRecommendation recommend(RankingResult ranking, FundingRules rules) {
        Objects.requireNonNull(rules, "rules");
        long remainingFund = rules.fundMinor();
        long recommended = 0;
        Map<String, Long> remainingByCategory = new TreeMap<>(rules.categoryBudgetsMinor());
        List<RecommendationLine> lines = new ArrayList<>(ranking.submissions().size());
        for (RankedSubmission submission : ranking.submissions()) {
            EnumSet<RecommendationLine.Reason> reasons = EnumSet.noneOf(RecommendationLine.Reason.class);
            Candidate candidate = submission.candidate();
            long requested = candidate.requestedMinor();
            Long categoryLeft = candidate.category() == null ? null : remainingByCategory.get(candidate.category());
            if (!submission.scored()) {
                reasons.add(RecommendationLine.Reason.UNSCORED);
            } else if (belowPassMark(submission, rules.passMark())) {
                reasons.add(RecommendationLine.Reason.BELOW_PASS_MARK);
            } else {
                if (requested > remainingFund) {
                    reasons.add(RecommendationLine.Reason.CALL_FUND);
                }
                if (categoryLeft != null && requested > categoryLeft) {
                    reasons.add(RecommendationLine.Reason.CATEGORY_BUDGET);
                }
            }
            long granted = 0;
            if (reasons.isEmpty()) {
                granted = requested;
                remainingFund = Math.subtractExact(remainingFund, requested);
                recommended = Math.addExact(recommended, requested);
                if (categoryLeft != null) {
                    remainingByCategory.put(candidate.category(), Math.subtractExact(categoryLeft, requested));
                }
            }
            lines.add(new RecommendationLine(submission, granted, reasons, remainingFund));
        }
        return new FundingRecommendation(rules, lines, recommended, remainingFund, remainingByCategory);
    }

    /** The recommended lines, in rank order. */
    public List<RecommendationLine> recommended() {
        return lines.stream().filter(RecommendationLine::recommended).toList();
    }

    private static boolean belowPassMark(RankedSubmission submission, BigDecimal passMark) {
        return passMark != null && submission.aggregate().orElseThrow().compareTo(passMark) < 0;
    }
}
