package org.seedbed.search.control;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.search.boundary.SearchQuery;
import org.seedbed.search.document.DocumentType;
import org.seedbed.search.query.AmountBand;
import org.seedbed.search.query.Facet;
import org.seedbed.search.query.SearchRequest;
import org.seedbed.search.query.SortOrder;

/**
 * Turns a query as typed into a search request within what the person may search. A kind they
 * may not search is refused exactly like a kind that does not exist, so the refusal reveals nothing.
 */
public final class SearchRequests {

    /** Longest text accepted; a search box needs no more. */
    public static final int MAX_TEXT = 200;

    private SearchRequests() {}

    public static SearchRequest of(SearchQuery query, Set<DocumentType> allowed, boolean listedOnly) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.length() > MAX_TEXT) {
            throw InvalidInputException.of("q", "search.text.tooLong", MAX_TEXT);
        }
        Set<DocumentType> types = EnumSet.noneOf(DocumentType.class);
        for (String key : query.types() == null ? List.<String>of() : query.types()) {
            types.add(DocumentType.ofKey(key)
                    .filter(allowed::contains)
                    .orElseThrow(() -> InvalidInputException.of("type", "search.type.unknown", key)));
        }
        if (types.isEmpty()) {
            types.addAll(allowed);
        }
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        if (query.filters() != null) {
            query.filters().forEach((key, values) -> {
                Facet facet =
                        Facet.ofKey(key).orElseThrow(() -> InvalidInputException.of(key, "search.facet.unknown", key));
                if (values != null && !values.isEmpty()) {
                    if (facet == Facet.AMOUNT) {
                        values.forEach(band -> AmountBand.ofKey(band)
                                .orElseThrow(() -> InvalidInputException.of("amount", "search.amount.band", band)));
                    }
                    filters.put(facet, new LinkedHashSet<>(values));
                }
            });
        }
        if (query.minAmount() != null && query.minAmount() < 0) {
            throw InvalidInputException.of("minAmount", "search.amount.negative");
        }
        if (query.minAmount() != null && query.maxAmount() != null && query.maxAmount() < query.minAmount()) {
            throw InvalidInputException.of("maxAmount", "search.amount.range");
        }
        SortOrder sort = query.sort() == null || query.sort().isBlank()
                ? SortOrder.RELEVANCE
                : SortOrder.ofKey(query.sort())
                        .orElseThrow(() -> InvalidInputException.of("sort", "search.sort.unknown", query.sort()));
        if (query.page() < 0) {
            throw InvalidInputException.of("page", "search.page.negative");
        }
        int size = query.size() <= 0 ? 20 : Math.min(query.size(), SearchRequest.MAX_PAGE_SIZE);
        return new SearchRequest(
                text, types, filters, query.minAmount(), query.maxAmount(), sort, listedOnly, null, query.page(), size);
    }
}
