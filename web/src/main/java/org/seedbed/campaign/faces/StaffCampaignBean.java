package org.seedbed.campaign.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;
import org.seedbed.call.faces.CallFormat;
import org.seedbed.campaign.boundary.CampaignLedger;
import org.seedbed.campaign.boundary.CampaignView;
import org.seedbed.campaign.boundary.Campaigns;
import org.seedbed.campaign.boundary.DonationView;
import org.seedbed.campaign.boundary.Donations;
import org.seedbed.campaign.boundary.Ledgers;
import org.seedbed.campaign.boundary.MatchingPools;
import org.seedbed.campaign.boundary.PoolView;
import org.seedbed.campaign.boundary.SandboxPayments;
import org.seedbed.campaign.control.PaymentSnapshot;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.grant.boundary.GrantSummary;
import org.seedbed.grant.boundary.Grants;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.faces.FieldMessages;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;

/**
 * One campaign for officers, staff/campaign.xhtml?id=: its facts and progress, the actions its
 * status allows (approve, send back, end, cancel), editing and updates; its donations with their
 * fraud flags, refunds with a reason and, for sandbox payments, tried disputes; its ledger checked
 * against the payment provider; and the sponsors' pools matching it.
 */
@Named
@ViewScoped
public class StaffCampaignBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String EDIT_FORM = "campaignForm";
    static final String REJECT_FORM = "sendBackForm";
    static final String UPDATE_FORM = "updateForm";
    static final String REFUND_FORM = "refundForm";

    @Inject
    Campaigns campaigns;

    @Inject
    Donations donations;

    @Inject
    Ledgers ledgers;

    @Inject
    MatchingPools pools;

    @Inject
    SandboxPayments sandbox;

    @Inject
    Grants grants;

    @Inject
    CityCalendar calendar;

    @Inject
    CallFormat format;

    @Inject
    Language language;

    private String id;
    private CampaignView view;
    private boolean notFound;

    private boolean flaggedOnly;
    private List<DonationView> donationList;
    private CampaignLedger ledger;
    private List<PoolView> poolList;
    private List<GrantSummary> grantList;

    private CampaignFormDraft draft;
    private String note;
    private String updateZh;
    private String updateEn;
    private DonationView refundTarget;
    private String refundReason;

    /** View action: the campaign of the address. */
    public void load() {
        Long campaignId = AddressIds.parse(id);
        if (campaignId == null) {
            notFound = true;
            return;
        }
        try {
            view = campaigns.get(campaignId);
        } catch (NotFoundException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    private void reload() {
        if (view == null) {
            return;
        }
        try {
            view = campaigns.get(view.id());
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    /** Runs a change of status; when it is refused the page shows the campaign as it is now. */
    private boolean change(Supplier<CampaignView> action, String doneKey) {
        if (view == null) {
            return false;
        }
        boolean done = false;
        try {
            action.get();
            Texts.info(doneKey, view.titleZh());
            done = true;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
        reload();
        return done;
    }

    // ---------------------------------------------------------------- status

    public boolean isCanApprove() {
        return is(Campaign.Status.DRAFT, Campaign.Status.PENDING);
    }

    public boolean isCanReject() {
        return is(Campaign.Status.PENDING);
    }

    public boolean isCanEnd() {
        return is(Campaign.Status.ACTIVE);
    }

    /** Ended and cancelled campaigns are kept as they were. */
    public boolean isCanCancel() {
        return view != null && !is(Campaign.Status.ENDED, Campaign.Status.CANCELLED);
    }

    public boolean isCanEdit() {
        return isCanCancel();
    }

    private boolean is(Campaign.Status... statuses) {
        if (view == null) {
            return false;
        }
        for (Campaign.Status s : statuses) {
            if (view.status() == s) {
                return true;
            }
        }
        return false;
    }

    public void approve() {
        change(() -> campaigns.approve(view.id()), "staffCampaign.approved");
    }

    public void end() {
        change(() -> campaigns.end(view.id()), "staffCampaign.ended");
    }

    public void cancel() {
        change(() -> campaigns.cancel(view.id()), "staffCampaign.cancelled");
    }

    public void openReject() {
        note = null;
    }

    public void reject() {
        boolean saved = false;
        if (view != null) {
            try {
                campaigns.reject(view.id(), note);
                Texts.info("staffCampaign.sentBack", view.titleZh());
                saved = true;
                reload();
            } catch (SeedbedProblem problem) {
                FieldMessages.show(problem, REJECT_FORM);
            }
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    /** Whether the campaign takes gifts at this moment (active and within its dates). */
    public boolean isTakingGifts() {
        if (view == null || view.status() != Campaign.Status.ACTIVE) {
            return false;
        }
        Instant now = Instant.now();
        return !now.isBefore(view.startsAt()) && now.isBefore(view.endsAt());
    }

    /** The campaign's budget lines, to read. */
    public List<CampaignFormDraft.BudgetLineRow> getBudgetLines() {
        return view == null ? List.of() : CampaignFormDraft.rows(view.budgetLines());
    }

    public BigDecimal getBudgetTotal() {
        return getBudgetLines().stream()
                .map(CampaignFormDraft.BudgetLineRow::getAmount)
                .filter(amount -> amount != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // ---------------------------------------------------------------- editing and updates

    public void openEdit() {
        if (view != null) {
            draft = CampaignFormDraft.of(view, calendar.zone());
        }
    }

    public void save() {
        boolean saved = false;
        if (view != null && draft != null) {
            try {
                campaigns.update(view.id(), draft.toForm(calendar.zone()));
                Texts.info("staffCampaign.saved", view.titleZh());
                saved = true;
                reload();
            } catch (SeedbedProblem problem) {
                FieldMessages.show(problem, EDIT_FORM);
            }
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    public void postUpdate() {
        if (view == null) {
            return;
        }
        try {
            view = campaigns.postUpdate(view.id(), updateZh, updateEn);
            Texts.info("staffCampaign.update.posted");
            updateZh = null;
            updateEn = null;
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, UPDATE_FORM);
        }
    }

    /** The grants of the campaign's organization, for the edit form's grant choice. */
    public List<GrantSummary> getGrants() {
        if (view == null) {
            return List.of();
        }
        if (grantList == null) {
            try {
                grantList = grants.portfolio(null, null, null);
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                grantList = List.of();
            }
        }
        return grantList.stream()
                .filter(g -> g.organizationId() == view.organizationId())
                .toList();
    }

    // ---------------------------------------------------------------- donations

    public List<DonationView> getDonations() {
        if (donationList == null) {
            donationList = view == null ? List.of() : read(() -> donations.ofCampaign(view.id(), flaggedOnly));
        }
        return donationList;
    }

    /** The toggle changed: read the donations again with it. */
    public void filterDonations() {
        donationList = null;
    }

    public boolean refundable(DonationView donation) {
        return donation.status() == Donation.Status.SUCCEEDED;
    }

    /** What a refund would give back: what is left of the gift. */
    public BigDecimal leftToRefund(DonationView donation) {
        BigDecimal refunded = donation.refunded() == null ? BigDecimal.ZERO : donation.refunded();
        return donation.amount().subtract(refunded);
    }

    public void openRefund(DonationView donation) {
        refundTarget = donation;
        refundReason = null;
    }

    public void refund() {
        boolean saved = false;
        if (refundTarget != null) {
            try {
                DonationView done = donations.refund(refundTarget.id(), refundReason);
                Texts.info(
                        "staffCampaign.refund.done",
                        format.money(leftToRefund(refundTarget), refundTarget.currency()),
                        Texts.text(
                                "staffCampaign.donation.status." + done.status().name()));
                saved = true;
                refundTarget = null;
                forgetMoney();
                reload();
            } catch (SeedbedProblem problem) {
                FieldMessages.show(problem, REFUND_FORM);
            }
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    /** Sandbox donations only: play the card holder's bank (OPEN, then WON or LOST). */
    public boolean sandboxDisputable(DonationView donation) {
        return donation.provider() == Donation.Provider.SANDBOX && donation.paidAt() != null;
    }

    public void dispute(DonationView donation, String outcome) {
        try {
            sandbox.dispute(donation.id(), PaymentSnapshot.Dispute.valueOf(outcome));
            Texts.info("staffCampaign.sandbox.sent", Texts.text("staffCampaign.sandbox.dispute." + outcome));
        } catch (IllegalArgumentException unknown) {
            Texts.error("staffCampaign.sandbox.unknown");
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
        forgetMoney();
        reload();
    }

    /** The officer shows the donations and the books as they are now. */
    public void refresh() {
        forgetMoney();
        reload();
    }

    private void forgetMoney() {
        donationList = null;
        ledger = null;
        poolList = null;
    }

    /** Who gave: the name and e-mail the donor left, or nothing when they left neither. */
    public boolean hasDonor(DonationView donation) {
        return notBlank(donation.donorName()) || notBlank(donation.donorEmail());
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    // ---------------------------------------------------------------- ledger

    /** The books, checked against the payment provider now (the ledger tab loads on opening). */
    public CampaignLedger getLedger() {
        if (ledger == null && view != null) {
            try {
                ledger = ledgers.of(view.id(), true);
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
            }
        }
        return ledger;
    }

    /** The books agree with the provider to the cent, every payment having been read. */
    public boolean isBooksAgree() {
        CampaignLedger books = getLedger();
        return books != null
                && books.differences().isEmpty()
                && books.difference().signum() == 0;
    }

    public void recheck() {
        ledger = null;
    }

    /** An amount of the books, to the cent. */
    public String cents(BigDecimal amount) {
        return StaffLedgerMoney.cents(amount, view == null ? null : view.currency(), language.getLocale());
    }

    /** The reconciliation's verdict: the difference, and how many payments were read from the provider. */
    public String getAgreement() {
        CampaignLedger books = getLedger();
        return books == null
                ? ""
                : Texts.text("staffCampaign.ledger.agree", cents(books.difference()), books.checked());
    }

    // ---------------------------------------------------------------- matching

    /** The pools set up for this campaign; pools of a call or the city day are on the pools page. */
    public List<PoolView> getPools() {
        if (poolList == null) {
            poolList = view == null
                    ? List.of()
                    : read(() -> pools.all().stream()
                            .filter(p -> p.campaignId() != null && p.campaignId() == view.id())
                            .toList());
        }
        return poolList;
    }

    public StaffPoolShares shares(PoolView pool) {
        return StaffPoolShares.of(pool);
    }

    private <T> List<T> read(Supplier<List<T>> reader) {
        try {
            return reader.get();
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
            return List.of();
        }
    }

    // ---------------------------------------------------------------- properties

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CampaignView getView() {
        return view;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isFlaggedOnly() {
        return flaggedOnly;
    }

    public void setFlaggedOnly(boolean flaggedOnly) {
        this.flaggedOnly = flaggedOnly;
    }

    /** The city's currency, in which goals and budget lines are written. */
    public String getCurrency() {
        return calendar.currency();
    }

    public CampaignFormDraft getDraft() {
        return draft;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getUpdateZh() {
        return updateZh;
    }

    public void setUpdateZh(String updateZh) {
        this.updateZh = updateZh;
    }

    public String getUpdateEn() {
        return updateEn;
    }

    public void setUpdateEn(String updateEn) {
        this.updateEn = updateEn;
    }

    public DonationView getRefundTarget() {
        return refundTarget;
    }

    public String getRefundReason() {
        return refundReason;
    }

    public void setRefundReason(String refundReason) {
        this.refundReason = refundReason;
    }
}
