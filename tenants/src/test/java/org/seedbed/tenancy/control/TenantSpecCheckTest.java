package org.seedbed.tenancy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedbed.problem.FieldProblem;
import org.seedbed.tenancy.entity.TenantSpec;

class TenantSpecCheckTest {

    @Test
    void acceptsACityWithDefaults() {
        TenantSpec spec = new TenantSpec(
                        "ma-anshan", "马鞍山市", "Ma'anshan", List.of("maanshan.seedbed.cn"), null, null, null, null)
                .withDefaults();

        assertThat(TenantSpecCheck.problemsOf(spec)).isEmpty();
        assertThat(spec.currency()).isEqualTo("CNY");
        assertThat(spec.timeZone()).isEqualTo("Asia/Shanghai");
        assertThat(TenantSlug.schemaOf(spec.slug())).isEqualTo("city_ma_anshan");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        TenantSpec spec = new TenantSpec("9bad", "", "", List.of("not a host"), "fr", "EURO", "Moon/Base", "jdbc:x")
                .withDefaults();

        assertThat(TenantSpecCheck.problemsOf(spec))
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder(
                        "slug", "nameZh", "nameEn", "hostNames", "locale", "currency", "timeZone", "datasource");
    }

    @Test
    void slugsAreSafeIdentifiers() {
        assertThat(TenantSlug.isWellFormed("hefei")).isTrue();
        assertThat(TenantSlug.isWellFormed("Hefei")).isFalse();
        assertThat(TenantSlug.isWellFormed("hefei\"; drop schema x")).isFalse();
        assertThat(TenantSlug.isWellFormed("platform")).isFalse();
        assertThat(TenantSlug.isWellFormed("a-")).isFalse();
    }
}
