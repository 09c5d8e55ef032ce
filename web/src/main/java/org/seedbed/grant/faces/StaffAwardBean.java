package org.seedbed.grant.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.call.entity.CallStatus;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.grant.boundary.AwardForm;
import org.seedbed.grant.boundary.GrantSummary;
import org.seedbed.grant.boundary.GrantView;
import org.seedbed.grant.boundary.Grants;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.review.boundary.DecisionView;
import org.seedbed.review.boundary.Decisions;

/**
 * "Make grants from final awards" on staff/grants.xhtml: the calls whose final awards still wait
 * for their grant, the awards of the chosen call, and the grant's terms (tranche plan, project
 * period, indicator targets). Making the grant opens its page.
 */
@Named
@ViewScoped
public class StaffAwardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The city catalogue's indicators the form offers targets for, in this order. */
    static final List<String> INDICATORS = List.of(
            "BENEFICIARIES", "VOLUNTEER_HOURS", "ACTIVITIES", "RESIDENT_MEETINGS", "VOLUNTEERS", "SATISFACTION");

    static final String DEFAULT_PLAN = "50/30/20";

    private static final int DEFAULT_MONTHS = 12;

    /** A call with final awards that have no grant yet. */
    public record AwardCall(long id, String title, int waiting) implements Serializable {}

    @Inject
    Grants grants;

    @Inject
    Decisions decisions;

    @Inject
    Calls calls;

    @Inject
    Language language;

    @Inject
    CityCalendar calendar;

    private List<AwardCall> awardCalls;
    private Long callId;
    private List<DecisionView> candidates = List.of();
    private Long submissionId;
    private String tranchePlan = DEFAULT_PLAN;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private final List<StaffTarget> targets = freshTargets();

    public List<AwardCall> getAwardCalls() {
        if (awardCalls == null) {
            awardCalls = new ArrayList<>();
            try {
                Map<Long, Long> grantsByCall = grants.portfolio(null, null, null).stream()
                        .collect(Collectors.groupingBy(GrantSummary::callId, Collectors.counting()));
                for (CallView call : calls.all()) {
                    if (call.status() == CallStatus.DRAFT) {
                        continue;
                    }
                    int waiting = StaffAwardCandidates.waitingCount(
                            decisions.ofCall(call.id()), grantsByCall.getOrDefault(call.id(), 0L));
                    if (waiting > 0) {
                        awardCalls.add(new AwardCall(call.id(), call.title(language.getLocale()), waiting));
                    }
                }
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
            }
        }
        return awardCalls;
    }

    /** Reads the chosen call's awards that wait for a grant, and sets the period from the call. */
    public void chooseCall() {
        candidates = List.of();
        submissionId = null;
        if (callId == null) {
            return;
        }
        try {
            candidates = StaffAwardCandidates.waiting(decisions.ofCall(callId), submissionsWithGrant(callId));
            if (candidates.size() == 1) {
                submissionId = candidates.get(0).submissionId();
            }
            tranchePlan = grants.planOf(callId);
            LocalDate callStart = calls.find(callId).startOn();
            LocalDate today = calendar.today();
            startsOn = callStart != null && callStart.isAfter(today) ? callStart : today;
            endsOn = startsOn.plusMonths(DEFAULT_MONTHS);
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    /**
     * The applications of a call that already have a grant. The portfolio does not say which
     * application a grant came from, so each grant of the call is read; a call has few.
     */
    private Set<Long> submissionsWithGrant(long call) {
        Set<Long> granted = new HashSet<>();
        for (GrantSummary grant : grants.portfolio(null, call, null)) {
            granted.add(grants.get(grant.id()).submissionId());
        }
        return granted;
    }

    /** Picks the award the grant is made from. */
    public void choose(long submission) {
        submissionId = submission;
    }

    /** Makes the grant and opens its page; a grant made meanwhile by another officer is said so. */
    public String award() {
        DecisionView chosen = getChosen();
        if (chosen == null) {
            Texts.error("grantStaff.award.chooseFirst");
            return null;
        }
        try {
            GrantView grant =
                    grants.award(chosen.submissionId(), new AwardForm(tranchePlan, startsOn, endsOn, targetValues()));
            Texts.info("grantStaff.award.done", grant.title());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/staff/grant.xhtml?faces-redirect=true&id=" + grant.id();
        } catch (ConflictException conflict) {
            Texts.problem(conflict);
            if ("grant.already".equals(conflict.key())) {
                awardCalls = null;
                chooseCall();
            }
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
        return null;
    }

    /** Only the targets typed: an empty field sets no target for that indicator. */
    private Map<String, BigDecimal> targetValues() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (StaffTarget target : targets) {
            if (target.getValue() != null) {
                values.put(target.getCode(), target.getValue());
            }
        }
        return values;
    }

    private static List<StaffTarget> freshTargets() {
        return INDICATORS.stream().map(StaffTarget::new).toList();
    }

    /** The award chosen on the form, among the call's waiting awards. */
    public DecisionView getChosen() {
        if (submissionId == null) {
            return null;
        }
        Map<Long, DecisionView> bySubmission =
                candidates.stream().collect(Collectors.toMap(DecisionView::submissionId, Function.identity()));
        return bySubmission.get(submissionId);
    }

    /** The tranches the plan makes of the chosen award; empty when the plan cannot be read. */
    public List<StaffTranchePreview.Line> getPlanPreview() {
        DecisionView chosen = getChosen();
        return chosen == null ? List.of() : StaffTranchePreview.of(tranchePlan, chosen.amount(), chosen.currency());
    }

    public boolean isPlanReadable() {
        return getChosen() == null || !getPlanPreview().isEmpty();
    }

    public String indicatorName(String code) {
        return StaffTexts.indicator(code);
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public List<DecisionView> getCandidates() {
        return candidates;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public void setSubmissionId(Long submissionId) {
        this.submissionId = submissionId;
    }

    public String getTranchePlan() {
        return tranchePlan;
    }

    public void setTranchePlan(String tranchePlan) {
        this.tranchePlan = tranchePlan;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public List<StaffTarget> getTargets() {
        return targets;
    }
}
