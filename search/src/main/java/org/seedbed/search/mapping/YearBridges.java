package org.seedbed.search.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/** The year of a date or an instant, for the year facet shared by all documents. */
final class YearBridges {

    /**
     * Cities are in China; a year boundary an hour off elsewhere would not move a fund's year in
     * practice, and the index cannot know each city's zone.
     */
    static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    private YearBridges() {}

    static final class OfInstant implements ValueBridge<Instant, Integer> {
        @Override
        public Integer toIndexedValue(Instant value, ValueBridgeToIndexedValueContext context) {
            return value == null ? null : value.atZone(CITY_ZONE).getYear();
        }
    }

    static final class OfDate implements ValueBridge<LocalDate, Integer> {
        @Override
        public Integer toIndexedValue(LocalDate value, ValueBridgeToIndexedValueContext context) {
            return value == null ? null : value.getYear();
        }
    }
}
