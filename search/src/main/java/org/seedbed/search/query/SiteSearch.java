package org.seedbed.search.query;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateOptionsCollector;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.hibernate.search.util.common.data.Range;
import org.seedbed.search.document.DocumentType;
import org.seedbed.search.document.SearchFields;

/**
 * Runs one {@link SearchRequest} against the current city's index. The search session belongs to
 * the entity manager's city (Hibernate Search's multi-tenancy), so no document of another city is
 * ever matched. Everything shown comes from the index: no row is loaded.
 */
public final class SiteSearch {

    /** Facets whose values are keywords; the year and amount facets are computed apart. */
    private static final List<Facet> KEYWORD_FACETS =
            List.of(Facet.TYPE, Facet.KIND, Facet.AREA, Facet.UNIT, Facet.CATEGORY, Facet.STATUS);

    /** How much more a title match weighs than a match in the text. */
    private static final float TITLE_BOOST = 4f;

    private static final Long NO_AMOUNT = null;
    private static final String NO_KIND = null;

    private SiteSearch() {}

    public static SearchPage search(EntityManager em, SearchRequest request) {
        List<Class<?>> classes =
                request.types().stream().map(DocumentType::entity).toList();
        Map<Facet, AggregationKey<Map<String, Long>>> keywordKeys = new EnumMap<>(Facet.class);
        KEYWORD_FACETS.forEach(facet -> keywordKeys.put(facet, AggregationKey.of(facet.key())));
        AggregationKey<Map<Integer, Long>> yearKey = AggregationKey.of(Facet.YEAR.key());
        AggregationKey<Map<Range<Long>, Long>> amountKey = AggregationKey.of(Facet.AMOUNT.key());

        var query = Search.session(em)
                .search(classes)
                .select(f -> f.composite()
                        .from(
                                f.entityReference(),
                                f.field(SearchFields.TITLE_ZH, String.class),
                                f.field(SearchFields.TITLE_EN, String.class),
                                f.highlight(SearchFields.TITLE_ZH),
                                f.highlight(SearchFields.TITLE_EN),
                                f.highlight(SearchFields.TEXT_ZH),
                                f.highlight(SearchFields.TEXT_EN),
                                f.field(SearchFields.STATUS, String.class, ValueModel.INDEX),
                                f.field(SearchFields.YEAR, Integer.class, ValueModel.INDEX),
                                present(request, SearchFields.AMOUNT)
                                        ? f.field(SearchFields.AMOUNT, Long.class, ValueModel.INDEX)
                                        : f.constant(NO_AMOUNT),
                                present(request, SearchFields.CURRENCY)
                                        ? f.field(SearchFields.CURRENCY, String.class, ValueModel.INDEX)
                                                .multi()
                                        : f.constant(List.of()),
                                present(request, SearchFields.CATEGORY)
                                        ? f.field(SearchFields.CATEGORY, String.class, ValueModel.INDEX)
                                                .multi()
                                        : f.constant(List.of()),
                                present(request, SearchFields.KIND)
                                        ? f.field(SearchFields.KIND, String.class, ValueModel.INDEX)
                                        : f.constant(NO_KIND),
                                present(request, SearchFields.AREA)
                                        ? f.field(SearchFields.AREA, String.class, ValueModel.INDEX)
                                                .multi()
                                        : f.constant(List.of()))
                        .asList())
                .where(f -> f.bool().with(clauses -> restrict(f, clauses, request)))
                .sort(f -> sort(f, request))
                .highlighter(h -> h.plain()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .fragmentSize(80)
                        .numberOfFragments(2));
        for (Map.Entry<Facet, AggregationKey<Map<String, Long>>> facet : keywordKeys.entrySet()) {
            if (!present(request, facet.getKey().field())) {
                continue;
            }
            int terms = facet.getKey() == Facet.UNIT ? 500 : 100;
            query = query.aggregation(facet.getValue(), f -> f.terms()
                    .field(facet.getKey().field(), String.class, ValueModel.INDEX)
                    .maxTermCount(terms));
        }
        query = query.aggregation(yearKey, f -> f.terms()
                .field(SearchFields.YEAR, Integer.class, ValueModel.INDEX)
                .orderByTermDescending());
        if (present(request, SearchFields.AMOUNT)) {
            query = query.aggregation(amountKey, f -> f.range()
                    .field(SearchFields.AMOUNT, Long.class, ValueModel.INDEX)
                    .ranges(AmountBand.ranges()));
        }

        SearchResult<List<?>> result = query.fetch(request.page() * request.pageSize(), request.pageSize());

        Map<Facet, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : KEYWORD_FACETS) {
            Map<String, Long> counted =
                    present(request, facet.field()) ? result.aggregation(keywordKeys.get(facet)) : Map.of();
            facets.put(facet, counts(counted, request.filters().get(facet)));
        }
        Map<String, Long> years = new LinkedHashMap<>();
        result.aggregation(yearKey).forEach((year, count) -> years.put(String.valueOf(year), count));
        facets.put(Facet.YEAR, inOrder(years, request.filters().get(Facet.YEAR)));
        Map<String, Long> bands = new LinkedHashMap<>();
        Map<Range<Long>, Long> amounts =
                present(request, SearchFields.AMOUNT) ? result.aggregation(amountKey) : Map.of();
        for (AmountBand band : AmountBand.values()) {
            bands.put(band.key(), amounts.getOrDefault(band.range(), 0L));
        }
        facets.put(Facet.AMOUNT, inOrder(bands, request.filters().get(Facet.AMOUNT)));

