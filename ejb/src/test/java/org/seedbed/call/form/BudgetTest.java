package org.seedbed.call.form;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetTest {

    private static BudgetLine line(String unitCost, String quantity, String own, String cofunding) {
        return new BudgetLine("活动费用", "物料", bd(unitCost), bd(quantity), bd(own), bd(cofunding));
    }

    @Test
    void aLineCostsUnitCostTimesQuantityWithoutRounding() {
        assertThat(line("33.33", "3", "0", "0").total()).isEqualByComparingTo("99.99");
        assertThat(line("0.01", "1.5", "0", "0").total()).isEqualTo(bd("0.015"));
        assertThat(line("200.00", "3", "100", "50.50").requested()).isEqualTo(bd("449.50"));
    }

    @Test
    void sumsAreExact() {
        // In binary floating point 0.1 + 0.2 is 0.30000000000000004.
        Budget budget = new Budget(List.of(line("0.1", "1", "0", "0"), line("0.2", "1", "0", "0")));

        assertThat(budget.total()).isEqualTo(bd("0.3"));
    }

    @Test
    void splitsTheTotalBetweenTheOrganizationCoFundersAndTheCall() {
        Budget budget = new Budget(List.of(
                line("3000.00", "10", "5000.00", "0"),
                line("20.00", "1000", "0", "5000.00"),
                line("0.015", "2", "0", "0")));

        assertThat(budget.total()).isEqualByComparingTo("50000.03");
        assertThat(budget.own()).isEqualByComparingTo("5000");
        assertThat(budget.cofunding()).isEqualByComparingTo("5000");
        assertThat(budget.requested()).isEqualByComparingTo("40000.03");
    }

    @Test
    void theCofundingShareIsAPercentRoundedDownToOneDecimal() {
        assertThat(new Budget(List.of(line("3", "1", "1", "0"))).cofundingShare())
                .isEqualTo(bd("33.3"));
        assertThat(new Budget(List.of(line("3", "1", "1", "1"))).cofundingShare())
                .isEqualTo(bd("66.6"));
        assertThat(new Budget(List.of(line("20000", "1", "3999.99", "0"))).cofundingShare())
                .isEqualTo(bd("19.9"));
        assertThat(new Budget(List.of(line("100", "1", "50", "50"))).cofundingShare())
                .isEqualTo(bd("100.0"));
    }

    @Test
    void anEmptyBudgetHasNoShare() {
        assertThat(new Budget(null).cofundingShare()).isEqualTo(bd("0.0"));
        assertThat(new Budget(List.of(line("0", "5", "0", "0"))).cofundingShare())
                .isEqualTo(bd("0.0"));
        assertThat(new Budget(List.of()).requested()).isEqualByComparingTo("0");
    }

    @Test
    void readsTheAnswerToABudgetTable() {
        JsonArray rows = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("category", "人员费用")
                        .add("item", "社工补贴")
                        .add("unitCost", new BigDecimal("3000.50"))
                        .add("quantity", 10)
                        .add("own", 5000)
                        .add("cofunding", new BigDecimal("0.05")))
                .build();

        assertThat(Budget.of(rows).lines())
                .containsExactly(new BudgetLine("人员费用", "社工补贴", bd("3000.50"), bd("10"), bd("5000"), bd("0.05")));
        assertThat(Budget.of(rows).requested()).isEqualByComparingTo("25004.95");
    }

    @Test
    void countsWhatItCannotReadAsZero() {
        JsonArray rows = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("item", "食材")
                        .add("unitCost", 20)
                        .add("quantity", "很多"))
                .add("not a line")
                .add(Json.createObjectBuilder().add("unitCost", 5).add("quantity", 2))
                .build();

        Budget budget = Budget.of(rows);

        assertThat(budget.lines()).hasSize(2);
        assertThat(budget.lines().get(0)).isEqualTo(new BudgetLine("", "食材", bd("20"), bd("0"), bd("0"), bd("0")));
        assertThat(budget.total()).isEqualByComparingTo("10");
        assertThat(Budget.of(null).lines()).isEmpty();
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
