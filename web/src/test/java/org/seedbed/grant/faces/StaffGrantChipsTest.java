package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seedbed.grant.entity.CreditNote;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.grant.entity.Tranche;

class StaffGrantChipsTest {

    private final StaffGrantChips chips = new StaffGrantChips();

    @Test
    void coloursWhatNeedsActionAmberAndWhatWentWrongRed() {
        assertThat(chips.grantStatus(Grant.Status.HELD)).isEqualTo("sb-chip-warn");
        assertThat(chips.grantStatus(Grant.Status.TERMINATED)).isEqualTo("sb-chip-danger");
        assertThat(chips.grantStatus(Grant.Status.ACTIVE)).isEqualTo("sb-chip-ok");
        assertThat(chips.reportStatus(GrantReport.Status.SUBMITTED)).isEqualTo("sb-chip-warn");
        assertThat(chips.reportStatus(GrantReport.Status.CHANGES_REQUESTED)).isEqualTo("sb-chip-danger");
        assertThat(chips.trancheStatus(Tranche.Status.RELEASED)).isEqualTo("sb-chip-ok");
        assertThat(chips.trancheStatus(Tranche.Status.CANCELLED)).isEqualTo("sb-chip-off");
        assertThat(chips.creditKind(CreditNote.Kind.VIOLATION)).isEqualTo("sb-chip-danger");
        assertThat(chips.creditKind(CreditNote.Kind.COMMENDATION)).isEqualTo("sb-chip-ok");
    }

    @Test
    void coloursGradesByTheRubricAndAnythingUnknownGrey() {
        assertThat(chips.grade("EXCELLENT")).isEqualTo("sb-chip-ok");
        assertThat(chips.grade("PASS")).isEqualTo("sb-chip-info");
        assertThat(chips.grade("FAIL")).isEqualTo("sb-chip-danger");
        assertThat(chips.grade("SOMETHING")).isEqualTo("sb-chip-off");
        assertThat(chips.grade(null)).isEqualTo("sb-chip-off");
        assertThat(chips.grantStatus(null)).isEqualTo("sb-chip-off");
    }
}
