package org.seedbed.review.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.call.boundary.CategoryForm;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.review.boundary.ExpertPool;
import org.seedbed.review.boundary.ExpertView;
import org.seedbed.review.boundary.PanelForm;
import org.seedbed.review.boundary.PanelMemberView;
import org.seedbed.review.boundary.PanelView;
import org.seedbed.review.boundary.Panels;
import org.seedbed.review.entity.PanelMember;
import org.seedbed.submission.boundary.SubmissionFilter;
import org.seedbed.submission.boundary.SubmissionView;
import org.seedbed.submission.boundary.Submissions;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * The review workspace of a call, staff/review.xhtml?call=: holds the call and its panel for
 * every tab, and runs the panel tab's settings and invitations. {@link RubricEditorBean},
 * {@link PanelConflictsBean} and {@link AssignmentBoardBean} run the other parts; whatever one of
 * them changes can change what the others show (computing derives conflicts, a conflict drops
 * assignments), so each change counts up {@link #getRevision() a revision} at which the others
 * reload.
 */
@Named
@ViewScoped
public class ReviewPanelBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String SETTINGS_FORM = "panelForm";
    static final String INVITE_FORM = "inviteForm";

    @Inject
    Panels panels;

    @Inject
    Calls calls;

    @Inject
    ExpertPool pool;

    @Inject
    Submissions submissions;

    @Inject
    Language language;

    private String call;
    private long callId;
    private CallView callView;
    private PanelView panel;
    private boolean notFound;
    private long revision;

    private Integer reviewersNeeded;
    private List<CategoryReviewers> categories = new ArrayList<>();
    private boolean blind;
    private BigDecimal disagreementSd;
    private long settingsVersion;
    private boolean settingsConflict;

    private Long inviteExpertId;
    private Integer inviteMaxLoad;
    private List<ExpertView> pooled;
    private long pooledAt = -1;
    private List<SubmissionView> applications;
    private long applicationsAt = -1;

    /** View action: the call of the address and its panel (made on first visit). */
    public void load() {
        Long id = AddressIds.parse(call);
        if (id == null) {
            notFound = true;
            return;
        }
        try {
            callId = id;
            callView = calls.find(callId);
            panel = panels.panel(callId);
            fillSettings();
        } catch (NotFoundException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    private void fillSettings() {
        reviewersNeeded = panel.reviewersNeeded();
        blind = panel.blind();
        disagreementSd = panel.disagreementSd();
        settingsVersion = panel.version();
        settingsConflict = false;
        categories = new ArrayList<>();
        for (CategoryForm category : callView.categories()) {
            categories.add(new CategoryReviewers(
                    category.code(),
                    category.name(language.getLocale()),
                    panel.reviewersByCategory().get(category.code())));
        }
    }

    /** Saves the settings with the version they were loaded at; a category left empty keeps the panel's number. */
    public void saveSettings() {
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        for (CategoryReviewers category : categories) {
            if (category.getReviewers() != null) {
                byCategory.put(category.getCode(), category.getReviewers());
            }
        }
        try {
            panel = panels.configure(
                    callId, new PanelForm(reviewersNeeded, byCategory, blind, disagreementSd, settingsVersion));
            fillSettings();
            revision++;
            Texts.info("panel.settings.saved");
        } catch (ConflictException problem) {
            settingsConflict = "panel.changedMeanwhile".equals(problem.key());
            FieldMessages.show(problem, SETTINGS_FORM, "saveSettings");
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, SETTINGS_FORM, "saveSettings");
        }
    }

    /** Throws away what was typed in the settings and shows them as they are now. */
    public void reloadSettings() {
        changed();
        fillSettings();
    }

    public void invite() {
        if (inviteExpertId == null) {
            FieldMessages.error(Texts.text("panel.invite.chooseFirst"), INVITE_FORM, "inviteExpert");
            return;
        }
        String name = getPooled().stream()
                .filter(e -> e.id() == inviteExpertId)
                .map(ExpertView::name)
                .findFirst()
                .orElse("");
        try {
            changed(panels.invite(callId, inviteExpertId, inviteMaxLoad));
            Texts.info("panel.invite.sent", name);
            inviteExpertId = null;
            inviteMaxLoad = null;
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, INVITE_FORM, "inviteExpert");
        }
    }

    /** After a change on any tab: the panel as it is now, and a new revision for the other tabs. */
    public void changed() {
        try {
            panel = panels.panel(callId);
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
        revision++;
    }

    public void changed(PanelView view) {
        panel = view;
        revision++;
    }

    /** Experts of the pool who are available and not yet on this panel, to invite. */
    public List<ExpertView> getInvitable() {
        Set<Long> onPanel =
                panel.members().stream().map(PanelMemberView::expertId).collect(Collectors.toSet());
        return getPooled().stream()
                .filter(e -> e.available() && !onPanel.contains(e.id()))
                .toList();
    }

    private List<ExpertView> getPooled() {
        if (pooled == null || pooledAt != revision) {
            try {
                pooled = pool.all();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                pooled = List.of();
            }
            pooledAt = revision;
        }
        return pooled;
    }

    /** The call's applications under review: those screened eligible. */
    public List<SubmissionView> getApplications() {
        if (applications == null || applicationsAt != revision) {
            try {
                applications = submissions.ofCall(
                        callId, new SubmissionFilter(SubmissionStatus.ELIGIBLE, null, null, null, null));
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                applications = List.of();
            }
            applicationsAt = revision;
        }
        return applications;
    }

    /** Members who accepted: the experts assignment works with. */
    public List<PanelMemberView> getAccepted() {
        return members(PanelMember.Status.ACCEPTED);
    }

    /** Members who were invited and did not decline: those a conflict can be recorded for. */
    public List<PanelMemberView> getActiveMembers() {
        return panel.members().stream()
                .filter(m -> m.status() != PanelMember.Status.DECLINED)
                .toList();
    }

    public long count(String status) {
        return members(PanelMember.Status.valueOf(status)).size();
    }

    private List<PanelMemberView> members(PanelMember.Status status) {
        return panel.members().stream().filter(m -> m.status() == status).toList();
    }

    /** The category's name in the page's language, else its code (or a dash for none). */
    public String categoryName(String code) {
        if (code == null) {
            return Texts.text("common.none");
        }
        return callView.categories().stream()
                .filter(c -> code.equals(c.code()))
                .map(c -> c.name(language.getLocale()))
                .findFirst()
                .orElse(code);
    }

    /** How many experts an application of the category needs. */
    public int needed(String categoryCode) {
        Integer byCategory =
                categoryCode == null ? null : panel.reviewersByCategory().get(categoryCode);
        return byCategory == null ? panel.reviewersNeeded() : byCategory;
    }

    public String getCallTitle() {
        return callView == null ? "" : callView.title(language.getLocale());
    }

    public long getCallId() {
        return callId;
    }

    public CallView getCallView() {
        return callView;
    }

    public PanelView getPanel() {
        return panel;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public long getRevision() {
        return revision;
    }

    public String getCall() {
        return call;
    }

    public void setCall(String call) {
        this.call = call;
    }

    public Integer getReviewersNeeded() {
        return reviewersNeeded;
    }

    public void setReviewersNeeded(Integer reviewersNeeded) {
        this.reviewersNeeded = reviewersNeeded;
    }

    public List<CategoryReviewers> getCategories() {
        return categories;
    }

    public boolean isBlind() {
        return blind;
    }

    public void setBlind(boolean blind) {
        this.blind = blind;
    }

    public BigDecimal getDisagreementSd() {
        return disagreementSd;
    }

    public void setDisagreementSd(BigDecimal disagreementSd) {
        this.disagreementSd = disagreementSd;
    }

    public boolean isSettingsConflict() {
        return settingsConflict;
    }

    public Long getInviteExpertId() {
        return inviteExpertId;
    }

    public void setInviteExpertId(Long inviteExpertId) {
        this.inviteExpertId = inviteExpertId;
    }

    public Integer getInviteMaxLoad() {
        return inviteMaxLoad;
    }

    public void setInviteMaxLoad(Integer inviteMaxLoad) {
        this.inviteMaxLoad = inviteMaxLoad;
    }
}
