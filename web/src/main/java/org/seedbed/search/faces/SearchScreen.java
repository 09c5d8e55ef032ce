package org.seedbed.search.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.jboss.logging.Logger;
import org.seedbed.call.faces.CallFormat;
import org.seedbed.faces.CityLinks;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.search.boundary.SearchAnswer;
import org.seedbed.search.boundary.SearchQuery;
import org.seedbed.search.document.DocumentType;
import org.seedbed.search.query.Facet;
import org.seedbed.search.query.SearchHit;
import org.seedbed.search.query.SortOrder;
import org.seedbed.search.web.SearchParameters;
import org.seedbed.tenancy.control.TenantContext;

/**
 * What both search pages show, read from the page's address: the hits with their highlights,
 * the facets with counts whose values link to the search with that value toggled, chips for the
 * active filters, the orders and the pages. Each page says what it searches and where hits link.
 * A search the address gets wrong shows the problem's message and chips to undo it.
 */
public abstract class SearchScreen {

    private static final Logger LOG = Logger.getLogger(SearchScreen.class);

    /** Values of a facet listed before the others fold away under "more". */
    static final int SHOWN_VALUES = 8;

    /** One hit as listed; {@code title} and {@code fragments} are HTML when {@code titleHtml} says so, fragments always. */
    public record Hit(
            String domId,
            String type,
            String typeLabel,
            String title,
            boolean titleHtml,
            List<String> fragments,
            String status,
            String statusLabel,
            Integer year,
            String amount,
            String amountLabel,
            String kindLabel,
            List<String> areaLabels,
            List<String> categoryLabels,
            String url) {}

    public record FacetGroup(String key, String domId, String label, List<FacetChoice> shown, List<FacetChoice> more) {}

    public record FacetChoice(String domId, String value, String label, long count, boolean selected, String url) {}

    public record ActiveFilter(String domId, String group, String label, String removeUrl) {}

    /** An order of the sort menu; the value is empty for relevance, the default. */
    public record SortChoice(String value, String label, boolean selected) {}

    /** A pager entry: a page (numbered from 1) or a gap. */
    public record PageLink(String domId, int number, String url, boolean current, boolean gap) {}

    @Inject
    Language language;

    @Inject
    CityLinks links;

    @Inject
    CallFormat callFormat;

    private SearchAddress address;
    private SearchAnswer answer;
    private boolean outsideCity;
    private boolean failed;
    private ResourceBundle bundle;
    private Map<String, Map<String, SearchAnswer.FacetValue>> facetValues;
    private List<Hit> hits;
    private List<FacetGroup> facets;
    private List<ActiveFilter> activeFilters;

    /** Runs the search; throws a problem for a query it refuses. */
    protected abstract SearchAnswer search(SearchQuery query);

    /** The kinds of documents this page searches. */
    protected abstract Set<DocumentType> searched();

    /** This page's path, e.g. {@code /search.xhtml}. */
    protected abstract String pagePath();

    /** The path of the page showing one document of the kind (it takes {@code ?id=}), or null for none. */
    protected abstract String hitPath(DocumentType type);

    /** View action: the search the address asks for. */
    public void load() {
        if (TenantContext.currentCity().isEmpty()) {
            // The platform site has nothing to search: search belongs to a city.
            outsideCity = true;
            return;
        }
        try {
            answer = search(SearchParameters.read(address().parameters()));
        } catch (SeedbedProblem problem) {
            // A view action runs before the view takes the page's language: name it.
            Texts.problem(problem, language.getLocale());
        } catch (EJBException failure) {
            // The search backend is unreachable or refused the query: say so instead of an error page.
            LOG.errorf(
                    failure,
                    "search failed in city %s",
                    TenantContext.currentCity().orElse(""));
            failed = true;
            Texts.error("search.failed");
        }
    }

    public boolean isOutsideCity() {
        return outsideCity;
    }

    public boolean isFailed() {
        return failed;
    }

    /** Whether there is an answer to show (the search ran). */
    public boolean isAnswered() {
        return answer != null;
    }

    public String getAction() {
        return links.to(pagePath());
    }

    /** The text as typed, for the search box. */
    public String getText() {
        return address().first(SearchParameters.TEXT);
    }

    public boolean isFiltered() {
        return address().filtered();
    }

    public String getClearUrl() {
        return address().cleared();
    }

    /** The first page of this search, for a page number past the last. */
    public String getFirstPageUrl() {
        return address().page(0);
    }

