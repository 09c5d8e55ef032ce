package org.seedbed.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CityPlanTest {

    @Test
    void aMillionDocumentsAreMostlyOrganizationsWithAFewCalls() {
        CityPlan plan = CityPlan.of(1_000_000);
        assertThat(plan.organizations()).isEqualTo(850_000);
        assertThat(plan.calls()).isEqualTo(2_000);
        assertThat(plan.campaigns()).isEqualTo(148_000);
        assertThat(plan.streets()).isEqualTo(200);
        assertThat(plan.districts()).isEqualTo(20);
    }

    @Test
    void partsAlwaysAddUpToTheDocuments() {
        for (int documents : new int[] {100, 999, 12_345, 250_001, 3_000_000}) {
            CityPlan plan = CityPlan.of(documents);
            assertThat(plan.organizations() + plan.calls() + plan.campaigns()).isEqualTo(documents);
            assertThat(plan.calls()).isPositive();
            assertThat(plan.campaigns()).isPositive();
        }
    }

    @Test
    void streetsStayBetweenTenAndFiveHundredTenToADistrict() {
        assertThat(CityPlan.of(1_000).streets()).isEqualTo(10);
        assertThat(CityPlan.of(1_000).districts()).isEqualTo(1);
        assertThat(CityPlan.of(10_000_000).streets()).isEqualTo(500);
        assertThat(CityPlan.of(10_000_000).districts()).isEqualTo(50);
        assertThat(CityPlan.of(123_000).districts())
                .as("a last district with fewer streets")
                .isEqualTo(3);
    }

    @Test
    void refusesACityTooSmallToShowAnything() {
        assertThatThrownBy(() -> CityPlan.of(99)).isInstanceOf(IllegalArgumentException.class);
    }
}
