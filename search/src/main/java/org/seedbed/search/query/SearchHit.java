package org.seedbed.search.query;

import java.util.List;
import org.seedbed.search.document.DocumentType;

/**
 * One found document, read from the index alone. Highlights are HTML: the matched words inside
 * {@code <mark>}, everything else escaped.
 */
public record SearchHit(
        DocumentType type,
        long id,
        String titleZh,
        String titleEn,
        List<String> titleHighlights,
        List<String> textHighlights,
        String status,
        Integer year,
        Long amountMinor,
        String currency,
        List<String> categories,
        String kind,
        List<String> areas) {}
