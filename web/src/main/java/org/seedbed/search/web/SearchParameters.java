package org.seedbed.search.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.search.boundary.SearchQuery;
import org.seedbed.search.query.Facet;
import org.seedbed.search.query.SearchRequest;

/**
 * Reads a search from an address's query parameters, for the search pages and the API alike:
 * {@code q}, {@code type}, one parameter per facet ({@code kind}, {@code area}, {@code unit},
 * {@code category}, {@code status}, {@code year}, {@code amount}), {@code minAmount} and
 * {@code maxAmount} in minor units, {@code sort}, {@code page} from 0 and {@code size}. A parameter
 * repeats for several values; blank values count as absent and other parameters ({@code lang}…)
 * are left alone. A number that is no number is refused naming its parameter, rather than
 * silently finding nothing; kinds, facet values and sorts are checked by the search itself.
 */
public final class SearchParameters {

    public static final String TEXT = "q";
    public static final String TYPE = "type";
    public static final String MIN_AMOUNT = "minAmount";
    public static final String MAX_AMOUNT = "maxAmount";
    public static final String SORT = "sort";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    /** Facets with a parameter of their own; the type facet is the {@value #TYPE} parameter. */
    public static final List<String> FACETS = Arrays.stream(Facet.values())
            .filter(f -> f != Facet.TYPE)
            .map(Facet::key)
            .toList();

    /** Every parameter a search reads, in the order addresses write them. */
    public static final List<String> ALL = Stream.of(
                    Stream.of(TEXT, TYPE), FACETS.stream(), Stream.of(MIN_AMOUNT, MAX_AMOUNT, SORT, PAGE, SIZE))
            .flatMap(s -> s)
            .toList();

    public static final int DEFAULT_SIZE = 20;

    /**
     * Matches past this many cannot be paged to: Elasticsearch's default result window, kept on
     * both backends so that an address works the same on each.
     */
    public static final int MAX_WINDOW = 10_000;

    private static final String INVALID = "problem.parameter.invalid";

    private SearchParameters() {}

    /** The search the parameters ask for, with {@link #DEFAULT_SIZE} hits a page unless {@code size} says. */
    public static SearchQuery read(Map<String, List<String>> parameters) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String facet : FACETS) {
            List<String> values = values(parameters, facet);
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        filters.getOrDefault(Facet.YEAR.key(), List.of()).forEach(year -> number(year, Facet.YEAR.key(), 1, 9999));
        filters.getOrDefault(Facet.UNIT.key(), List.of())
                .forEach(unit -> number(unit, Facet.UNIT.key(), 1, Long.MAX_VALUE));

        long size = numberOr(first(parameters, SIZE), SIZE, DEFAULT_SIZE);
        if (size < 1 || size > SearchRequest.MAX_PAGE_SIZE) {
            throw InvalidInputException.of(SIZE, "search.size.range", SearchRequest.MAX_PAGE_SIZE);
        }
        long page = numberOr(first(parameters, PAGE), PAGE, 0);
        if (page < 0) {
            throw InvalidInputException.of(PAGE, "search.page.negative");
        }
        if (page >= MAX_WINDOW || (page + 1) * size > MAX_WINDOW) {
            throw InvalidInputException.of(PAGE, "search.page.tooDeep", MAX_WINDOW);
        }
        String minAmount = first(parameters, MIN_AMOUNT);
        String maxAmount = first(parameters, MAX_AMOUNT);
        return new SearchQuery(
                first(parameters, TEXT),
                values(parameters, TYPE),
                filters,
                minAmount == null ? null : number(minAmount, MIN_AMOUNT, Long.MIN_VALUE, Long.MAX_VALUE),
                maxAmount == null ? null : number(maxAmount, MAX_AMOUNT, Long.MIN_VALUE, Long.MAX_VALUE),
                first(parameters, SORT),
                (int) page,
                (int) size);
    }

    /** A servlet's or Faces' parameter map ({@code String[]} values) as lists. */
    public static Map<String, List<String>> fromArrays(Map<String, String[]> parameters) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        parameters.forEach((name, values) -> lists.put(name, values == null ? List.of() : Arrays.asList(values)));
        return lists;
    }

    /** The parameter's values, stripped, without blanks and repeats, in the order given. */
    public static List<String> values(Map<String, List<String>> parameters, String name) {
        List<String> given = parameters.get(name);
        if (given == null) {
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (String value : given) {
            if (value != null && !value.isBlank()) {
                values.add(value.strip());
            }
        }
        return new ArrayList<>(values);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = values(parameters, name);
        return values.isEmpty() ? null : values.get(0);
    }

    private static long numberOr(String value, String name, long absent) {
        return value == null ? absent : number(value, name, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private static long number(String value, String name, long min, long max) {
        try {
            long number = Long.parseLong(value.strip());
            if (number < min || number > max) {
                throw InvalidInputException.of(name, INVALID, name, value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, INVALID, name, value);
        }
    }
}
