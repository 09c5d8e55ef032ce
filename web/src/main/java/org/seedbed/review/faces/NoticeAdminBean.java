package org.seedbed.review.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.seedbed.faces.Texts;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.review.boundary.Decisions;
import org.seedbed.review.boundary.NoticeView;
import org.seedbed.review.boundary.ObjectionView;
import org.seedbed.review.entity.NoticeObjection;

/**
 * The public notice (公示) part of staff/ranking.xhtml: publishing the notice of the proposed awards
 * for a number of days or until a time in the city's zone, its window and state, the objections
 * filed against it with their resolution, and finalizing the awards once the window closed with
 * no objection open. The boundary decides when each step is allowed; the page shows its refusal.
 */
@Named
@ViewScoped
public class NoticeAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Decisions decisions;

    @Inject
    RankingBean ranking;

    @Inject
    DecisionsBean decided;

    @Inject
    CityCalendar calendar;

    @Inject
    NoticeFormat times;

    private boolean loaded;
    private NoticeView notice;
    private List<ObjectionView> objections = List.of();

    private Integer days = Decisions.DEFAULT_NOTICE_DAYS;
    private LocalDateTime closesAt;

    // The resolve dialog.
    private Long objectionId;
    private String objectionName;
    private NoticeObjection.Status outcome;
    private String resolution;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Long callId = ranking.getCallId();
        if (callId == null || ranking.isNotFound()) {
            return;
        }
        try {
            notice = decisions.notice(callId);
            objections = decisions.objections(callId);
        } catch (NotFoundException none) {
            notice = null;
            objections = List.of();
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    private void reload() {
        loaded = false;
        load();
    }

    /** Reads the notice again when it is next shown: recording a decision changes its proposed awards. */
    public void forget() {
        loaded = false;
    }

    public void publish() {
        try {
            notice = decisions.publishNotice(ranking.getCallId(), days, closesAt);
            Texts.info("notice.admin.published", times.when(notice.closesAt()));
            reload();
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public void finalizeAwards() {
        try {
            notice = decisions.finalizeAwards(ranking.getCallId());
            Texts.info("notice.admin.finalized");
            decided.reload();
            reload();
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    /** Opens the resolve dialog on an objection. */
    public void openResolve(ObjectionView objection) {
        objectionId = objection.id();
        objectionName = objection.name();
        outcome = null;
        resolution = null;
    }

    /** Records the resolution; the page closes the dialog when the callback says it was saved. */
    public void resolve() {
        boolean saved = false;
        if (objectionId != null) {
            try {
                decisions.resolve(ranking.getCallId(), objectionId, outcome, resolution);
                Texts.info("notice.admin.resolved");
                saved = true;
                reload();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
            }
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    /** The earliest day the notice may close on, in the city's calendar. */
    public LocalDate getToday() {
        return calendar.today();
    }

    public NoticeView getNotice() {
        load();
        return notice;
    }

    public boolean isPublished() {
        return getNotice() != null;
    }

    public boolean isFinalized() {
        return getNotice() != null && notice.finalizedAt() != null;
    }

    /** The window closed, nothing is open and the awards are not final yet: finalizing would go through. */
    public boolean isReadyToFinalize() {
        return getNotice() != null && notice.finalizedAt() == null && !notice.open() && notice.openObjections() == 0;
    }

    public List<ObjectionView> getObjections() {
        load();
        return objections;
    }

    /** The two ways to resolve an objection; "open" is where every objection starts. */
    public List<NoticeObjection.Status> getOutcomes() {
        return List.of(NoticeObjection.Status.UPHELD, NoticeObjection.Status.DISMISSED);
    }

    public String statusClass(NoticeObjection.Status status) {
        return switch (status) {
            case OPEN -> "sb-chip-warn";
            case UPHELD -> "sb-chip-danger";
            case DISMISSED -> "sb-chip-off";
        };
    }

    public int getDefaultDays() {
        return Decisions.DEFAULT_NOTICE_DAYS;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public Long getObjectionId() {
        return objectionId;
    }

    public String getObjectionName() {
        return objectionName;
    }

    public NoticeObjection.Status getOutcome() {
        return outcome;
    }

    public void setOutcome(NoticeObjection.Status outcome) {
        this.outcome = outcome;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }
}
