package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search on whichever backend the build chose (the same tests run on Lucene and on Elasticsearch):
 * the relevance set in Chinese and English, facets, highlighting, staff-only documents, two cities
 * with the same ids kept apart, and a reindex after rows changed behind the application's back.
 */
@ExtendWith({SearchBackend.class, ArquillianExtension.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private String cityA;
    private String cityB;
    private SearchCorpus corpusA;
    private SearchCorpus corpusB;
    private Http adminA;
    private Http officerA;
    private Http ngoA;
    private final Http visitor = new Http();

    @BeforeAll
    void twoCitiesWithTheSameCorpus() throws Exception {
        cityA = TestCities.uniqueSlug("search-a");
        cityB = TestCities.uniqueSlug("search-b");
        TestCities.create(cityA, "甲市", "City A");
        TestCities.create(cityB, "乙市", "City B");
        adminA = TestCities.adminWithToken(cityA);
        Http adminB = TestCities.adminWithToken(cityB);
        officerA = TestCities.person(cityA, adminA, "officer", "PROGRAM_OFFICER");
        ngoA = TestCities.person(cityA, adminA, "ngo", "NGO_MEMBER");
        corpusA = SearchCorpus.write(cityA, "甲");
        corpusB = SearchCorpus.write(cityB, "乙");
        assertThat(corpusB.id("elderlyCare")).as("same ids in both cities").isEqualTo(corpusA.id("elderlyCare"));
        reindex(cityA, adminA);
        reindex(cityB, adminB);
    }

    /** The relevance set: a query and the documents expected first, in any order among themselves. */
    @Test
    void theRelevanceSetFindsWhatPeopleMean() {
        Map<String, List<String>> expectedFirst = Map.of(
                "养老", List.of("organization:elderlyCare", "call:elderlyCall"),
                "elderly",
                        List.of(
                                "organization:elderlyCare",
                                "call:elderlyCall",
                                "campaign:meals",
                                "organization:volunteers"),
                "儿童", List.of("organization:children"),
                "环保", List.of("organization:environment", "call:greenCall"),
                "volunteers", List.of("organization:volunteers"),
                "垃圾分类", List.of("organization:environment"),
                "独居老人", List.of("campaign:meals", "organization:elderlyCare"));
        expectedFirst.forEach((query, expected) -> {
            List<String> found = keys(corpusA, publicSearch(cityA, "q=" + encode(query)));
            assertThat(found.subList(0, Math.min(found.size(), expected.size())))
                    .as("top results for " + query + " on " + SearchBackend.name() + ": " + found)
                    .containsExactlyInAnyOrderElementsOf(expected);
        });
        assertThat(keys(corpusA, publicSearch(cityA, "q=" + encode("养老"))))
                .as("other matches follow; unlisted ones never show")
                .contains("organization:volunteers")
                .doesNotContain("organization:unverified", "call:draftCall", "campaign:draftCampaign");
    }

    @Test
    void facetsCountAndFilter() {
        JsonObject answer = publicSearch(cityA, "q=" + encode("养老"));
        assertThat(facet(answer, "type")).containsEntry("organization", 2L).containsEntry("call", 1L);
        assertThat(facet(answer, "area")).containsEntry("ELDERLY", 2L);
        assertThat(facet(answer, "unit"))
                .as("a district counts what its streets hold")
                .containsEntry(String.valueOf(corpusA.id("D1")), 3L)
                .containsEntry(String.valueOf(corpusA.id("S1")), 1L);
        assertThat(facet(answer, "year")).containsEntry("2026", 1L);

        JsonObject elderlyOnly = publicSearch(cityA, "q=" + encode("养老") + "&area=ELDERLY");
        assertThat(keys(corpusA, elderlyOnly))
                .containsExactlyInAnyOrder("organization:elderlyCare", "organization:volunteers");
        JsonObject inShushan = publicSearch(cityA, "unit=" + corpusA.id("D2"));
        assertThat(keys(corpusA, inShushan))
                .containsExactlyInAnyOrder("organization:children", "organization:environment", "call:greenCall");

        JsonObject callsByFund = publicSearch(cityA, "type=call&sort=amount_desc");
        assertThat(keys(corpusA, callsByFund)).containsExactly("call:elderlyCall", "call:greenCall");
        JsonObject bigCalls = publicSearch(cityA, "type=call&amount=FROM_1M");
        assertThat(keys(corpusA, bigCalls)).containsExactly("call:elderlyCall");
    }

    @Test
    void matchesAreHighlightedAndTheRestEscaped() {
        JsonObject answer = publicSearch(cityA, "q=" + encode("助餐"));
        JsonObject hit = answer.getJsonArray("hits").getJsonObject(0);
        String fragment = hit.getJsonArray("textHighlights").getString(0);
        assertThat(fragment).contains("<mark>").contains("</mark>");
        assertThat(fragment.replaceAll("</?mark>", "")).contains("助餐");

        JsonObject english = publicSearch(cityA, "q=sprouts");
        String title = english.getJsonArray("hits")
                .getJsonObject(0)
                .getJsonArray("titleHighlights")
                .getString(0);
        assertThat(title).contains("<mark>Sprouts</mark>").contains("Children&").doesNotContain("'");
    }

    @Test
    void applicationsAndGrantsAreForStaffOnly() {
        assertThat(keys(corpusA, publicSearch(cityA, "q=" + encode("助餐"))))
                .as("the public finds the organization, never the application or grant")
                .containsExactly("organization:elderlyCare");
        assertThat(visitor.get(api(cityA, "/search?type=submission")).statusCode())
                .isEqualTo(400);
        assertThat(ngoA.get(api(cityA, "/staff/search?q=" + encode("助餐"))).statusCode())
                .isEqualTo(403);
        assertThat(visitor.get(api(cityA, "/staff/search?q=x")).statusCode()).isIn(401, 403);

        JsonObject staff = Http.object(officerA.get(api(cityA, "/staff/search?q=" + encode("助餐"))));
        assertThat(keys(corpusA, staff))
                .as("drafts stay with their authors")
                .containsExactlyInAnyOrder("submission:mealsApplication", "grant:mealsGrant");
        JsonObject byAnswers = Http.object(officerA.get(api(cityA, "/staff/search?q=" + encode("午餐配送"))));
        assertThat(keys(corpusA, byAnswers)).containsExactly("submission:mealsApplication");
        assertThat(facet(staff, "category")).containsEntry("ELDERLY_CARE", 2L);
    }

    @Test
    void theFundingDashboardSumsTheCitysOwnMoney() {
        JsonObject figures = Http.object(officerA.get(api(cityA, "/dashboard/funding")));
        JsonObject elderlyCare = figures.getJsonArray("byCategory").getValuesAs(JsonObject.class).stream()
                .filter(row -> "ELDERLY_CARE".equals(row.getString("key", null)))
                .findFirst()
                .orElseThrow();
        assertThat(elderlyCare.getJsonNumber("requestedMinor").longValue())
                .as("the submitted application counts, the draft does not")
                .isEqualTo(15_000_000L);
        assertThat(elderlyCare.getJsonNumber("awardedMinor").longValue()).isEqualTo(12_000_000L);
        assertThat(figures.getJsonObject("totals")
                        .getJsonNumber("requestedMinor")
                        .longValue())
                .isEqualTo(23_000_000L);
        assertThat(ngoA.get(api(cityA, "/dashboard/funding")).statusCode()).isEqualTo(403);
        assertThat(officerA.get(api(cityB, "/dashboard/funding")).statusCode()).isIn(401, 403, 404);
    }

    @Test
    void eachCityFindsOnlyItsOwnDocuments() {
        for (String query : List.of("养老", "elderly", "社区")) {
            JsonObject inB = publicSearch(cityB, "q=" + encode(query));
            assertThat(inB.getJsonArray("hits")).isNotEmpty();
            assertThat(inB.getJsonArray("hits").getValuesAs(JsonObject.class))
                    .allSatisfy(hit -> assertThat(hit.getString("titleZh", "乙")).doesNotStartWith("甲"));
        }
        HttpResponse<String> crossCity = officerA.get(api(cityB, "/staff/search?q=" + encode("助餐")));
        assertThat(crossCity.statusCode())
                .as("a token of one city opens nothing in another: " + crossCity.body())
                .isIn(401, 403, 404);
    }

    @Test
    void aReindexCatchesUpWithDirectDatabaseChanges() throws Exception {
        String city = TestCities.uniqueSlug("search-c");
        TestCities.create(city, "丙市", "City C");
        Http admin = TestCities.adminWithToken(city);
        SearchCorpus corpus = SearchCorpus.write(city, "丙");
        reindex(city, admin);
        corpus.changeDirectly("elderlyCare", "丙暖阳颐养中心", "environment");
        assertThat(keys(corpus, publicSearch(city, "q=" + encode("颐养")))).isEmpty();
        assertThat(keys(corpus, publicSearch(city, "q=" + encode("垃圾分类")))).containsExactly("organization:environment");

        JsonObject job = reindex(city, admin);
        assertThat(job.getJsonNumber("removed").longValue())
                .as("the deleted row's document")
                .isEqualTo(1);
        assertThat(keys(corpus, publicSearch(city, "q=" + encode("颐养")))).containsExactly("organization:elderlyCare");
        assertThat(keys(corpus, publicSearch(city, "q=" + encode("垃圾分类")))).isEmpty();
        assertThat(keys(corpus, publicSearch(city, "q=" + encode("养老"))))
                .as("running it again changes nothing")
                .contains("call:elderlyCall");

        HttpResponse<String> retired = new Http()
                .basic(TestCities.PLATFORM_ADMIN, TestCities.PLATFORM_PASSWORD)
                .postJson("/api/v1/platform/cities/" + city + "/retirement", "");
        assertThat(retired.statusCode())
                .as("retiring removes the city's documents on this backend too: " + retired.body())
                .isEqualTo(200);
    }

    /** Starts a city reindex and waits for it; answers the finished job. */
    private static JsonObject reindex(String city, Http admin) throws InterruptedException {
        HttpResponse<String> started = admin.postJson(api(city, "/search-index/reindex"), "{}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = Http.object(started).getString("id");
        for (int i = 0; i < 240; i++) {
            JsonObject job = Http.object(admin.get(api(city, "/search-index/jobs/" + id)));
            if (job.getString("phase").equals("DONE")) {
                return job;
            }
            assertThat(job.getString("phase")).as(job.toString()).isNotEqualTo("FAILED");
            Thread.sleep(250);
        }
        throw new AssertionError("reindex of " + city + " did not finish");
    }

    private JsonObject publicSearch(String city, String query) {
        HttpResponse<String> response = visitor.get(api(city, "/search?" + query));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.object(response);
    }

    /** Hits as "type:name" of the corpus, in order. */
    private static List<String> keys(SearchCorpus corpus, JsonObject answer) {
        Map<Long, List<String>> namesById = corpus.ids.entrySet().stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        if (answer.isNull("hits") || answer.get("hits") == null) {
            return List.of();
        }
        return answer.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(hit -> {
                    String type = hit.getString("type").toLowerCase(java.util.Locale.ROOT);
                    long id = hit.getJsonNumber("id").longValue();
                    String name = namesById.getOrDefault(id, List.of("?" + id)).stream()
                            .filter(n -> SearchIT.typeOf(n).equals(type))
                            .findFirst()
                            .orElse("?" + id);
                    return type + ":" + name;
                })
                .toList();
    }

    /** The kind of a corpus name, by the naming used in {@link SearchCorpus}. */
    private static String typeOf(String name) {
        return switch (name) {
            case "elderlyCall", "draftCall", "greenCall" -> "call";
            case "meals", "draftCampaign" -> "campaign";
            case "mealsApplication", "afterSchool", "draftApplication" -> "submission";
            case "mealsGrant" -> "grant";
            case "D1", "D2", "S1", "form" -> "other";
            default -> "organization";
        };
    }

    private static Map<String, Long> facet(JsonObject answer, String key) {
        return answer.getJsonArray("facets").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("key").equals(key))
                .flatMap(f -> f.getJsonArray("values").getValuesAs(JsonObject.class).stream())
                .collect(Collectors.toMap(
                        v -> v.getString("value"), v -> v.getJsonNumber("count").longValue()));
    }

    private static String api(String city, String path) {
        return "/c/" + city + "/api/v1" + path;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
