package org.seedbed.search.query;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.seedbed.search.document.DocumentType;

/**
 * What to look for.
 *
 * @param text what the person typed; blank finds everything
 * @param types kinds of documents searched; the caller has already narrowed them to what the person may see
 * @param filters selected facet values; several values of one facet are alternatives
 * @param listedOnly only documents the public may find
 * @param unitScope when not null, only documents of these org units (or below them)
 * @param page zero-based page number
 */
public record SearchRequest(
        String text,
        Set<DocumentType> types,
        Map<Facet, Set<String>> filters,
        Long minAmount,
        Long maxAmount,
        SortOrder sort,
        boolean listedOnly,
        Collection<Long> unitScope,
        int page,
        int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public SearchRequest {
        if (types == null || types.isEmpty()) {
            throw new IllegalArgumentException("no kind of document to search");
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        page = Math.max(0, page);
        pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
