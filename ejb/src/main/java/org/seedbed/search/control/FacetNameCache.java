package org.seedbed.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.seedbed.search.control.FacetNames.Names;

/**
 * Unit and category names per city for a short while: every search shows them, they rarely change,
 * and reading them for each search would cost more than the search. Kept by city, so one city's
 * names never label another's facets.
 */
@ApplicationScoped
public class FacetNameCache {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    /** A city's names and when they were read. */
    private record Entry(Map<String, Names> units, Map<String, Names> categories, long readAtNanos) {
        boolean fresh() {
            return System.nanoTime() - readAtNanos < FRESH_FOR.toNanos();
        }
    }

    private final Map<String, Entry> byCity = new ConcurrentHashMap<>();

    public Map<String, Names> units(String city, EntityManager em) {
        return entry(city, em).units();
    }

    public Map<String, Names> categories(String city, EntityManager em) {
        return entry(city, em).categories();
    }

    private Entry entry(String city, EntityManager em) {
        Entry entry = byCity.get(city);
        if (entry == null || !entry.fresh()) {
            entry = new Entry(
                    Map.copyOf(FacetNames.units(em)), Map.copyOf(FacetNames.categories(em)), System.nanoTime());
            byCity.put(city, entry);
        }
        return entry;
    }
}
