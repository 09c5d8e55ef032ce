package org.seedbed.organization.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seedbed.organization.control.RegistrySheet.Column;
import org.seedbed.organization.entity.OrganizationKind;
import org.seedbed.organization.entity.RegistrationStatus;
import org.seedbed.organization.entity.ServiceArea;
import org.seedbed.problem.FieldProblem;

class RegistryRowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Map<String, Long> UNITS = Map.of("包河区/万年埠街道", 7L, "万年埠街道", 7L);

    @Test
    void understandsTheWordsRegistriesUse() {
        RegistryRow.Outcome outcome = RegistryRow.of(
                line(Map.of(
                        Column.NAME_ZH, "合肥市包河区暖心社会工作服务中心",
                        Column.KIND, "民办非企业单位",
                        Column.CREDIT_CODE, "52340111MJA412686B",
                        Column.FOUNDED_ON, "2016年3月8日",
                        Column.ORG_UNIT, "包河区/万年埠街道",
                        Column.SERVICE_AREAS, "为老、儿童；社区治理",
                        Column.STAFF, "12",
                        Column.ANNUAL_INCOME, "1,280,000.50")),
                UNITS::get,
                TODAY);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.form().kind()).isEqualTo(OrganizationKind.SOCIAL_SERVICE_AGENCY);
        assertThat(outcome.form().registration()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(outcome.form().foundedOn()).isEqualTo(LocalDate.of(2016, 3, 8));
        assertThat(outcome.form().orgUnitId()).isEqualTo(7L);
        assertThat(outcome.form().serviceAreas())
                .containsExactlyInAnyOrder(
                        ServiceArea.ELDERLY, ServiceArea.CHILDREN_YOUTH, ServiceArea.COMMUNITY_GOVERNANCE);
        assertThat(outcome.form().staff()).isEqualTo(12);
        assertThat(outcome.form().annualIncome()).isEqualByComparingTo(new BigDecimal("1280000.50"));
    }

    @Test
    void filedCommunityOrganizationsNeedNoCode() {
        RegistryRow.Outcome outcome = RegistryRow.of(
                line(Map.of(
                        Column.NAME_ZH, "万年埠街道邻里互助队",
                        Column.KIND, "社区社会组织",
                        Column.ORG_UNIT, "万年埠街道")),
                UNITS::get,
                TODAY);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.form().registration()).isEqualTo(RegistrationStatus.FILED);
    }

    @Test
    void reportsEveryProblemOfARowWithItsColumn() {
        RegistryRow.Outcome outcome = RegistryRow.of(
                line(Map.of(
                        Column.NAME_ZH, "某协会",
                        Column.KIND, "社会团体",
                        Column.CREDIT_CODE, "51340111MJB230171A",
                        Column.FOUNDED_ON, "去年",
                        Column.ORG_UNIT, "不存在区",
                        Column.SERVICE_AREAS, "为老;航天",
                        Column.VOLUNTEERS, "很多")),
                UNITS::get,
                TODAY);

        assertThat(outcome.problems())
                .extracting(FieldProblem::field, FieldProblem::key)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("founded_on", "import.date.invalid"),
                        org.assertj.core.groups.Tuple.tuple("org_unit", "import.orgUnit.unknown"),
                        org.assertj.core.groups.Tuple.tuple("service_areas", "import.area.unknown"),
                        org.assertj.core.groups.Tuple.tuple("volunteers", "import.number.invalid"),
                        org.assertj.core.groups.Tuple.tuple("creditCode", "uscc.checkCharacter"));
    }

    @Test
    void aRegisteredKindWithoutCodeIsRefused() {
        RegistryRow.Outcome outcome = RegistryRow.of(
                line(Map.of(Column.NAME_ZH, "某基金会", Column.KIND, "基金会", Column.ORG_UNIT, "万年埠街道")), UNITS::get, TODAY);

        assertThat(outcome.problems()).extracting(FieldProblem::key).containsExactly("uscc.required");
    }

    private static RegistrySheet.Line line(Map<Column, String> values) {
        return new RegistrySheet.Line(2, new EnumMap<>(values));
    }
}
