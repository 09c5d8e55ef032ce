package org.seedbed.search.boundary;

import java.util.List;
import org.seedbed.search.query.SearchHit;

/**
 * One page of a search: hits with highlights, the number of matches, and every facet with its
 * values, counts and, for org units and categories, their names in both languages.
 */
public record SearchAnswer(
        String text,
        List<SearchHit> hits,
        long total,
        int page,
        int size,
        int pageCount,
        List<FacetView> facets,
        long tookMillis) {

    public record FacetView(String key, List<FacetValue> values) {}

    public record FacetValue(String value, long count, boolean selected, String nameZh, String nameEn) {}
}
