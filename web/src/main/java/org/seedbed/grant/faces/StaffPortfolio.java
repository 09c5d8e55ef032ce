package org.seedbed.grant.faces;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.grant.boundary.GrantSummary;
import org.seedbed.grant.entity.Grant;

/**
 * The figures above the grant portfolio on staff/grants.xhtml: how many grants the filter shows,
 * what they were awarded and what has been paid out, how many are held, and the same sums by
 * status for the chart. A city's calls share its currency, so the sums add amounts as they are.
 */
public record StaffPortfolio(
        int count, BigDecimal awarded, BigDecimal released, long held, String currency, List<StatusSums> byStatus) {

    /** The grants in one status and their money. */
    public record StatusSums(Grant.Status status, int count, BigDecimal awarded, BigDecimal released) {}

    static StaffPortfolio of(List<GrantSummary> grants) {
        BigDecimal awarded = BigDecimal.ZERO;
        BigDecimal released = BigDecimal.ZERO;
        long held = 0;
        String currency = null;
        for (GrantSummary grant : grants) {
            awarded = awarded.add(orZero(grant.amount()));
            released = released.add(orZero(grant.released()));
            if (grant.status() == Grant.Status.HELD) {
                held++;
            }
            if (currency == null) {
                currency = grant.currency();
            }
        }
        List<StatusSums> byStatus = new ArrayList<>();
        for (Grant.Status status : Grant.Status.values()) {
            List<GrantSummary> inStatus =
                    grants.stream().filter(g -> g.status() == status).toList();
            if (!inStatus.isEmpty()) {
                byStatus.add(new StatusSums(
                        status,
                        inStatus.size(),
                        inStatus.stream().map(g -> orZero(g.amount())).reduce(BigDecimal.ZERO, BigDecimal::add),
                        inStatus.stream().map(g -> orZero(g.released())).reduce(BigDecimal.ZERO, BigDecimal::add)));
            }
        }
        return new StaffPortfolio(
                grants.size(), awarded, released, held, currency == null ? "CNY" : currency, List.copyOf(byStatus));
    }

    /** The share of the awarded money already released, in whole percent. */
    public int releasedPercent() {
        return StaffShares.percent(released, awarded);
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
