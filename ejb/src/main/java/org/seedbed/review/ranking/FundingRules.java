package org.seedbed.review.ranking;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a funding recommendation must respect. Named apart from {@code org.seedbed.call.form.Budget}, which is a
 * project's budget table.
 *
 * @param fundMinor the call's fund, in minor units (分)
 * @param categoryBudgetsMinor the most the call spends on each budget category, in minor units; a category not listed
 *     here (and a submission without a category) is limited only by the fund
 * @param passMark the aggregate, as shown to people, a submission must reach to be recommended; null for none
 */
public record FundingRules(long fundMinor, Map<String, Long> categoryBudgetsMinor, BigDecimal passMark) {

    public static final BigDecimal DEFAULT_PASS_MARK = BigDecimal.valueOf(60);

    public FundingRules {
        if (fundMinor < 0) {
            throw new IllegalArgumentException("the call's fund is " + fundMinor + "; it cannot be negative");
        }
        categoryBudgetsMinor.forEach((category, budget) -> {
            if (Objects.requireNonNull(budget, category) < 0) {
                throw new IllegalArgumentException(
                        "category " + category + " has budget " + budget + "; it cannot be negative");
            }
        });
        // Sorted, so that pages listing what is left of each category list it the same way every time.
        categoryBudgetsMinor = Collections.unmodifiableMap(new TreeMap<>(categoryBudgetsMinor));
    }

    /** The fund and category budgets, with the default pass mark of 60. */
    public static FundingRules of(long fundMinor, Map<String, Long> categoryBudgetsMinor) {
        return new FundingRules(fundMinor, categoryBudgetsMinor, DEFAULT_PASS_MARK);
    }

    public FundingRules withPassMark(BigDecimal passMark) {
        return new FundingRules(fundMinor, categoryBudgetsMinor, passMark);
    }

    public FundingRules withoutPassMark() {
        return withPassMark(null);
    }
}