    public List<SearchAddress.Hidden> getHidden() {
        return address().hidden();
    }

    public long getTotal() {
        return answer == null ? 0 : answer.total();
    }

    public long getTookMillis() {
        return answer == null ? 0 : answer.tookMillis();
    }

    /** Nothing to list: no match, or a page past the last. */
    public boolean isNothingFound() {
        return answer != null && answer.hits().isEmpty();
    }

    /** Matches exist, but the address asks for a page after the last. */
    public boolean isPastEnd() {
        return isNothingFound() && answer.total() > 0;
    }

    public List<Hit> getHits() {
        if (hits == null) {
            hits = answer == null
                    ? List.of()
                    : answer.hits().stream().map(this::hit).toList();
        }
        return hits;
    }

    public List<FacetGroup> getFacets() {
        if (facets == null) {
            facets = answer == null ? List.of() : facetGroups();
        }
        return facets;
    }

    public List<ActiveFilter> getActiveFilters() {
        if (activeFilters == null) {
            activeFilters = chips();
        }
        return activeFilters;
    }

    public List<SortChoice> getSorts() {
        String current = address().first(SearchParameters.SORT);
        List<SortChoice> sorts = new ArrayList<>();
        for (SortOrder order : SortOrder.values()) {
            boolean relevance = order == SortOrder.RELEVANCE;
            sorts.add(new SortChoice(
                    order.key(),
                    label("search.sort." + order.key(), order.key()),
                    relevance
                            ? current == null || current.equals(order.key())
                            : order.key().equals(current)));
        }
        return sorts;
    }

    public List<PageLink> getPages() {
        if (answer == null) {
            return List.of();
        }
        List<PageLink> pages = new ArrayList<>();
        for (Integer page : PageWindow.pages(answer.page(), reachablePages())) {
            pages.add(
                    page == null
                            ? new PageLink(null, 0, null, false, true)
                            : new PageLink(
                                    "search-page-" + (page + 1),
                                    page + 1,
                                    address().page(page),
                                    page == answer.page(),
                                    false));
        }
        return pages;
    }

    public String getPreviousUrl() {
        return answer == null || answer.page() == 0
                ? null
                : address().page(Math.min(answer.page(), reachablePages()) - 1);
    }

    public String getNextUrl() {
        return answer == null || answer.page() + 1 >= reachablePages()
                ? null
                : address().page(answer.page() + 1);
    }

    /** Pages one can go to: all of them, up to the deepest the search allows. */
    private int reachablePages() {
        int size = Math.max(1, answer.size());
        return Math.max(1, Math.min(answer.pageCount(), SearchParameters.MAX_WINDOW / size));
    }

    private SearchAddress address() {
        if (address == null) {
            Map<String, String[]> given =
                    FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
            address = SearchAddress.of(links.to(pagePath()), SearchParameters.fromArrays(given));
        }
        return address;
    }

    private Hit hit(SearchHit hit) {
        String type = hit.type().key();
        Highlights.Title title =
                Highlights.title(hit.titleZh(), hit.titleEn(), hit.titleHighlights(), language.isChinese());
        if (title.text().isBlank()) {
            title = new Highlights.Title(label("search.hit.untitled", "#" + hit.id()), false);
        }
        List<String> fragments = hit.textHighlights() == null
                ? List.of()
                : hit.textHighlights().stream().map(Highlights::safe).toList();
        String statusLabel = hit.status() == null
                ? null
                : SearchLabels.status(hit.type(), hit.status())
                        .map(key -> label(key, hit.status()))
                        .orElse(hit.status());
        String amount = hit.amountMinor() == null
                ? null
                : callFormat.money(major(hit.amountMinor(), hit.currency()), hit.currency());
        String path = hitPath(hit.type());
        return new Hit(
                "search-hit-" + type + "-" + hit.id(),
                type,
                label(SearchLabels.type(type), type),
                title.text(),
                title.html(),
                fragments,
                hit.status(),
                statusLabel,
                hit.year(),
                amount,
                label("search.hit.amount." + type, ""),
                hit.kind() == null ? null : label("kind." + hit.kind(), hit.kind()),
                labels(Facet.AREA.key(), hit.areas()),
                labels(Facet.CATEGORY.key(), hit.categories()),
                path == null ? null : links.to(path) + "?id=" + hit.id());
    }

