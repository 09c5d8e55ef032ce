package org.seedbed.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageAccessTest {

    @Test
    void adminPagesNeedTheAdminOfTheirPlace() {
        assertThat(PageAccess.of("/admin/users.xhtml", true)).isEqualTo(PageAccess.Requirement.CITY_ADMIN);
        assertThat(PageAccess.of("/admin/users.xhtml", false)).isEqualTo(PageAccess.Requirement.PLATFORM_ADMIN);
        assertThat(PageAccess.of("/platform/cities.xhtml", true)).isEqualTo(PageAccess.Requirement.PLATFORM_ADMIN);
    }

    @Test
    void personalPagesNeedASignInAndPublicPagesNothing() {
        assertThat(PageAccess.of("/dashboard.xhtml", true)).isEqualTo(PageAccess.Requirement.SIGNED_IN);
        assertThat(PageAccess.of("/account/tokens.xhtml", true)).isEqualTo(PageAccess.Requirement.SIGNED_IN);
        assertThat(PageAccess.of("/login.xhtml", true)).isEqualTo(PageAccess.Requirement.NONE);
        assertThat(PageAccess.of("/", true)).isEqualTo(PageAccess.Requirement.NONE);
    }

    @Test
    void featureFoldersNameTheirAudience() {
        assertThat(PageAccess.of("/ngo/organizations.xhtml", true)).isEqualTo(PageAccess.Requirement.NGO_MEMBER);
        assertThat(PageAccess.of("/staff/organizations.xhtml", true)).isEqualTo(PageAccess.Requirement.STAFF);
        assertThat(PageAccess.of("/mentor/incubatees.xhtml", true)).isEqualTo(PageAccess.Requirement.MENTOR);
        assertThat(PageAccess.of("/reviewer/panels.xhtml", true)).isEqualTo(PageAccess.Requirement.REVIEWER);
        assertThat(PageAccess.of("/evaluator/evaluations.xhtml", true)).isEqualTo(PageAccess.Requirement.EVALUATOR);
        assertThat(PageAccess.of("/work/incubation.xhtml", true)).isEqualTo(PageAccess.Requirement.SIGNED_IN);
        assertThat(PageAccess.roles(PageAccess.Requirement.STAFF))
                .containsExactlyInAnyOrder("PROGRAM_OFFICER", "CITY_ADMIN");
        assertThat(PageAccess.roles(PageAccess.Requirement.SIGNED_IN)).isEmpty();
    }
}
