package org.seedbed.search.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Orders of the hits; relevance first, then title when scores tie or there is no text. */
public enum SortOrder {
    RELEVANCE,
    NEWEST,
    AMOUNT_DESC,
    AMOUNT_ASC,
    TITLE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SortOrder> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
