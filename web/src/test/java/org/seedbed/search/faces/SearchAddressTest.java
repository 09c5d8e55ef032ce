package org.seedbed.search.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchAddressTest {

    private static final String BASE = "/seedbed/c/sz/search.xhtml";

    @Test
    void keepsOnlySearchParametersInOneOrder() {
        SearchAddress address = SearchAddress.of(
                BASE,
                Map.of(
                        "sort", List.of("newest"),
                        "lang", List.of("en"),
                        "area", List.of("ELDERLY", " "),
                        "q", List.of("养老")));

        assertThat(address.url()).isEqualTo(BASE + "?q=%E5%85%BB%E8%80%81&area=ELDERLY&sort=newest");
        assertThat(SearchAddress.of(BASE, Map.of()).url()).isEqualTo(BASE);
    }

    @Test
    void togglesAFacetValueAndStartsAgainOnTheFirstPage() {
        SearchAddress address =
                SearchAddress.of(BASE, Map.of("q", List.of("care"), "area", List.of("ELDERLY"), "page", List.of("3")));

        assertThat(address.toggled("area", "HEALTH")).isEqualTo(BASE + "?q=care&area=ELDERLY&area=HEALTH");
        assertThat(address.toggled("area", "ELDERLY")).isEqualTo(BASE + "?q=care");
        assertThat(address.toggled("type", "call")).isEqualTo(BASE + "?q=care&type=call&area=ELDERLY");
        assertThat(address.has("area", "ELDERLY")).isTrue();
        assertThat(address.has("area", "HEALTH")).isFalse();
    }

    @Test
    void clearsTheFiltersButKeepsTheTextAndTheOrder() {
        SearchAddress address = SearchAddress.of(
                BASE,
                Map.of(
                        "q", List.of("care"),
                        "type", List.of("call"),
                        "year", List.of("2026"),
                        "minAmount", List.of("100"),
                        "sort", List.of("title"),
                        "page", List.of("2")));

        assertThat(address.filtered()).isTrue();
        assertThat(address.cleared()).isEqualTo(BASE + "?q=care&sort=title");
        assertThat(SearchAddress.of(BASE, Map.of("q", List.of("care"), "sort", List.of("title")))
                        .filtered())
                .isFalse();
    }

    @Test
    void writesPagesFromZeroLeavingTheFirstOut() {
        SearchAddress address = SearchAddress.of(BASE, Map.of("q", List.of("a b"), "page", List.of("4")));

        assertThat(address.page(0)).isEqualTo(BASE + "?q=a+b");
        assertThat(address.page(5)).isEqualTo(BASE + "?q=a+b&page=5");
    }

    @Test
    void theFormCarriesFiltersButNotTextOrderOrPage() {
        SearchAddress address = SearchAddress.of(
                BASE,
                Map.of(
                        "q", List.of("care"),
                        "status", List.of("ACTIVE", "ENDED"),
                        "sort", List.of("newest"),
                        "page", List.of("1"),
                        "size", List.of("50")));

        assertThat(address.hidden())
                .containsExactly(
                        new SearchAddress.Hidden("status", "ACTIVE"),
                        new SearchAddress.Hidden("status", "ENDED"),
                        new SearchAddress.Hidden("size", "50"));
    }
}