    private List<FacetGroup> facetGroups() {
        List<FacetGroup> groups = new ArrayList<>();
        for (SearchAnswer.FacetView facet : answer.facets()) {
            String key = facet.key();
            if (key.equals(Facet.TYPE.key()) && searched().size() < 2) {
                continue;
            }
            List<FacetChoice> shown = new ArrayList<>();
            List<FacetChoice> more = new ArrayList<>();
            for (SearchAnswer.FacetValue value : facet.values()) {
                boolean selected = value.selected() || address().has(key, value.value());
                if (value.count() == 0 && !selected) {
                    continue;
                }
                FacetChoice choice = new FacetChoice(
                        domId("facet-" + key + "-", value.value()),
                        value.value(),
                        valueLabel(key, value.value()),
                        value.count(),
                        selected,
                        address().toggled(key, value.value()));
                (shown.size() < SHOWN_VALUES || selected ? shown : more).add(choice);
            }
            if (!shown.isEmpty()) {
                groups.add(new FacetGroup(key, "facet-" + key, label("search.facet." + key, key), shown, more));
            }
        }
        return groups;
    }

    private List<ActiveFilter> chips() {
        List<ActiveFilter> chips = new ArrayList<>();
        List<String> names = new ArrayList<>();
        names.add(SearchParameters.TYPE);
        names.addAll(SearchParameters.FACETS);
        for (String name : names) {
            for (String value : address().values(name)) {
                chips.add(new ActiveFilter(
                        domId("search-chip-" + name + "-", value),
                        label("search.facet." + name, name),
                        valueLabel(name, value),
                        address().toggled(name, value)));
            }
        }
        for (String name : List.of(SearchParameters.MIN_AMOUNT, SearchParameters.MAX_AMOUNT)) {
            for (String value : address().values(name)) {
                chips.add(new ActiveFilter(
                        domId("search-chip-" + name + "-", value),
                        label("search.filter." + name, name),
                        minorAsMoney(value),
                        address().toggled(name, value)));
            }
        }
        return chips;
    }

    /** How a facet value reads: a code's label, a unit's or category's name, a year as it is. */
    private String valueLabel(String facet, String value) {
        if (facet.equals(Facet.UNIT.key()) || facet.equals(Facet.CATEGORY.key())) {
            SearchAnswer.FacetValue named =
                    facetValues().getOrDefault(facet, Map.of()).get(value);
            return named == null ? value : name(named.nameZh(), named.nameEn(), value);
        }
        return SearchLabels.facetValue(facet, value, searched())
                .map(key -> label(key, value))
                .orElse(value);
    }

    private List<String> labels(String facet, List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(v -> valueLabel(facet, v)).toList();
    }

    /** Facet values of the answer by facet and value, for the names of units and categories. */
    private Map<String, Map<String, SearchAnswer.FacetValue>> facetValues() {
        if (facetValues == null) {
            facetValues = new HashMap<>();
            if (answer != null) {
                for (SearchAnswer.FacetView facet : answer.facets()) {
                    Map<String, SearchAnswer.FacetValue> values = new HashMap<>();
                    facet.values().forEach(v -> values.put(v.value(), v));
                    facetValues.put(facet.key(), values);
                }
            }
        }
        return facetValues;
    }

    private String name(String zh, String en, String fallback) {
        String own = language.isChinese() ? zh : en;
        String other = language.isChinese() ? en : zh;
        if (own != null && !own.isBlank()) {
            return own;
        }
        return other != null && !other.isBlank() ? other : fallback;
    }

    /** An amount bound of the address (minor units of yuan) as money, or as typed if it is no number. */
    private String minorAsMoney(String value) {
        try {
            return callFormat.money(major(Long.parseLong(value), "CNY"), "CNY");
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** The label in the page's language; the fallback when the bundles have no such key. */
    private String label(String key, String fallback) {
        if (bundle == null) {
            bundle = ResourceBundle.getBundle(
                    "org.seedbed.web.Messages", language.getLocale(), SearchScreen.class.getClassLoader());
        }
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    static BigDecimal major(long minor, String currency) {
        int digits = 2;
        try {
            digits = Math.max(
                    0, Currency.getInstance(currency == null ? "CNY" : currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException unknown) {
            // A currency code Java does not know: read it like yuan, in hundredths.
        }
        return BigDecimal.valueOf(minor, digits);
    }

    /** An element id from a prefix and a value, with anything but letters, digits, - and _ replaced. */
    static String domId(String prefix, String value) {
        return prefix + value.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
