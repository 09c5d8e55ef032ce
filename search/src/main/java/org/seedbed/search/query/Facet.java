package org.seedbed.search.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.seedbed.search.document.SearchFields;

/** Facets people filter by; each has counts in every answer. */
public enum Facet {
    TYPE(SearchFields.TYPE),
    KIND(SearchFields.KIND),
    AREA(SearchFields.AREA),
    UNIT(SearchFields.UNIT),
    CATEGORY(SearchFields.CATEGORY),
    STATUS(SearchFields.STATUS),
    YEAR(SearchFields.YEAR),
    /** Amount bands, see {@link AmountBand}. */
    AMOUNT(SearchFields.AMOUNT);

    private final String field;

    Facet(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The URL parameter and JSON name. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Facet> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }
}
