package org.seedbed.review.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.seedbed.faces.Texts;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.review.boundary.DecisionForm;
import org.seedbed.review.boundary.DecisionView;
import org.seedbed.review.boundary.Decisions;
import org.seedbed.review.boundary.RankingRow;
import org.seedbed.review.entity.FundingDecision;

/**
 * The decisions column and dialog of staff/ranking.xhtml: each application's current decision, and
 * recording one (funded with an amount, reserve list, or declined with a reason the applicant will
 * read) with the version it was loaded at. "Apply the recommendation" only saves officers typing:
 * it records, one by one and each audited, a funded decision for every recommended application
 * that has none yet.
 */
@Named
@ViewScoped
public class DecisionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Decisions decisions;

    @Inject
    RankingBean ranking;

    private Map<Long, DecisionView> bySubmission;

    // The dialog: the application being decided and what is typed.
    private Long submissionId;
    private String title;
    private String receiptNo;
    private BigDecimal requested;
    private BigDecimal recommendedAmount;
    private FundingDecision.Outcome outcome;
    private BigDecimal amount;
    private String reason;
    private Long version;

    /** The decision recorded for an application, or null while it has none. */
    public DecisionView of(long submission) {
        return all().get(submission);
    }

    private Map<Long, DecisionView> all() {
        if (bySubmission == null) {
            bySubmission = new HashMap<>();
            Long callId = ranking.getCallId();
            if (callId != null && !ranking.isNotFound()) {
                try {
                    decisions.ofCall(callId).forEach(d -> bySubmission.put(d.submissionId(), d));
                } catch (SeedbedProblem problem) {
                    Texts.problem(problem);
                }
            }
        }
        return bySubmission;
    }

    /** Opens the dialog on a row: its current decision, else the recommendation as a start. */
    public void open(RankingRow row) {
        submissionId = row.submissionId();
        title = row.title();
        receiptNo = row.receiptNo();
        requested = row.requested();
        recommendedAmount = row.recommendedAmount();
        DecisionView current = of(row.submissionId());
        if (current != null) {
            show(current);
        } else {
            outcome = row.recommended() ? FundingDecision.Outcome.FUNDED : null;
            amount = defaultAmount();
            reason = null;
            version = null;
        }
    }

    private void show(DecisionView current) {
        outcome = current.outcome();
        amount = current.amount() != null ? current.amount() : defaultAmount();
        reason = current.reason();
        version = current.version();
    }

    private BigDecimal defaultAmount() {
        return recommendedAmount != null ? recommendedAmount : requested;
    }

    /** Records the dialog's decision; the page closes the dialog when the callback says it was saved. */
    public void decide() {
        boolean saved = false;
        if (submissionId == null) {
            return;
        }
        try {
            DecisionView recorded = decisions.decide(
                    submissionId,
                    new DecisionForm(
                            outcome, outcome == FundingDecision.Outcome.FUNDED ? amount : null, reason, version));
            all().put(recorded.submissionId(), recorded);
            version = recorded.version();
            saved = true;
            Texts.info("ranking.decision.saved", title);
        } catch (ConflictException conflict) {
            Texts.problem(conflict);
            if ("decision.changedMeanwhile".equals(conflict.key())) {
                // The dialog shows what the other officer decided, which the next save would replace.
                bySubmission = null;
                DecisionView current = of(submissionId);
                if (current != null) {
                    show(current);
                }
            }
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    /** Records "funded" at the recommended amount for each recommended row that has no decision yet. */
    public void applyRecommendation() {
        int recorded = 0;
        int refused = 0;
        for (RankingRow row : pending()) {
            try {
                DecisionView view = decisions.decide(
                        row.submissionId(),
                        new DecisionForm(FundingDecision.Outcome.FUNDED, row.recommendedAmount(), null, null));
                all().put(view.submissionId(), view);
                recorded++;
            } catch (SeedbedProblem problem) {
                // Each refusal says why (for instance the fund is already spent by other decisions); the rest go on.
                refused++;
                Texts.problem(problem);
            }
        }
        if (refused == 0) {
            Texts.info("ranking.apply.done", recorded);
        } else {
            Texts.error("ranking.apply.partly", recorded, refused);
        }
    }

    private List<RankingRow> pending() {
        return ranking.getRows().stream()
                .filter(RankingRow::recommended)
                .filter(r -> r.recommendedAmount() != null)
                .filter(r -> of(r.submissionId()) == null)
                .toList();
    }

    /** How many decisions "apply the recommendation" would record now. */
    public int getPendingCount() {
        return pending().size();
    }

    /** The sum of the amounts decided as funded, in the call's currency. */
    public BigDecimal getFundedTotal() {
        return all().values().stream()
                .filter(d -> d.outcome() == FundingDecision.Outcome.FUNDED && d.amount() != null)
                .map(DecisionView::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long getFundedCount() {
        return all().values().stream()
                .filter(d -> d.outcome() == FundingDecision.Outcome.FUNDED)
                .count();
    }

    /** Reads the decisions again, after the notice changed them (finalizing makes them final). */
    public void reload() {
        bySubmission = null;
    }

    /** The chip class of an outcome. */
    public String chipClass(FundingDecision.Outcome decided) {
        if (decided == null) {
            return "sb-chip-off";
        }
        return switch (decided) {
            case FUNDED -> "sb-chip-ok";
            case RESERVE -> "sb-chip-warn";
            case DECLINED -> "sb-chip-danger";
        };
    }

    public List<FundingDecision.Outcome> getOutcomes() {
        return List.of(FundingDecision.Outcome.values());
    }

    public boolean isFunded() {
        return outcome == FundingDecision.Outcome.FUNDED;
    }

    public boolean isDeclined() {
        return outcome == FundingDecision.Outcome.DECLINED;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public String getTitle() {
        return title;
    }

    public String getReceiptNo() {
        return receiptNo;
    }

    public BigDecimal getRequested() {
        return requested;
    }

    public BigDecimal getRecommendedAmount() {
        return recommendedAmount;
    }

    public FundingDecision.Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(FundingDecision.Outcome outcome) {
        this.outcome = outcome;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getVersion() {
        return version;
    }
}
