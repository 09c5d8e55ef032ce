package org.seedbed.call.form;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The budget rules of a call: the smallest and largest amount a project may ask for, the share of the
 * budget (in percent) the organization and co-funders must pay, and the allowed budget categories. Null
 * values and an empty set of categories mean no limit.
 */
public record BudgetLimits(BigDecimal minimum, BigDecimal cap, Integer cofundingPercent, Set<String> categories) {

    public BudgetLimits {
        // Kept in the officer's order, which is the order of the category list applicants choose from.
        categories = categories == null
                ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(
                        categories.stream().filter(Objects::nonNull).toList()));
    }

    public static BudgetLimits none() {
        return new BudgetLimits(null, null, null, Set.of());
    }
}
