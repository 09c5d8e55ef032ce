package org.seedbed.search.faces;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.seedbed.search.web.SearchParameters;

/**
 * The address of a search page with its search parameters, and the addresses one step away:
 * a facet value added or removed, all filters cleared, another page. Changing what is found
 * goes back to the first page. Parameters a search does not read are dropped. Public only so
 * that pages can read its {@link Hidden} fields.
 */
public final class SearchAddress {

    /** A parameter the search form carries along in a hidden field. */
    public record Hidden(String name, String value) {}

    /** Parameters that filter; clearing all filters removes these and keeps the text and order. */
    private static final Set<String> NOT_FILTERS =
            Set.of(SearchParameters.TEXT, SearchParameters.SORT, SearchParameters.PAGE, SearchParameters.SIZE);

    private final String base;
    private final Map<String, List<String>> parameters;

    private SearchAddress(String base, Map<String, List<String>> parameters) {
        this.base = base;
        this.parameters = parameters;
    }

    /** The page at {@code base} (a path without query) with the search parameters among {@code given}. */
    static SearchAddress of(String base, Map<String, List<String>> given) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String name : SearchParameters.ALL) {
            List<String> values = SearchParameters.values(given, name);
            if (!values.isEmpty()) {
                parameters.put(name, values);
            }
        }
        return new SearchAddress(base, parameters);
    }

    Map<String, List<String>> parameters() {
        return parameters;
    }

    List<String> values(String name) {
        return parameters.getOrDefault(name, List.of());
    }

    String first(String name) {
        List<String> values = values(name);
        return values.isEmpty() ? null : values.get(0);
    }

    boolean has(String name, String value) {
        return values(name).contains(value);
    }

    /** Whether anything but the text narrows the search. */
    boolean filtered() {
        return parameters.keySet().stream().anyMatch(name -> !NOT_FILTERS.contains(name));
    }

    String url() {
        return url(parameters);
    }

    /** This search with the value selected if it was not, and unselected if it was. */
    String toggled(String name, String value) {
        Map<String, List<String>> next = copyWithoutPage();
        List<String> values = new ArrayList<>(next.getOrDefault(name, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            next.remove(name);
        } else {
            next.put(name, values);
        }
        return url(next);
    }

    /** This search without any filter: the same text and order. */
    String cleared() {
        Map<String, List<String>> next = copyWithoutPage();
        next.keySet().removeIf(name -> !NOT_FILTERS.contains(name));
        return url(next);
    }

    /** The same search on another page, counting from 0. */
    String page(int page) {
        Map<String, List<String>> next = copyWithoutPage();
        if (page > 0) {
            next.put(SearchParameters.PAGE, List.of(String.valueOf(page)));
        }
        return url(next);
    }

    /**
     * What the search form sends besides the text and the order, which it has fields for: a new
     * text keeps the filters and starts on the first page.
     */
    List<Hidden> hidden() {
        List<Hidden> hidden = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (!name.equals(SearchParameters.TEXT)
                    && !name.equals(SearchParameters.SORT)
                    && !name.equals(SearchParameters.PAGE)) {
                values.forEach(value -> hidden.add(new Hidden(name, value)));
            }
        });
        return hidden;
    }

    private Map<String, List<String>> copyWithoutPage() {
        Map<String, List<String>> copy = new LinkedHashMap<>(parameters);
        copy.remove(SearchParameters.PAGE);
        return copy;
    }

    private String url(Map<String, List<String>> parameters) {
        StringJoiner query = new StringJoiner("&");
        // Written in one fixed order, so one search always has one address.
        for (String name : SearchParameters.ALL) {
            for (String value : parameters.getOrDefault(name, List.of())) {
                query.add(encode(name) + "=" + encode(value));
            }
        }
        return query.length() == 0 ? base : base + "?" + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
