package org.seedbed.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QueryMixTest {

    private static final List<Long> UNITS = List.of(11L, 12L, 13L);

    @Test
    void theSameSeedGivesTheSameQueries() {
        assertThat(QueryMix.of(42, 500, UNITS)).isEqualTo(QueryMix.of(42, 500, UNITS));
        assertThat(QueryMix.of(42, 500, UNITS)).isNotEqualTo(QueryMix.of(43, 500, UNITS));
    }

    @Test
    void everyKindOfQueryIsInTheMix() {
        Map<QueryMix.Kind, Long> kinds = QueryMix.of(7, 2_000, UNITS).stream()
                .collect(Collectors.groupingBy(QueryMix.Query::kind, Collectors.counting()));
        assertThat(kinds).containsOnlyKeys(QueryMix.Kind.values());
        assertThat(kinds.get(QueryMix.Kind.TEXT_AND_FACETS)).isBetween(400L, 600L);
    }

    @Test
    void queriesAreEncodedQueryStringsOfTheSearchParameters() {
        for (QueryMix.Query query : QueryMix.of(7, 2_000, UNITS)) {
            assertThat(query.parameters()).doesNotContain(" ").matches("\\p{ASCII}+");
            Map<String, String> parameters = decode(query.parameters());
            assertThat(parameters.keySet()).isSubsetOf("q", "type", "area", "kind", "unit", "year", "sort", "page");
            switch (query.kind()) {
                case FACETS_ONLY ->
                    assertThat(parameters).doesNotContainKey("q").hasSizeBetween(1, 2);
                case TEXT_AND_FACETS -> assertThat(parameters).containsKey("q").hasSizeBetween(2, 3);
                case SORTED -> assertThat(parameters.get("sort")).isIn("amount_desc", "newest");
                case LATER_PAGE ->
                    assertThat(Integer.parseInt(parameters.get("page"))).isBetween(1, 4);
                default -> assertThat(parameters).containsOnlyKeys("q");
            }
            if (parameters.containsKey("unit")) {
                assertThat(Long.parseLong(parameters.get("unit"))).isIn(UNITS);
            }
        }
    }

    @Test
    void chineseWordsAreDecodedBackIntact() {
        assertThat(QueryMix.of(7, 2_000, UNITS).stream()
                        .filter(q -> q.kind() == QueryMix.Kind.TEXT_ZH)
                        .map(q -> decode(q.parameters()).get("q")))
                .isNotEmpty()
                .allSatisfy(text -> assertThat(QueryMix.CHINESE).contains(text));
    }

    private static Map<String, String> decode(String parameters) {
        return Arrays.stream(parameters.split("&"))
                .map(p -> p.split("=", 2))
                .collect(
                        Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8), (a, b) -> b));
    }
}
