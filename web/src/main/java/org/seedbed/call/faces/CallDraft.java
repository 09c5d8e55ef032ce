package org.seedbed.call.faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.call.boundary.CallForm;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.control.CallTemplates;
import org.seedbed.call.control.EligibilityRules;
import org.seedbed.call.entity.CallStages;
import org.seedbed.call.entity.CallStatus;

/**
 * The call form of staff/call.xhtml with the version it was loaded at: the terms, the category rows
 * and the eligibility rules, mutable for the page and turned into a {@link CallForm} to save.
 */
public class CallDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long orgUnitId;
    private String titleZh;
    private String titleEn;
    private String descriptionZh;
    private String descriptionEn;
    private BigDecimal fundTotal;
    private BigDecimal budgetMinimum;
    private BigDecimal budgetCap;
    private Integer cofundingPercent;
    private LocalDateTime opensAt;
    private LocalDateTime intentDeadlineAt;
    private LocalDateTime deadlineAt;
    private LocalDate reviewOn;
    private LocalDate noticeOn;
    private LocalDate startOn;
    private CallStages stages = CallStages.ONE_STAGE;
    private List<CategoryDraft> categories = new ArrayList<>();
    private EligibilityDraft eligibility = EligibilityDraft.of(EligibilityRules.defaults());
    private Long version;

    /** A new call: Baohe's six categories and the usual rules, ready to adjust. */
    static CallDraft template() {
        CallDraft draft = new CallDraft();
        CallTemplates.baoheCategories().forEach(c -> draft.categories.add(CategoryDraft.of(c, false)));
        return draft;
    }

    static CallDraft of(CallView view) {
        CallDraft draft = new CallDraft();
        draft.orgUnitId = view.orgUnitId();
        draft.titleZh = view.titleZh();
        draft.titleEn = view.titleEn();
        draft.descriptionZh = view.descriptionZh();
        draft.descriptionEn = view.descriptionEn();
        draft.fundTotal = view.fundTotal();
        draft.budgetMinimum = view.budgetMinimum();
        draft.budgetCap = view.budgetCap();
        draft.cofundingPercent = view.cofundingPercent();
        draft.opensAt = view.opensAtLocal();
        draft.deadlineAt = view.deadlineAtLocal();
        draft.intentDeadlineAt = view.intentDeadlineAtLocal();
        draft.reviewOn = view.reviewOn();
        draft.noticeOn = view.noticeOn();
        draft.startOn = view.startOn();
        draft.stages = view.stages();
        // Once applicants could choose a category, its code names it in their submissions.
        boolean locked = view.status() != CallStatus.DRAFT;
        view.categories().forEach(c -> draft.categories.add(CategoryDraft.of(c, locked)));
        draft.eligibility = EligibilityDraft.of(view.eligibility());
        draft.version = view.version();
        return draft;
    }

    CallForm toForm() {
        return new CallForm(
                orgUnitId,
                titleZh,
                titleEn,
                descriptionZh,
                descriptionEn,
                fundTotal,
                budgetMinimum,
                budgetCap,
                cofundingPercent,
                opensAt,
                deadlineAt,
                intentDeadlineAt,
                reviewOn,
                noticeOn,
                startOn,
                stages,
                categories.stream()
                        .filter(c -> !c.isBlank())
                        .map(CategoryDraft::toForm)
                        .toList(),
                eligibility.toRules(),
                version);
    }

    void addCategory() {
        categories.add(new CategoryDraft());
    }

    void removeCategory(CategoryDraft category) {
        categories.remove(category);
    }

    public LocalDateTime getIntentDeadlineAt() {
        return intentDeadlineAt;
    }

    public void setIntentDeadlineAt(LocalDateTime intentDeadlineAt) {
        this.intentDeadlineAt = intentDeadlineAt;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
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

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public void setDescriptionZh(String descriptionZh) {
        this.descriptionZh = descriptionZh;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public BigDecimal getFundTotal() {
        return fundTotal;
    }

    public void setFundTotal(BigDecimal fundTotal) {
        this.fundTotal = fundTotal;
    }

    public BigDecimal getBudgetMinimum() {
        return budgetMinimum;
    }

    public void setBudgetMinimum(BigDecimal budgetMinimum) {
        this.budgetMinimum = budgetMinimum;
    }

    public BigDecimal getBudgetCap() {
        return budgetCap;
    }

    public void setBudgetCap(BigDecimal budgetCap) {
        this.budgetCap = budgetCap;
    }

    public Integer getCofundingPercent() {
        return cofundingPercent;
    }

    public void setCofundingPercent(Integer cofundingPercent) {
        this.cofundingPercent = cofundingPercent;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getDeadlineAt() {
        return deadlineAt;
    }

    public void setDeadlineAt(LocalDateTime deadlineAt) {
        this.deadlineAt = deadlineAt;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public LocalDate getNoticeOn() {
        return noticeOn;
    }

    public void setNoticeOn(LocalDate noticeOn) {
        this.noticeOn = noticeOn;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public void setStartOn(LocalDate startOn) {
        this.startOn = startOn;
    }

    public CallStages getStages() {
        return stages;
    }

    public void setStages(CallStages stages) {
        this.stages = stages;
    }

    public List<CategoryDraft> getCategories() {
        return categories;
    }

    public EligibilityDraft getEligibility() {
        return eligibility;
    }

    public Long getVersion() {
        return version;
    }
}
