package org.seedbed.review.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.faces.Texts;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.review.boundary.LivePitchView;
import org.seedbed.review.boundary.MyPanelView;
import org.seedbed.review.boundary.MyReviewView;
import org.seedbed.review.boundary.Panels;
import org.seedbed.review.boundary.Pitches;
import org.seedbed.review.boundary.ScoreSheets;

/**
 * Experts' page reviewer/panels.xhtml, where panel invitations lead: accept by signing the
 * declaration with one's name, or decline; then declare conflicts and preferences
 * (reviewer/declarations.xhtml); and the applications released to them, call by call with how many
 * sheets are submitted, each leading to its score sheet (reviewer/sheet.xhtml).
 */
@Named
@RequestScoped
public class ReviewerPanelsBean {

    @Inject
    Pitches pitches;

    @Inject
    Panels panels;

    @Inject
    ScoreSheets sheets;

    private final Map<Long, String> signedNames = new HashMap<>();
    private List<MyPanelView> invitations;
    private List<MyReviewView> assignments;
    private List<LivePitchView> livePitches;
    private List<ReviewProgress> progress;

    /** Pitches going on now that the expert is due to score, first on the page for the phone in the room. */
    public List<LivePitchView> getLivePitches() {
        if (livePitches == null) {
            livePitches = pitches.live();
        }
        return livePitches;
    }

    public List<MyPanelView> getInvitations() {
        if (invitations == null) {
            invitations = panels.myPanels();
        }
        return invitations;
    }

    public List<MyReviewView> getAssignments() {
        if (assignments == null) {
            assignments = sheets.mine();
        }
        return assignments;
    }

    /** The applications released to the expert, call by call, with how many sheets are submitted. */
    public List<ReviewProgress> getProgress() {
        if (progress == null) {
            progress = ReviewProgress.of(getAssignments());
        }
        return progress;
    }

    /** The names typed under each invitation's declaration, by panel membership. */
    public Map<Long, String> getSignedNames() {
        return signedNames;
    }

    public void accept(long memberId) {
        try {
            panels.accept(memberId, signedNames.get(memberId));
            Texts.info("reviewer.accepted");
            invitations = null;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public void decline(long memberId) {
        try {
            panels.decline(memberId);
            Texts.info("reviewer.declined");
            invitations = null;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }
}
