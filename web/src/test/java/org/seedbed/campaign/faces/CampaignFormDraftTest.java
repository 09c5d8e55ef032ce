package org.seedbed.campaign.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedbed.campaign.boundary.CampaignForm;
import org.seedbed.campaign.boundary.CampaignView;
import org.seedbed.campaign.entity.Campaign;

class CampaignFormDraftTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void startsWithOneEmptyBudgetLineAndNoCampaign() {
        CampaignFormDraft draft = CampaignFormDraft.blank();

        assertThat(draft.isEditing()).isFalse();
        assertThat(draft.getBudgetLines()).hasSize(1);
        assertThat(draft.getBudgetTotal()).isEqualByComparingTo("0");
    }

    @Test
    void readsWallClockTimesInTheCitysZone() {
        CampaignFormDraft draft = CampaignFormDraft.blank();
        draft.setStartsAt(LocalDateTime.of(2025, 9, 7, 0, 0));
        draft.setEndsAt(LocalDateTime.of(2025, 9, 9, 23, 59));

        CampaignForm form = draft.toForm(SHANGHAI);

        assertThat(form.startsAt()).isEqualTo(Instant.parse("2025-09-06T16:00:00Z"));
        assertThat(form.endsAt()).isEqualTo(Instant.parse("2025-09-09T15:59:00Z"));
    }

    @Test
    void leavesEntirelyEmptyBudgetLinesOut() {
        CampaignFormDraft draft = CampaignFormDraft.blank();
        draft.getBudgetLines().get(0).setItem("Books");
        draft.getBudgetLines().get(0).setAmount(new BigDecimal("1200"));
        draft.addLine();
        draft.addLine();
        draft.getBudgetLines().get(2).setCategory("  ");

        CampaignForm form = draft.toForm(SHANGHAI);

        assertThat(form.budgetLines())
                .containsExactly(new CampaignForm.BudgetLine(null, "Books", new BigDecimal("1200")));
    }

    @Test
    void keepsAHalfFilledLineSoTheUseCaseCanSayWhatIsMissing() {
        CampaignFormDraft draft = CampaignFormDraft.blank();
        draft.getBudgetLines().get(0).setCategory("Materials");

        assertThat(draft.toForm(SHANGHAI).budgetLines()).hasSize(1);
    }

    @Test
    void removesTheChosenLineAndIgnoresAnIndexThatIsNotThere() {
        CampaignFormDraft draft = CampaignFormDraft.blank();
        draft.getBudgetLines().get(0).setItem("first");
        draft.addLine();
        draft.getBudgetLines().get(1).setItem("second");

        draft.removeLine(5);
        draft.removeLine(-1);
        draft.removeLine(0);

        assertThat(draft.getBudgetLines())
                .extracting(CampaignFormDraft.BudgetLineRow::getItem)
                .containsExactly("second");
    }

    @Test
    void addsUpTheBudgetLinesThatHaveAnAmount() {
        CampaignFormDraft draft = CampaignFormDraft.blank();
        draft.getBudgetLines().get(0).setAmount(new BigDecimal("1000.50"));
        draft.addLine();
        draft.addLine();
        draft.getBudgetLines().get(2).setAmount(new BigDecimal("99.50"));

        assertThat(draft.getBudgetTotal()).isEqualByComparingTo("1100");
    }

    @Test
    void editsASavedCampaignAsItWasWithItsVersion() {
        CampaignView saved = campaign(Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("category", "Materials")
                        .add("item", "Picture books")
                        .add("amount", new BigDecimal("3000.00")))
                .build());

        CampaignFormDraft draft = CampaignFormDraft.of(saved, SHANGHAI);

        assertThat(draft.isEditing()).isTrue();
        assertThat(draft.getCampaignId()).isEqualTo(7L);
        assertThat(draft.getOrganizationName()).isEqualTo("Sunflower Library");
        assertThat(draft.getStartsAt()).isEqualTo(LocalDateTime.of(2025, 9, 7, 8, 0));
        assertThat(draft.getBudgetLines()).singleElement().satisfies(line -> {
            assertThat(line.getCategory()).isEqualTo("Materials");
            assertThat(line.getItem()).isEqualTo("Picture books");
            assertThat(line.getAmount()).isEqualByComparingTo("3000");
        });
        CampaignForm form = draft.toForm(SHANGHAI);
        assertThat(form.version()).isEqualTo(4L);
        assertThat(form.startsAt()).isEqualTo(saved.startsAt());
        assertThat(form.endsAt()).isEqualTo(saved.endsAt());
        assertThat(form.goal()).isEqualByComparingTo("50000");
        assertThat(form.organizationId()).isEqualTo(3L);
    }

    @Test
    void offersAnEmptyLineWhenTheSavedCampaignHasNoBudget() {
        CampaignFormDraft draft =
                CampaignFormDraft.of(campaign(Json.createArrayBuilder().build()), SHANGHAI);

        assertThat(draft.getBudgetLines()).hasSize(1);
        assertThat(draft.toForm(SHANGHAI).budgetLines()).isEmpty();
    }

    private static CampaignView campaign(JsonArray budgetLines) {
        return new CampaignView(
                7,
                3,
                "Sunflower Library",
                null,
                "向日葵图书角",
                "Sunflower reading corner",
                "故事",
                null,
                new BigDecimal("50000.00"),
                "CNY",
                Instant.parse("2025-09-07T00:00:00Z"),
                Instant.parse("2025-09-30T16:00:00Z"),
                Campaign.Status.DRAFT,
                null,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                0,
                0,
                false,
                budgetLines,
                "officer",
                Instant.parse("2025-08-01T00:00:00Z"),
                4,
                List.of(),
                List.of(),
                List.of());
    }
}
