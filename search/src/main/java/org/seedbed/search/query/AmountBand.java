package org.seedbed.search.query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.util.common.data.Range;

/**
 * Amount bands of the amount facet, in minor units (fen): community micro-grants, district
 * projects, large programmes. Bounds are inclusive below and exclusive above.
 */
public enum AmountBand {
    UNDER_50K(null, 5_000_000L),
    FROM_50K_TO_200K(5_000_000L, 20_000_000L),
    FROM_200K_TO_1M(20_000_000L, 100_000_000L),
    FROM_1M(100_000_000L, null);

    private final Long from;
    private final Long to;

    AmountBand(Long from, Long to) {
        this.from = from;
        this.to = to;
    }

    public Long from() {
        return from;
    }

    public Long to() {
        return to;
    }

    public Range<Long> range() {
        return Range.canonical(from, to);
    }

    public static List<Range<Long>> ranges() {
        return Arrays.stream(values()).map(AmountBand::range).toList();
    }

    public String key() {
        return name();
    }

    public static Optional<AmountBand> ofKey(String key) {
        return Arrays.stream(values()).filter(b -> b.name().equals(key)).findFirst();
    }
}
