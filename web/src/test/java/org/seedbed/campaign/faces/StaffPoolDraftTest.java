package org.seedbed.campaign.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.seedbed.campaign.boundary.PoolForm;
import org.seedbed.campaign.entity.MatchingPool;

class StaffPoolDraftTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void startsAsOneToOneMatchingOfACampaignOverEightShards() {
        StaffPoolDraft draft = new StaffPoolDraft();

        PoolForm form = draft.toForm(SHANGHAI);

        assertThat(form.scope()).isEqualTo(MatchingPool.Scope.CAMPAIGN);
        assertThat(form.ratio()).isEqualByComparingTo("1");
        assertThat(form.shards()).isEqualTo(8);
        assertThat(form.priority()).isZero();
        assertThat(draft.getRatioText()).isEqualTo("1:1");
    }

    @Test
    void sendsOnlyTheTargetOfTheChosenScope() {
        StaffPoolDraft draft = new StaffPoolDraft();
        draft.setCampaignId(4L);
        draft.setCallId(9L);
        draft.setEventDay(LocalDate.of(2025, 9, 9));

        draft.setScope(MatchingPool.Scope.CALL);
        PoolForm call = draft.toForm(SHANGHAI);
        draft.setScope(MatchingPool.Scope.CITY);
        PoolForm city = draft.toForm(SHANGHAI);

        assertThat(call.callId()).isEqualTo(9L);
        assertThat(call.campaignId()).isNull();
        assertThat(call.eventDay()).isNull();
        assertThat(city.eventDay()).isEqualTo(LocalDate.of(2025, 9, 9));
        assertThat(city.campaignId()).isNull();
        assertThat(city.callId()).isNull();
    }

    @Test
    void readsThePeriodInTheCitysZoneAndKeepsTheDailyRhythm() {
        StaffPoolDraft draft = new StaffPoolDraft();
        draft.setStartsAt(LocalDateTime.of(2025, 9, 7, 0, 0));
        draft.setEndsAt(LocalDateTime.of(2025, 9, 10, 0, 0));
        draft.setDailyOpensAt(LocalTime.of(10, 0));
        draft.setDailyRelease(new BigDecimal("30000"));

        PoolForm form = draft.toForm(SHANGHAI);

        assertThat(form.startsAt()).isEqualTo(Instant.parse("2025-09-06T16:00:00Z"));
        assertThat(form.endsAt()).isEqualTo(Instant.parse("2025-09-09T16:00:00Z"));
        assertThat(form.dailyOpensAt()).isEqualTo(LocalTime.of(10, 0));
        assertThat(form.dailyRelease()).isEqualByComparingTo("30000");
    }

    @Test
    void fallsBackToEightShardsWhenTheFieldIsCleared() {
        StaffPoolDraft draft = new StaffPoolDraft();
        draft.setShards(null);

        assertThat(draft.toForm(SHANGHAI).shards()).isEqualTo(8);
    }

    @Test
    void writesTheRatioAsDonorsReadIt() {
        StaffPoolDraft draft = new StaffPoolDraft();
        draft.setRatio(new BigDecimal("0.500"));

        assertThat(draft.getRatioText()).isEqualTo("0.5:1");
    }
}
