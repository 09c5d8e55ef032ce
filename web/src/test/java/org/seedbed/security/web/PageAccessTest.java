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
}
