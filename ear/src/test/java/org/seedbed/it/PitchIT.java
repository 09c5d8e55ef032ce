package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seedbed.organization.control.UnifiedSocialCreditCode;

/**
 * Live pitch mode through the API: the chair opens a pitch once assignments are released, the
 * board keeps scores sealed until every expert due has submitted, the aggregate then appears, the
 * chair's event stream announces each change, opening the next pitch closes the last, and another
 * city's chair and experts reach none of it.
 */
@ExtendWith(ArquillianExtension.class)
class PitchIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private static final List<String> CRITERIA =
            List.of("NEED", "FEASIBILITY", "INNOVATION", "SUSTAINABILITY", "BUDGET", "CAPACITY");

    @Test
    void scoresStaySealedUntilTheWholePanelHasScoredAndTheChairIsTold() throws Exception {
        CallFixtures city = new CallFixtures("pitch", "路演市");
        long call = reviewedCall(city);
        List<Long> applications = applications(city, call, 2);
        Map<String, Http> experts = panel(city, call, List.of("judge-a", "judge-b", "judge-c"));
        String pitches = city.api("/calls/" + call + "/review/pitches");

        assertThat(city.officer
                        .putJson(pitches + "/current", open(applications.get(0), 5))
                        .statusCode())
                .as("no pitch before the assignments are released")
                .isEqualTo(409);
        city.officer.putJson(city.api("/calls/" + call + "/review/panel"), "{\"reviewersNeeded\":3}");
        city.officer.postJson(city.api("/calls/" + call + "/review/assignments/computation"), "");
        city.officer.postJson(city.api("/calls/" + call + "/review/assignments/release"), "");

        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> stream = city.officer.events(pitches + "/events");
        assertThat(stream.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> stream.body()
                .filter(line -> line.startsWith("event:"))
                .map(line -> line.substring("event:".length()).strip())
                .forEach(events::add));
        reader.setDaemon(true);
        reader.start();
        assertThat(events.poll(20, TimeUnit.SECONDS)).isEqualTo("ready");

        assertThat(city.officer
                        .putJson(pitches + "/current", open(applications.get(0), 0))
                        .statusCode())
                .as("a speaking time of at least a minute")
                .isEqualTo(400);
        JsonObject board = Http.object(city.officer.putJson(pitches + "/current", open(applications.get(0), 5)));
        JsonObject current = board.getJsonObject("current");
        assertThat(current.getJsonNumber("submissionId").longValue()).isEqualTo(applications.get(0));
        assertThat(current.getString("status")).isEqualTo("OPEN");
        assertThat(current.getJsonArray("seats")).hasSize(3);
        assertThat(current.getBoolean("sealed")).isTrue();
        assertThat(current.get("result")).as("no result while sealed").isIn(null, JsonValue.NULL);
        assertThat(events.poll(20, TimeUnit.SECONDS))
                .as("the chair's screen is told")
                .isEqualTo("pitch");

        JsonObject live = Http.array(experts.get("judge-a").get(city.api("/reviews/pitches")))
                .getJsonObject(0);
        assertThat(live.getJsonNumber("callId").longValue()).isEqualTo(call);

        Map<String, Integer> levels = new LinkedHashMap<>(Map.of("judge-a", 9, "judge-b", 6, "judge-c", 8));
        List<String> names = new ArrayList<>(levels.keySet());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            score(city, experts.get(name), applications.get(0), levels.get(name));
            assertThat(events.poll(20, TimeUnit.SECONDS))
                    .as("each submitted sheet is announced")
                    .isEqualTo("pitch");
            JsonObject now = Http.object(city.officer.get(pitches)).getJsonObject("current");
            if (i < names.size() - 1) {
                assertThat(now.getBoolean("sealed"))
                        .as("sealed while %s of 3 are in", i + 1)
                        .isTrue();
                assertThat(now.get("result")).isIn(null, JsonValue.NULL);
                assertThat(now.getJsonArray("seats").stream()
                                .filter(seat -> seat.asJsonObject().getBoolean("submitted"))
                                .count())
                        .isEqualTo(i + 1);
            } else {
                assertThat(now.getBoolean("sealed")).isFalse();
                JsonObject result = now.getJsonObject("result");
                assertThat(result.getJsonNumber("mean").doubleValue()).isEqualTo(76.67);
                assertThat(result.getJsonNumber("trimmedMean").doubleValue())
                        .as("without the highest (90) and the lowest (60)")
                        .isEqualTo(80.0);
                assertThat(result.getJsonNumber("median").doubleValue()).isEqualTo(80.0);
            }
        }

        JsonObject next = Http.object(city.officer.putJson(pitches + "/current", open(applications.get(1), 8)));
        assertThat(next.getJsonObject("current").getJsonNumber("submissionId").longValue())
                .isEqualTo(applications.get(1));
        assertThat(next.getJsonArray("lineup").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(item -> "OPEN".equals(item.getString("status", null)))
                        .count())
                .as("one pitch at a time")
                .isEqualTo(1);
        assertThat(Http.object(city.officer.delete(pitches + "/current"))
                        .getJsonObject("current")
                        .getString("status"))
                .isEqualTo("CLOSED");
        assertThat(city.officer.delete(pitches + "/current").statusCode()).isEqualTo(409);

        CallFixtures other = new CallFixtures("pitch", "另一市");
        assertThat(other.officer
                        .get(other.api("/calls/" + call + "/review/pitches"))
                        .statusCode())
                .as("another city's chair does not find the call")
                .isEqualTo(404);
        assertThat(other.officer
                        .events(other.api("/calls/" + call + "/review/pitches/events"))
                        .statusCode())
                .as("nor its event stream")
                .isEqualTo(404);
        Http outsider = TestCities.person(other.city, other.admin, "judge-a", "REVIEWER");
        city.officer.putJson(pitches + "/current", open(applications.get(1), 8));
        assertThat(outsider.get(other.api("/reviews/pitches")).body()).isEqualTo("[]");
        stream.body().close();
    }

    private static String open(long submission, int minutes) {
        return "{\"submissionId\":%d,\"minutes\":%d}".formatted(submission, minutes);
    }

    static long reviewedCall(CallFixtures city) {
        return city.publishedCall(
                        "2026年路演测试创投",
                        LocalDateTime.now(CallFixtures.SHANGHAI).plusDays(10).withNano(0))
                .getJsonNumber("id")
                .longValue();
    }

    /** Eligible applications of as many verified organizations. */
    static List<Long> applications(CallFixtures city, long call, int count) {
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long organization = i == 0
                    ? city.organization
                    : city.verifiedOrganization(
                            city.ngo, "路演测试机构" + i, UnifiedSocialCreditCode.withCheckCharacters("52340111MJB0000" + i));
            long submission = city.start(city.ngo, call, organization, "路演项目" + i);
            city.ngo.putJson(
                    city.api("/submissions/" + submission),
                    CallFixtures.draft("路演项目" + i, CallFixtures.answers(90_000), 0));
            assertThat(city.ngo
                            .postJson(city.api("/submissions/" + submission + "/submission"), "")
                            .statusCode())
                    .isEqualTo(200);
            city.officer.postJson(city.api("/submissions/" + submission + "/screening"), "{\"decision\":\"ELIGIBLE\"}");
            applications.add(submission);
        }
        return applications;
    }

    /** Experts added to the pool, invited to the call's panel, each accepting with their own name. */
    static Map<String, Http> panel(CallFixtures city, long call, List<String> names) {
        Map<String, Http> experts = new LinkedHashMap<>();
        for (String name : names) {
            Http http = TestCities.person(city.city, city.admin, name, "REVIEWER");
            experts.put(name, http);
            long expert = Http.object(city.officer.postJson(
                            city.api("/experts"), "{\"username\":\"%s\",\"maxLoad\":5}".formatted(name)))
                    .getJsonNumber("id")
                    .longValue();
            city.officer.postJson(
                    city.api("/calls/" + call + "/review/panel/members"), "{\"expertId\":%d}".formatted(expert));
            long member = Http.array(http.get(city.api("/reviews/panels")))
                    .getJsonObject(0)
                    .getJsonNumber("memberId")
                    .longValue();
            http.postJson(
                    city.api("/reviews/panels/" + member + "/acceptance"), "{\"signedName\":\"%s\"}".formatted(name));
        }
        return experts;
    }

    /** Scores every criterion at one level and submits the sheet of the expert's assignment to the application. */
    static void score(CallFixtures city, Http expert, long application, int level) {
        long assignment = Http.array(expert.get(city.api("/reviews/assignments"))).stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonNumber("submissionId").longValue() == application)
                .findFirst()
                .orElseThrow()
                .getJsonNumber("assignmentId")
                .longValue();
        StringBuilder scores = new StringBuilder();
        for (String code : CRITERIA) {
            scores.append(scores.isEmpty() ? "" : ",").append("\"%s\":%d".formatted(code, level));
        }
        assertThat(expert.putJson(
                                city.api("/reviews/assignments/" + assignment + "/sheet"),
                                "{\"scores\":{%s},\"recommendation\":\"FUND\"}".formatted(scores))
                        .statusCode())
                .isEqualTo(200);
        assertThat(expert.postJson(city.api("/reviews/assignments/" + assignment + "/sheet/submission"), "")
                        .statusCode())
                .isEqualTo(200);
    }
}
