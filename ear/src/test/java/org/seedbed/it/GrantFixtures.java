package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A city whose call has final awards: applications reviewed by a panel of three, funded, the public
 * notice (a few seconds long) closed and the awards finalized — what grants are made of.
 */
final class GrantFixtures {

    final CallFixtures city;
    final long call;
    final List<Long> awards;

    GrantFixtures(String prefix, String nameZh, int applications) throws InterruptedException {
        city = new CallFixtures(prefix, nameZh);
        call = PitchIT.reviewedCall(city);
        awards = PitchIT.applications(city, call, applications);
        Map<String, Http> experts =
                PitchIT.panel(city, call, List.of("grant-judge-a", "grant-judge-b", "grant-judge-c"));
        city.officer.putJson(city.api("/calls/" + call + "/review/panel"), "{\"reviewersNeeded\":3}");
        city.officer.postJson(city.api("/calls/" + call + "/review/assignments/computation"), "");
        city.officer.postJson(city.api("/calls/" + call + "/review/assignments/release"), "");
        for (long application : awards) {
            for (Http expert : experts.values()) {
                PitchIT.score(city, expert, application, 8);
            }
            assertThat(city.officer
                            .putJson(
                                    city.api("/calls/" + call + "/review/decisions/" + application),
                                    "{\"outcome\":\"FUNDED\",\"amount\":90000,\"reason\":\"评审通过。\"}")
                            .statusCode())
                    .isEqualTo(200);
        }
        LocalDateTime closes =
                LocalDateTime.now(CallFixtures.SHANGHAI).plusSeconds(3).withNano(0);
        assertThat(city.officer
                        .postJson(city.api("/calls/" + call + "/review/notice?closesAt=" + closes), "")
                        .statusCode())
                .isEqualTo(200);
        while (!LocalDateTime.now(CallFixtures.SHANGHAI).isAfter(closes.plusSeconds(1))) {
            Thread.sleep(250);
        }
        JsonObject finalized =
                Http.object(city.officer.postJson(city.api("/calls/" + call + "/review/finalization"), ""));
        assertThat(finalized.getJsonArray("awards")).hasSize(applications);
    }

    String api(String path) {
        return city.api(path);
    }
}
