package org.seedbed.grant.faces;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.grant.control.TranchePlan;
import org.seedbed.money.Money;

/**
 * The tranches a plan typed on the award form makes of an award, shown before the grant is made:
 * the same split to the fen as the grant will have.
 */
public final class StaffTranchePreview {

    /** One tranche of the preview. */
    public record Line(int position, BigDecimal percent, BigDecimal amount) {}

    private StaffTranchePreview() {}

    /** The tranches, or an empty list when the plan cannot be read or the amount is unknown. */
    static List<Line> of(String plan, BigDecimal total, String currency) {
        if (total == null || total.signum() < 0) {
            return List.of();
        }
        try {
            TranchePlan parsed = plan == null || plan.isBlank() ? TranchePlan.standard() : TranchePlan.parse(plan);
            String code = currency == null ? "CNY" : currency;
            List<Long> amounts = parsed.split(Money.ofMajor(total, code).minor());
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < amounts.size(); i++) {
                lines.add(new Line(
                        i + 1,
                        parsed.percents().get(i),
                        Money.ofMinor(amounts.get(i), code).major()));
            }
            return List.copyOf(lines);
        } catch (IllegalArgumentException | ArithmeticException unreadable) {
            return List.of();
        }
    }
}
