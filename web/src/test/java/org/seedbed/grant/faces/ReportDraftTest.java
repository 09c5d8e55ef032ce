package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedbed.grant.boundary.ReportForm;

class ReportDraftTest {

    private static ActualRow actual(String code, String value) {
        return new ActualRow(code, code, "people", new BigDecimal("100"), value == null ? null : new BigDecimal(value));
    }

    @Test
    void totalsTheAmountsTypedSoFar() {
        List<ExpenseRow> rows = List.of(
                new ExpenseRow("activities", "venue", new BigDecimal("1200.50")),
                new ExpenseRow("materials", "leaflets", null),
                new ExpenseRow("personnel", "social worker", new BigDecimal("3000")));

        assertThat(ReportDraft.total(rows)).isEqualByComparingTo("4200.50");
        assertThat(ReportDraft.total(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void sendsOnlyTheActualsGivenAndTheLinesTypedInto() {
        ReportDraft draft = new ReportDraft(
                7L,
                3L,
                "Twelve activities held.",
                List.of(actual("BENEFICIARIES", "240"), actual("VOLUNTEERS", null)),
                List.of(new ExpenseRow("activities", "venue", new BigDecimal("800")), new ExpenseRow()));

        ReportForm form = draft.toForm();

        assertThat(form.narrative()).isEqualTo("Twelve activities held.");
        assertThat(form.indicatorActuals()).containsOnlyKeys("BENEFICIARIES");
        assertThat(form.indicatorActuals().get("BENEFICIARIES")).isEqualByComparingTo("240");
        assertThat(form.expenses())
                .containsExactly(new ReportForm.ExpenseLine("activities", "venue", new BigDecimal("800")));
        assertThat(form.version()).isEqualTo(3L);
    }

    @Test
    void alwaysOffersALineToTypeInto() {
        ReportDraft draft = new ReportDraft(7L, 0L, null, List.of(), List.of());
        assertThat(draft.getExpenses()).hasSize(1);

        draft.addExpense();
        draft.getExpenses().get(1).setAmount(new BigDecimal("50"));
        assertThat(draft.getTotal()).isEqualByComparingTo("50");

        draft.removeExpense(1);
        draft.removeExpense(0);
        assertThat(draft.getExpenses()).hasSize(1);
        assertThat(draft.getTotal()).isEqualByComparingTo("0");
    }

    @Test
    void ignoresARemovalOfALineThatIsNoLongerThere() {
        ReportDraft draft = new ReportDraft(7L, 0L, null, List.of(), List.of(new ExpenseRow("a", "b", BigDecimal.ONE)));

        draft.removeExpense(5);

        assertThat(draft.getExpenses()).hasSize(1);
        assertThat(draft.getTotal()).isEqualByComparingTo("1");
    }
}
