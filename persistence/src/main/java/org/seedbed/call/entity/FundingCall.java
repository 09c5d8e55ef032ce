package org.seedbed.call.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.seedbed.money.Money;
import org.seedbed.orgunit.entity.OrgUnit;

/**
 * A venture-philanthropy call of an org unit (a district's 公益创投, a street's 公益微创投): the
 * aggregate root of its categories and form versions.
 *
 * <p>Life cycle: officers draft it; {@link #publish publishing} freezes the current form as a new
 * {@link FormVersion} and opens it to applications from {@code opensAt} until {@code deadlineAt};
 * it is then {@link #close closed} (review follows) and finally {@link #archive archived}. The form
 * of a published call may still be edited: publishing again makes the next version, and
 * submissions keep the version they were started with.
 */
@Entity
@Table(name = "funding_call")
public class FundingCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    @Column(name = "title_zh", nullable = false)
    private String titleZh;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "description_zh")
    private String descriptionZh;

    @Column(name = "description_en")
    private String descriptionEn;

    @Column(name = "fund_total_minor", nullable = false)
    private long fundTotalMinor;

    @Column(columnDefinition = "char(3)", nullable = false)
    private String currency;

    @Column(name = "budget_min_minor")
    private Long budgetMinMinor;

    @Column(name = "budget_cap_minor")
    private Long budgetCapMinor;

    @Column(name = "cofunding_percent")
    private Integer cofundingPercent;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "deadline_at", nullable = false)
    private Instant deadlineAt;

    /** A two-stage call's deadline for letters of intent; proposals are due by {@code deadlineAt}. */
    @Column(name = "intent_deadline_at")
    private Instant intentDeadlineAt;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Column(name = "notice_on")
    private LocalDate noticeOn;

    @Column(name = "start_on")
    private LocalDate startOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallStages stages;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallStatus status;

    /** The eligibility rules as JSON (see the call control's rules). */
    @Column(nullable = false)
    private String eligibility;

    /** The review rubric as JSON: weighted criteria with scales and guidance (the review feature reads it). */
    private String rubric;

    /** How the call's grants are paid, e.g. "50/30/20"; null for the standard plan. */
    @Column(name = "tranche_plan")
    private String tranchePlan;

    /** The form as officers are editing it, JSON; published versions are frozen copies. */
    @Column(name = "form_draft", nullable = false)
    private String formDraft;

    /** A two-stage call's letter-of-intent form as officers are editing it, JSON. */
    @Column(name = "intent_form_draft")
    private String intentFormDraft;

    /**
     * The questions its grants' progress and final reports ask besides the narrative and the
     * indicators, JSON; each report copies them when it is scheduled. Null asks none.
     */
    @Column(name = "report_form")
    private String reportForm;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_category", joinColumns = @JoinColumn(name = "call_id"))
    @OrderBy("sortOrder")
    private List<CallCategory> categories = new ArrayList<>();

    @OneToMany(mappedBy = "call", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<FormVersion> formVersions = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected FundingCall() {}

    public FundingCall(OrgUnit orgUnit, String createdBy, Instant now) {
        this.orgUnit = orgUnit;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = CallStatus.DRAFT;
        this.stages = CallStages.ONE_STAGE;
    }

    /** Everything officers set about a call; money in minor units of {@code currency}. */
    public record Terms(
            OrgUnit orgUnit,
            String titleZh,
            String titleEn,
            String descriptionZh,
            String descriptionEn,
            Money fundTotal,
            Money budgetMinimum,
            Money budgetCap,
            Integer cofundingPercent,
            Instant opensAt,
            Instant deadlineAt,
            Instant intentDeadlineAt,
            LocalDate reviewOn,
            LocalDate noticeOn,
            LocalDate startOn,
            CallStages stages,
            String eligibility,
            List<CallCategory> categories) {}

    public void describe(Terms terms) {
        this.orgUnit = terms.orgUnit();
        this.titleZh = terms.titleZh();
        this.titleEn = terms.titleEn();
        this.descriptionZh = terms.descriptionZh();
        this.descriptionEn = terms.descriptionEn();
        this.currency = terms.fundTotal().currency().getCurrencyCode();
        this.fundTotalMinor = terms.fundTotal().minor();
        this.budgetMinMinor =
                terms.budgetMinimum() == null ? null : terms.budgetMinimum().minor();
        this.budgetCapMinor =
                terms.budgetCap() == null ? null : terms.budgetCap().minor();
        this.cofundingPercent = terms.cofundingPercent();
        this.opensAt = terms.opensAt();
        this.deadlineAt = terms.deadlineAt();
        this.intentDeadlineAt = terms.stages() == CallStages.TWO_STAGE ? terms.intentDeadlineAt() : null;
        this.reviewOn = terms.reviewOn();
        this.noticeOn = terms.noticeOn();
        this.startOn = terms.startOn();
        this.stages = terms.stages();
        this.eligibility = terms.eligibility();
        this.categories.clear();
        this.categories.addAll(terms.categories());
    }

    public void editForm(String definition) {
        this.formDraft = definition;
    }

    /** The review rubric as JSON (weighted criteria, see the review feature). */
    public void editRubric(String rubric) {
        this.rubric = rubric;
    }

    /** Remembers the tranche plan the call's grants are made with, so the next award starts from it. */
    public void useTranchePlan(String plan) {
        this.tranchePlan = plan;
    }

    public String tranchePlan() {
        return tranchePlan;
    }

    public void editIntentForm(String definition) {
        this.intentFormDraft = definition;
    }

    /** Report questions may change at any time: reports already scheduled keep their copy. */
    public void editReportForm(String definition) {
        this.reportForm = definition;
    }

    public String reportForm() {
        return reportForm;
    }

    /**
     * Freezes the current form (and a two-stage call's letter-of-intent form) as their next versions
     * and opens the call; a form unchanged since its last version keeps that version.
     */
    public FormVersion publish(Instant now) {
        if (status == CallStatus.CLOSED || status == CallStatus.ARCHIVED) {
            throw new IllegalStateException("a " + status + " call cannot be published");
        }
        if (stages == CallStages.TWO_STAGE) {
            freeze(ApplicationStage.INTENT, intentFormDraft, now);
        }
        FormVersion proposal = freeze(ApplicationStage.PROPOSAL, formDraft, now);
        status = CallStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
        return proposal;
    }

    private FormVersion freeze(ApplicationStage purpose, String draft, Instant now) {
        Optional<FormVersion> current = currentForm(purpose);
        if (current.isPresent() && current.get().definition().equals(draft)) {
            return current.get();
        }
        int number =
                (int) formVersions.stream().filter(v -> v.purpose() == purpose).count() + 1;
        FormVersion next = new FormVersion(this, purpose, number, draft, now);
        formVersions.add(next);
        return next;
    }

    public void close(Instant now) {
        if (status != CallStatus.PUBLISHED) {
            throw new IllegalStateException("only a published call can be closed");
        }
        status = CallStatus.CLOSED;
        closedAt = now;
    }

    public void archive() {
        if (status == CallStatus.PUBLISHED) {
            throw new IllegalStateException("close the call before archiving it");
        }
        status = CallStatus.ARCHIVED;
    }

    /** Whether proposals are accepted at {@code now}: published, opened, deadline not passed. */
    public boolean acceptsSubmissionsAt(Instant now) {
        return status == CallStatus.PUBLISHED && !now.isBefore(opensAt) && now.isBefore(deadlineAt);
    }

    /** Whether a two-stage call takes letters of intent at {@code now}. */
    public boolean acceptsIntentsAt(Instant now) {
        return stages == CallStages.TWO_STAGE
                && status == CallStatus.PUBLISHED
                && intentDeadlineAt != null
                && !now.isBefore(opensAt)
                && now.isBefore(intentDeadlineAt);
    }

    /** Whether an organization may start an application now: with a letter of intent when there are two stages. */
    public boolean acceptsNewApplicationsAt(Instant now) {
        return stages == CallStages.TWO_STAGE ? acceptsIntentsAt(now) : acceptsSubmissionsAt(now);
    }

    /** The stage a new application starts in. */
    public ApplicationStage firstStage() {
        return stages == CallStages.TWO_STAGE ? ApplicationStage.INTENT : ApplicationStage.PROPOSAL;
    }

    /** The latest proposal form applicants get. */
    public Optional<FormVersion> currentForm() {
        return currentForm(ApplicationStage.PROPOSAL);
    }

    public Optional<FormVersion> currentForm(ApplicationStage purpose) {
        return formVersions.stream()
                .filter(v -> v.purpose() == purpose)
                .max(Comparator.comparingInt(FormVersion::number));
    }

    public Optional<CallCategory> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public String title(Locale language) {
        return "zh".equals(language.getLanguage()) || titleEn == null || titleEn.isBlank() ? titleZh : titleEn;
    }

    public Money fundTotal() {
        return Money.ofMinor(fundTotalMinor, currency);
    }

    public Money budgetMinimum() {
        return budgetMinMinor == null ? null : Money.ofMinor(budgetMinMinor, currency);
    }

    public Money budgetCap() {
        return budgetCapMinor == null ? null : Money.ofMinor(budgetCapMinor, currency);
    }

    public Long id() {
        return id;
    }

    public OrgUnit orgUnit() {
        return orgUnit;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    public String descriptionZh() {
        return descriptionZh;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    public String currency() {
        return currency;
    }

    public Integer cofundingPercent() {
        return cofundingPercent;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant deadlineAt() {
        return deadlineAt;
    }

    public LocalDate reviewOn() {
        return reviewOn;
    }

    public LocalDate noticeOn() {
        return noticeOn;
    }

    public LocalDate startOn() {
        return startOn;
    }

    public CallStages stages() {
        return stages;
    }

    public CallStatus status() {
        return status;
    }

    public String eligibility() {
        return eligibility;
    }

    public String rubric() {
        return rubric;
    }

    public Instant intentDeadlineAt() {
        return intentDeadlineAt;
    }

    public String intentFormDraft() {
        return intentFormDraft;
    }

    public String formDraft() {
        return formDraft;
    }

    public List<CallCategory> categories() {
        return List.copyOf(categories);
    }

    public List<FormVersion> formVersions() {
        return List.copyOf(formVersions);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }
}
