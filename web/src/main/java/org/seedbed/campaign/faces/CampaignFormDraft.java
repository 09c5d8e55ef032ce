package org.seedbed.campaign.faces;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.campaign.boundary.CampaignForm;
import org.seedbed.campaign.boundary.CampaignView;

/**
 * A campaign as its editor fills it in, on the officers' pages and the organization's: times are
 * the city's wall-clock times (the form sends instants), and budget lines are rows that can be
 * added and removed before saving. Rows left entirely empty are not sent.
 */
public class CampaignFormDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long campaignId;
    private String organizationName;
    private Long organizationId;
    private Long grantId;
    private String titleZh;
    private String titleEn;
    private String storyZh;
    private String storyEn;
    private BigDecimal goal;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private final List<BudgetLineRow> budgetLines = new ArrayList<>();
    private Long version;

    /** A new campaign with one empty budget line to start from. */
    public static CampaignFormDraft blank() {
        CampaignFormDraft draft = new CampaignFormDraft();
        draft.addLine();
        return draft;
    }

    /** The campaign as saved, to change it; its times shown in {@code zone}. */
    public static CampaignFormDraft of(CampaignView campaign, ZoneId zone) {
        CampaignFormDraft draft = new CampaignFormDraft();
        draft.campaignId = campaign.id();
        draft.organizationId = campaign.organizationId();
        draft.organizationName = campaign.organizationName();
        draft.grantId = campaign.grantId();
        draft.titleZh = campaign.titleZh();
        draft.titleEn = campaign.titleEn();
        draft.storyZh = campaign.storyZh();
        draft.storyEn = campaign.storyEn();
        draft.goal = campaign.goal();
        draft.startsAt = local(campaign.startsAt(), zone);
        draft.endsAt = local(campaign.endsAt(), zone);
        draft.version = campaign.version();
        draft.budgetLines.addAll(rows(campaign.budgetLines()));
        if (draft.budgetLines.isEmpty()) {
            draft.addLine();
        }
        return draft;
    }

    /** What the use case takes; wall-clock times are read in {@code zone}. */
    public CampaignForm toForm(ZoneId zone) {
        List<CampaignForm.BudgetLine> lines = budgetLines.stream()
                .filter(row -> !row.isEmpty())
                .map(row -> new CampaignForm.BudgetLine(row.getCategory(), row.getItem(), row.getAmount()))
                .toList();
        return new CampaignForm(
                organizationId,
                grantId,
                titleZh,
                titleEn,
                storyZh,
                storyEn,
                goal,
                instant(startsAt, zone),
                instant(endsAt, zone),
                lines,
                version);
    }

    public void addLine() {
        budgetLines.add(new BudgetLineRow());
    }

    public void removeLine(int index) {
        if (index >= 0 && index < budgetLines.size()) {
            budgetLines.remove(index);
        }
    }

    /** What the budget lines add up to, to set beside the goal. */
    public BigDecimal getBudgetTotal() {
        return budgetLines.stream()
                .map(BudgetLineRow::getAmount)
                .filter(amount -> amount != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether the draft changes a saved campaign (whose organization stays as it is). */
    public boolean isEditing() {
        return campaignId != null;
    }

    /** The budget lines as a campaign keeps them (JSON objects with category, item and amount). */
    static List<BudgetLineRow> rows(JsonArray lines) {
        List<BudgetLineRow> rows = new ArrayList<>();
        if (lines == null) {
            return rows;
        }
        for (JsonValue value : lines) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                continue;
            }
            JsonObject line = value.asJsonObject();
            BudgetLineRow row = new BudgetLineRow();
            row.setCategory(line.getString("category", null));
            row.setItem(line.getString("item", null));
            JsonValue amount = line.get("amount");
            if (amount instanceof JsonNumber number) {
                row.setAmount(number.bigDecimalValue());
            }
            rows.add(row);
        }
        return rows;
    }

    static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    static Instant instant(LocalDateTime time, ZoneId zone) {
        return time == null ? null : time.atZone(zone).toInstant();
    }

    /** One line of the project's budget the money pays for. */
    public static class BudgetLineRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String category;
        private String item;
        private BigDecimal amount;

        boolean isEmpty() {
            return blank(category) && blank(item) && amount == null;
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public String getItem() {
            return item;
        }

        public void setItem(String item) {
            this.item = item;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public Long getGrantId() {
        return grantId;
    }

    public void setGrantId(Long grantId) {
        this.grantId = grantId;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getStoryZh() {
        return storyZh;
    }

    public void setStoryZh(String storyZh) {
        this.storyZh = storyZh;
    }

    public String getStoryEn() {
        return storyEn;
    }

    public void setStoryEn(String storyEn) {
        this.storyEn = storyEn;
    }

    public BigDecimal getGoal() {
        return goal;
    }

    public void setGoal(BigDecimal goal) {
        this.goal = goal;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public List<BudgetLineRow> getBudgetLines() {
        return budgetLines;
    }

    public Long getVersion() {
        return version;
    }
}
