package org.seedbed.review.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.review.boundary.AssignmentBoard;
import org.seedbed.review.boundary.AssignmentView;
import org.seedbed.review.boundary.Assignments;
import org.seedbed.review.boundary.ConflictView;
import org.seedbed.review.boundary.PanelMemberView;
import org.seedbed.review.entity.ScoreSheet;
import org.seedbed.submission.boundary.SubmissionView;

/**
 * The assignment board of the review workspace: computing the optimal assignment, each
 * application with its experts (adding one pins the pair, so recomputing keeps it), the experts'
 * loads, the review slots still open, the score sheets submitted so far, and releasing the
 * assignments to the experts.
 */
@Named
@ViewScoped
public class AssignmentBoardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "boardForm";

    @Inject
    Assignments assignments;

    @Inject
    ReviewPanelBean workspace;

    @Inject
    Language language;

    private AssignmentBoard board;
    private List<ApplicationRow> rows;
    private long loadedAt = -1;
    private boolean onlyOpen;
    private final Map<Long, Long> choices = new HashMap<>();

    public AssignmentBoard getBoard() {
        if (board == null || loadedAt != workspace.getRevision()) {
            try {
                show(assignments.board(workspace.getCallId()));
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                show(new AssignmentBoard(workspace.getCallId(), false, 0, List.of(), Map.of(), Map.of(), 0));
            }
        }
        return board;
    }

    private void show(AssignmentBoard shown) {
        board = shown;
        rows = rows(shown, standingConflicts());
        loadedAt = workspace.getRevision();
    }

    private Set<List<Long>> standingConflicts() {
        Set<List<Long>> pairs = new HashSet<>();
        try {
            for (ConflictView c : assignments.conflicts(workspace.getCallId())) {
                if (!c.waived()) {
                    pairs.add(List.of(c.expertId(), c.submissionId()));
                }
            }
        } catch (SeedbedProblem problem) {
            // The panel refuses conflicted pairs anyway; the choices are only less precise.
            Texts.problem(problem);
        }
        return pairs;
    }

    private List<ApplicationRow> rows(AssignmentBoard shown, Set<List<Long>> conflicted) {
        Map<Long, List<AssignmentView>> bySubmission = new LinkedHashMap<>();
        for (AssignmentView a : shown.assignments()) {
            bySubmission
                    .computeIfAbsent(a.submissionId(), k -> new ArrayList<>())
                    .add(a);
        }
        List<ApplicationRow> result = new ArrayList<>();
        Set<Long> underReview = new HashSet<>();
        for (SubmissionView s : workspace.getApplications()) {
            underReview.add(s.id());
            result.add(row(
                    s.id(),
                    s.receiptNo(),
                    s.title(),
                    s.organizationName(language.getLocale()),
                    s.categoryCode(),
                    true,
                    bySubmission.getOrDefault(s.id(), List.of()),
                    shown.loads(),
                    conflicted));
        }
        bySubmission.forEach((id, pairs) -> {
            if (!underReview.contains(id)) {
                AssignmentView first = pairs.get(0);
                result.add(row(
                        id,
                        first.receiptNo(),
                        first.title(),
                        null,
                        first.categoryCode(),
                        false,
                        pairs,
                        shown.loads(),
                        conflicted));
            }
        });
        return result;
    }

    private ApplicationRow row(
            long submissionId,
            String receiptNo,
            String title,
            String organizationName,
            String categoryCode,
            boolean underReview,
            List<AssignmentView> reviewers,
            Map<Long, Long> loads,
            Set<List<Long>> conflicted) {
        Set<Long> assigned = new HashSet<>();
        reviewers.forEach(a -> assigned.add(a.expertId()));
        List<ApplicationRow.Candidate> candidates = new ArrayList<>();
        if (underReview) {
            for (PanelMemberView m : workspace.getAccepted()) {
                if (!assigned.contains(m.expertId()) && !conflicted.contains(List.of(m.expertId(), submissionId))) {
                    candidates.add(new ApplicationRow.Candidate(
                            m.expertId(), m.name(), loads.getOrDefault(m.expertId(), 0L), m.maxLoad()));
                }
            }
        }
        return new ApplicationRow(
                submissionId,
                receiptNo,
                title,
                organizationName,
                categoryCode,
                workspace.categoryName(categoryCode),
                underReview,
                underReview ? workspace.needed(categoryCode) : 0,
                List.copyOf(reviewers),
                candidates);
    }

    /** The applications shown: all, or only those still short of experts. */
    public List<ApplicationRow> getRows() {
        getBoard();
        return onlyOpen ? rows.stream().filter(r -> r.shortfall() > 0).toList() : rows;
    }

    public boolean isReleased() {
        return getBoard().released();
    }

    public int getAssignmentCount() {
        return getBoard().assignments().size();
    }

    /** Review slots still open over all applications under review. */
    public int getOpenSlots() {
        getBoard();
        return rows.stream().mapToInt(ApplicationRow::shortfall).sum();
    }

    public long getShortApplications() {
        getBoard();
        return rows.stream().filter(r -> r.shortfall() > 0).count();
    }

    public long getSubmittedSheets() {
        return getBoard().assignments().stream()
                .filter(a -> a.sheetStatus() == ScoreSheet.Status.SUBMITTED)
                .count();
    }

    public long getDraftSheets() {
        return getBoard().assignments().stream()
                .filter(a -> a.sheetStatus() == ScoreSheet.Status.DRAFT)
                .count();
    }

    public int getSheetPercent() {
        int assigned = getAssignmentCount();
        return assigned == 0 ? 0 : (int) (getSubmittedSheets() * 100 / assigned);
    }

    /**
     * Each accepted member's load against their maximum on this panel; anyone else who still has
     * pairs (a member who left, say) follows.
     */
    public List<LoadBar> getLoadBars() {
        Map<Long, Long> loads = getBoard().loads();
        List<LoadBar> bars = new ArrayList<>();
        Set<Long> shown = new HashSet<>();
        for (PanelMemberView m : workspace.getAccepted()) {
            bars.add(new LoadBar(m.expertId(), m.name(), loads.getOrDefault(m.expertId(), 0L), m.maxLoad()));
            shown.add(m.expertId());
        }
        Map<Long, PanelMemberView> members = new HashMap<>();
        workspace.getPanel().members().forEach(m -> members.put(m.expertId(), m));
        for (AssignmentView a : board.assignments()) {
            if (shown.add(a.expertId())) {
                PanelMemberView member = members.get(a.expertId());
                bars.add(new LoadBar(
                        a.expertId(),
                        a.expertName(),
                        loads.getOrDefault(a.expertId(), 0L),
                        member == null ? 0 : member.maxLoad()));
            }
        }
        return bars;
    }

    public void compute() {
        try {
            AssignmentBoard computed = assignments.compute(workspace.getCallId());
            workspace.changed();
            show(computed);
            Texts.info("panel.board.computed", computed.assignments().size(), getOpenSlots());
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, FORM, "compute");
        }
    }

    /** Adds the expert chosen for the application; the pair is pinned. */
    public void add(long submissionId) {
        Long expertId = choices.get(submissionId);
        if (expertId == null) {
            FieldMessages.error(Texts.text("panel.board.chooseFirst"), FORM, "applications");
            return;
        }
        try {
            AssignmentBoard changed = assignments.add(workspace.getCallId(), expertId, submissionId);
            choices.remove(submissionId);
            workspace.changed();
            show(changed);
            Texts.info("panel.board.added");
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, FORM, "applications");
        }
    }

    public void remove(long assignmentId) {
        try {
            AssignmentBoard changed = assignments.remove(workspace.getCallId(), assignmentId);
            workspace.changed();
            show(changed);
            Texts.info("panel.board.removed");
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, FORM, "applications");
        }
    }

    public void release() {
        try {
            AssignmentBoard released = assignments.release(workspace.getCallId());
            workspace.changed();
            show(released);
            Texts.info("panel.board.releasedDone", released.assignments().size());
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, FORM, "release");
        }
    }

    /** The expert chosen to add, by application. */
    public Map<Long, Long> getChoices() {
        return choices;
    }

    public boolean isOnlyOpen() {
        return onlyOpen;
    }

    public void setOnlyOpen(boolean onlyOpen) {
        this.onlyOpen = onlyOpen;
    }
}
