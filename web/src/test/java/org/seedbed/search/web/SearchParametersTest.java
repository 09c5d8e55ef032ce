package org.seedbed.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.search.boundary.SearchQuery;

class SearchParametersTest {

    @Test
    void readsNothingAsTheFirstPageOfEverything() {
        SearchQuery query = SearchParameters.read(Map.of());

        assertThat(query.text()).isNull();
        assertThat(query.types()).isEmpty();
        assertThat(query.filters()).isEmpty();
        assertThat(query.minAmount()).isNull();
        assertThat(query.maxAmount()).isNull();
        assertThat(query.sort()).isNull();
        assertThat(query.page()).isZero();
        assertThat(query.size()).isEqualTo(SearchParameters.DEFAULT_SIZE);
    }

    @Test
    void readsRepeatedParametersAsAlternatives() {
        SearchQuery query = SearchParameters.read(Map.of(
                "q", List.of(" 养老 "),
                "type", List.of("organization", "call"),
                "area", List.of("ELDERLY", "HEALTH", "ELDERLY"),
                "year", List.of("2025", "2026"),
                "unit", List.of("12"),
                "sort", List.of("newest"),
                "page", List.of("2"),
                "size", List.of("50"),
                "minAmount", List.of("5000000"),
                "maxAmount", List.of("20000000")));

        assertThat(query.text()).isEqualTo("养老");
        assertThat(query.types()).containsExactly("organization", "call");
        assertThat(query.filters())
                .containsOnlyKeys("area", "year", "unit")
                .containsEntry("area", List.of("ELDERLY", "HEALTH"))
                .containsEntry("year", List.of("2025", "2026"))
                .containsEntry("unit", List.of("12"));
        assertThat(query.sort()).isEqualTo("newest");
        assertThat(query.page()).isEqualTo(2);
        assertThat(query.size()).isEqualTo(50);
        assertThat(query.minAmount()).isEqualTo(5_000_000L);
        assertThat(query.maxAmount()).isEqualTo(20_000_000L);
    }

    @Test
    void leavesOtherParametersAndBlankValuesAlone() {
        SearchQuery query = SearchParameters.read(Map.of(
                "lang", List.of("en"),
                "jakarta.faces.ViewState", List.of("x"),
                "q", List.of("  "),
                "kind", List.of("", "FOUNDATION"),
                "page", List.of("")));

        assertThat(query.text()).isNull();
        assertThat(query.filters()).containsOnlyKeys("kind").containsEntry("kind", List.of("FOUNDATION"));
        assertThat(query.page()).isZero();
    }

    @Test
    void readsServletParameterArrays() {
        Map<String, List<String>> lists =
                SearchParameters.fromArrays(Map.of("status", new String[] {"ACTIVE", "ENDED"}));

        assertThat(SearchParameters.read(lists).filters()).containsEntry("status", List.of("ACTIVE", "ENDED"));
    }

    @Test
    void refusesNumbersThatAreNoNumbersNamingTheParameter() {
        assertThat(problem(Map.of("page", List.of("two"))).field()).isEqualTo("page");
        assertThat(problem(Map.of("size", List.of("1.5"))).field()).isEqualTo("size");
        assertThat(problem(Map.of("minAmount", List.of("50元"))).field()).isEqualTo("minAmount");
        assertThat(problem(Map.of("maxAmount", List.of("lots"))).field()).isEqualTo("maxAmount");
        assertThat(problem(Map.of("year", List.of("2026", "last year"))).field())
                .isEqualTo("year");
        assertThat(problem(Map.of("unit", List.of("district"))).field()).isEqualTo("unit");
        assertThat(problem(Map.of("unit", List.of("0"))).field()).isEqualTo("unit");
        assertThat(problem(Map.of("page", List.of("99999999999999999999"))).key())
                .isEqualTo("problem.parameter.invalid");
    }

    @Test
    void refusesPagesBeforeTheFirstOrPastTheDeepestReachable() {
        assertThat(problem(Map.of("page", List.of("-1"))).key()).isEqualTo("search.page.negative");
        assertThat(problem(Map.of("page", List.of("500"))).key()).isEqualTo("search.page.tooDeep");
        assertThat(problem(Map.of("page", List.of("100"), "size", List.of("100")))
                        .key())
                .isEqualTo("search.page.tooDeep");
        assertThat(SearchParameters.read(Map.of("page", List.of("499"))).page()).isEqualTo(499);
    }

    @Test
    void refusesPageSizesOutsideTheRange() {
        assertThat(problem(Map.of("size", List.of("0"))).key()).isEqualTo("search.size.range");
        assertThat(problem(Map.of("size", List.of("101"))).key()).isEqualTo("search.size.range");
        assertThat(SearchParameters.read(Map.of("size", List.of("100"))).size()).isEqualTo(100);
    }

    @Test
    void namesEveryParameterOnceInAddressOrder() {
        assertThat(SearchParameters.FACETS)
                .containsExactly("kind", "area", "unit", "category", "status", "year", "amount");
        assertThat(SearchParameters.ALL)
                .startsWith("q", "type")
                .endsWith("minAmount", "maxAmount", "sort", "page", "size")
                .doesNotHaveDuplicates();
    }

    private static FieldProblem problem(Map<String, List<String>> parameters) {
        InvalidInputException refused =
                catchThrowableOfType(InvalidInputException.class, () -> SearchParameters.read(parameters));
        assertThat(refused).as("refused: %s", parameters).isNotNull();
        return refused.problems().get(0);
    }
}