        List<SearchHit> hits = result.hits().stream().map(SiteSearch::hit).toList();
        return new SearchPage(
                hits,
                result.total().hitCount(),
                facets,
                request.page(),
                request.pageSize(),
                result.took().toMillis());
    }

    /**
     * The words score; everything else only filters, which spares scoring and lets the filters be
     * cached.
     */
    private static void restrict(
            SearchPredicateFactory f, BooleanPredicateOptionsCollector<?> clauses, SearchRequest request) {
        clauses.filter(f.matchAll());
        if (request.hasText()) {
            String text = request.text().strip();
            // Every word must appear somewhere; documents whose title has them all rank first. The
            // title clause stays apart rather than a field boost: Elasticsearch scores each index
            // with its own statistics, and a separate clause keeps titles first across kinds there too.
            clauses.must(f.simpleQueryString()
                    .fields(SearchFields.TITLE_ZH, SearchFields.TITLE_EN, SearchFields.TEXT_ZH, SearchFields.TEXT_EN)
                    .matching(text)
                    .defaultOperator(BooleanOperator.AND));
            clauses.should(f.simpleQueryString()
                    .fields(SearchFields.TITLE_ZH, SearchFields.TITLE_EN)
                    .matching(text)
                    .defaultOperator(BooleanOperator.AND)
                    .boost(TITLE_BOOST));
        }
        if (request.listedOnly()) {
            clauses.filter(f.match().field(SearchFields.LISTED).matching(true));
        }
        if (request.unitScope() != null) {
            clauses.filter(f.terms()
                    .field(SearchFields.UNIT)
                    .matchingAny(
                            request.unitScope().stream().map(String::valueOf).toList(), ValueModel.INDEX));
        }
        if (request.types().contains(DocumentType.SUBMISSION)) {
            // Unsubmitted applications belong to their authors alone.
            clauses.filter(f.not(f.and(
                    f.match().field(SearchFields.TYPE).matching(DocumentType.SUBMISSION.key(), ValueModel.INDEX),
                    f.match().field(SearchFields.STATUS).matching("DRAFT", ValueModel.INDEX))));
        }
        request.filters().forEach((facet, values) -> {
            if (values == null || values.isEmpty()) {
                return;
            }
            if (!present(request, facet.field())) {
                // A filter on something none of these kinds has leaves nothing.
                clauses.filter(f.not(f.matchAll()));
                return;
            }
            switch (facet) {
                case YEAR ->
                    clauses.filter(f.terms().field(SearchFields.YEAR).matchingAny(years(values), ValueModel.INDEX));
                case AMOUNT ->
                    clauses.filter(f.or().with(or -> values.forEach(key -> AmountBand.ofKey(key)
                            .ifPresent(band -> or.add(
                                    f.range().field(SearchFields.AMOUNT).within(band.range(), ValueModel.INDEX))))));
                default ->
                    clauses.filter(f.terms().field(facet.field()).matchingAny(List.copyOf(values), ValueModel.INDEX));
            }
        });
        if ((request.minAmount() != null || request.maxAmount() != null) && !present(request, SearchFields.AMOUNT)) {
            clauses.filter(f.not(f.matchAll()));
        } else if (request.minAmount() != null || request.maxAmount() != null) {
            clauses.filter(f.range()
                    .field(SearchFields.AMOUNT)
                    .within(Range.between(request.minAmount(), request.maxAmount()), ValueModel.INDEX));
        }
    }

    /** Whether any of the searched kinds has the field; querying a field none has is an error. */
    private static boolean present(SearchRequest request, String field) {
        return request.types().stream().anyMatch(type -> type.hasField(field));
    }

    private static List<Integer> years(Set<String> values) {
        List<Integer> years = new ArrayList<>();
        for (String value : values) {
            try {
                years.add(Integer.valueOf(value.strip()));
            } catch (NumberFormatException e) {
                // A year nobody could mean matches nothing rather than failing the search.
                years.add(-1);
            }
        }
        return years;
    }

    private static SortFinalStep sort(SearchSortFactory f, SearchRequest request) {
        return switch (request.sort()) {
            case RELEVANCE ->
                f.score().then().field(SearchFields.TITLE_SORT).missing().last();
            case NEWEST ->
                f.field(SearchFields.YEAR).desc().missing().last().then().score();
            case AMOUNT_DESC ->
                f.field(SearchFields.AMOUNT).desc().missing().last().then().score();
            case AMOUNT_ASC ->
                f.field(SearchFields.AMOUNT).asc().missing().last().then().score();
            case TITLE -> f.field(SearchFields.TITLE_SORT).missing().last();
        };
    }

    private static List<FacetCount> counts(Map<String, Long> counts, Set<String> selected) {
        List<FacetCount> list = new ArrayList<>();
        counts.forEach(
                (value, count) -> list.add(new FacetCount(value, count, selected != null && selected.contains(value))));
        if (selected != null) {
            for (String value : selected) {
                if (!counts.containsKey(value)) {
                    list.add(new FacetCount(value, 0, true));
                }
            }
        }
        list.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return list;
    }

    private static List<FacetCount> inOrder(Map<String, Long> counts, Set<String> selected) {
        return counts.entrySet().stream()
                .map(e -> new FacetCount(e.getKey(), e.getValue(), selected != null && selected.contains(e.getKey())))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static SearchHit hit(List<?> row) {
        EntityReference reference = (EntityReference) row.get(0);
        DocumentType type = DocumentType.ofEntity(reference.type()).orElseThrow();
        List<String> titleHighlights = new ArrayList<>((List<String>) row.get(3));
        titleHighlights.addAll((List<String>) row.get(4));
        List<String> textHighlights = new ArrayList<>((List<String>) row.get(5));
        textHighlights.addAll((List<String>) row.get(6));
        List<String> currencies = (List<String>) row.get(10);
        return new SearchHit(
                type,
                ((Number) reference.id()).longValue(),
                (String) row.get(1),
                (String) row.get(2),
                titleHighlights,
                textHighlights.stream().distinct().limit(2).toList(),
                (String) row.get(7),
                (Integer) row.get(8),
                (Long) row.get(9),
                currencies.isEmpty() ? null : currencies.get(0),
                (List<String>) row.get(11),
                (String) row.get(12),
                (List<String>) row.get(13));
    }
}
