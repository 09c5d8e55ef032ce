package org.seedbed.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The searches the benchmark sends, the same for the same seed: words people type (Chinese and
 * English, frequent and rare in the synthetic city), words with one or two facets, facets alone,
 * sorted lists and later pages. Each query is the public search API's query string.
 */
final class QueryMix {

    /** What a query exercises; results are also reported per kind. */
    enum Kind {
        TEXT_ZH,
        TEXT_EN,
        TEXT_AND_FACETS,
        FACETS_ONLY,
        SORTED,
        LATER_PAGE
    }

    record Query(Kind kind, String parameters) {}

    /** From frequent (养老 names a quarter of the organizations) to rarer: a brand, a street, a phrase. */
    static final List<String> CHINESE = List.of(
            "养老", "社区", "志愿", "儿童", "助餐", "环保", "助残", "服务中心", "协会", "独居老人", "留守儿童", "垃圾分类", "公益创投", "智能手机", "法律援助",
            "非遗", "黄梅戏", "心理健康", "助学金", "康复训练", "适老化", "蒲公英", "暖阳", "望湖", "骆岗", "包河", "养老 助餐", "儿童 阅读");

    static final List<String> ENGLISH = List.of(
            "elderly",
            "community",
            "volunteers",
            "children",
            "meals",
            "environmental",
            "disability",
            "heritage",
            "legal advice",
            "scholarships",
            "sunflower",
            "counselling",
            "rehabilitation",
            "smartphone",
            "service center",
            "river clean-up");

    static final List<String> TYPES = List.of("organization", "call", "campaign");
    static final List<String> AREAS = List.of(
            "ELDERLY",
            "CHILDREN_YOUTH",
            "DISABILITY",
            "COMMUNITY_GOVERNANCE",
            "ENVIRONMENT",
            "CULTURE_SPORTS",
            "EDUCATION",
            "HEALTH",
            "POVERTY_RELIEF",
            "VOLUNTEERING",
            "LEGAL_AID");
    static final List<String> KINDS = List.of("SOCIAL_GROUP", "SOCIAL_SERVICE_AGENCY", "FOUNDATION", "COMMUNITY_FILED");
    static final List<String> SORTS = List.of("amount_desc", "newest");

    private final Random random;
    private final List<Long> units;

    private QueryMix(long seed, List<Long> units) {
        this.random = new Random(seed);
        this.units = units;
    }

    /** {@code count} queries; {@code units} are the org unit ids the unit facet may pick from. */
    static List<Query> of(long seed, int count, List<Long> units) {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("no org units to filter by");
        }
        QueryMix mix = new QueryMix(seed, units);
        List<Query> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            queries.add(mix.next());
        }
        return queries;
    }

    private Query next() {
        int dice = random.nextInt(100);
        Map<String, String> parameters = new LinkedHashMap<>();
        Kind kind;
        if (dice < 20) {
            kind = Kind.TEXT_ZH;
            parameters.put("q", pick(CHINESE));
        } else if (dice < 30) {
            kind = Kind.TEXT_EN;
            parameters.put("q", pick(ENGLISH));
        } else if (dice < 55) {
            kind = Kind.TEXT_AND_FACETS;
            parameters.put("q", anyText());
            facets(parameters, 1 + random.nextInt(2));
        } else if (dice < 70) {
            kind = Kind.FACETS_ONLY;
            facets(parameters, 1 + random.nextInt(2));
        } else if (dice < 85) {
            kind = Kind.SORTED;
            if (random.nextBoolean()) {
                parameters.put("q", anyText());
            }
            // Amounts belong to calls and campaigns, so that is what people sort by amount.
            parameters.put("type", TYPES.get(1 + random.nextInt(2)));
            parameters.put("sort", pick(SORTS));
        } else {
            kind = Kind.LATER_PAGE;
            parameters.put("q", anyText());
            // Pages count from 0: pages 2 to 5 as people see them.
            parameters.put("page", String.valueOf(1 + random.nextInt(4)));
        }
        return new Query(kind, encode(parameters));
    }

    private String anyText() {
        return random.nextInt(3) < 2 ? pick(CHINESE) : pick(ENGLISH);
    }

    /** Adds this many different facet filters. */
    private void facets(Map<String, String> parameters, int count) {
        List<String> facets = new ArrayList<>(List.of("type", "area", "kind", "unit", "year"));
        for (int i = 0; i < count; i++) {
            String facet = facets.remove(random.nextInt(facets.size()));
            parameters.put(
                    facet,
                    switch (facet) {
                        case "type" -> pick(TYPES);
                        case "area" -> pick(AREAS);
                        case "kind" -> pick(KINDS);
                        case "unit" -> String.valueOf(units.get(random.nextInt(units.size())));
                        default -> String.valueOf(2010 + random.nextInt(17));
                    });
        }
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
