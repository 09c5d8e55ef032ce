package org.seedbed.search.boundary;

import java.util.List;
import java.util.Map;

/**
 * A search as a page or the API asks for it, with values as typed: kinds and facets by their keys
 * ({@code organization}, {@code area}…), amounts in minor units, a sort key, a zero-based page.
 * Unknown keys are refused with a message rather than ignored.
 */
public record SearchQuery(
        String text,
        List<String> types,
        Map<String, List<String>> filters,
        Long minAmount,
        Long maxAmount,
        String sort,
        int page,
        int size) {

    public static SearchQuery of(String text) {
        return new SearchQuery(text, List.of(), Map.of(), null, null, null, 0, 20);
    }
}
