package org.seedbed.search.query;

import java.util.List;
import java.util.Map;

/** One page of hits, the number of all matches, and the facet counts of all matches. */
public record SearchPage(
        List<SearchHit> hits,
        long total,
        Map<Facet, List<FacetCount>> facets,
        int page,
        int pageSize,
        long tookMillis) {

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
