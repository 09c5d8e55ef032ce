package org.seedbed.tenancy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantRequestTest {

    private final TenantRequest.CityLookup cities = new TenantRequest.CityLookup() {
        private final Map<String, String> hosts = Map.of("hefei.example.org", "hefei");
        private final Set<String> active = Set.of("hefei", "suzhou");

        @Override
        public Optional<String> cityOfHost(String hostName) {
            return Optional.ofNullable(hosts.get(hostName));
        }

        @Override
        public boolean isActiveCity(String slug) {
            return active.contains(slug);
        }
    };

    @Test
    void resolvesTheCityFromThePathPrefixAndStripsIt() {
        TenantRequest.Target target = TenantRequest.resolve("localhost:8080", "/c/suzhou/admin/users.xhtml", cities);

        assertThat(target.city()).hasValue("suzhou");
        assertThat(target.innerPath()).isEqualTo("/admin/users.xhtml");
        assertThat(target.urlPrefix()).isEqualTo("/c/suzhou");
        assertThat(target.unknownCity()).isFalse();
    }

    @Test
    void thePrefixAloneIsTheCityHome() {
        assertThat(TenantRequest.resolve(null, "/c/suzhou", cities).innerPath()).isEqualTo("/");
    }

    @Test
    void resolvesTheCityFromItsHostNameIgnoringPortAndCase() {
        TenantRequest.Target target = TenantRequest.resolve("HEFEI.example.org:8443", "/login.xhtml", cities);

        assertThat(target.city()).hasValue("hefei");
        assertThat(target.urlPrefix()).isEmpty();
        assertThat(target.innerPath()).isEqualTo("/login.xhtml");
    }

    @Test
    void anUnknownOrMalformedCityIsUnknownNotThePlatform() {
        assertThat(TenantRequest.resolve("localhost", "/c/atlantis/", cities).unknownCity())
                .isTrue();
        assertThat(TenantRequest.resolve("localhost", "/c/../etc/passwd", cities)
                        .unknownCity())
                .isTrue();
        assertThat(TenantRequest.resolve("localhost", "/c/platform/", cities).unknownCity())
                .isTrue();
    }

    @Test
    void anyOtherRequestIsThePlatformSite() {
        TenantRequest.Target target = TenantRequest.resolve("localhost:8080", "/api/v1/platform/cities", cities);

        assertThat(target.city()).isEmpty();
        assertThat(target.unknownCity()).isFalse();
    }
}
