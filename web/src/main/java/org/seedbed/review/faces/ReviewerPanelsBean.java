package org.seedbed.review.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.faces.Texts;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.review.boundary.MyPanelView;
import org.seedbed.review.boundary.MyReviewView;
import org.seedbed.review.boundary.Panels;
import org.seedbed.review.boundary.ScoreSheets;

/**
 * Experts' page reviewer/panels.xhtml, where panel invitations lead: accept by signing the
 * declaration with one's name, or decline; and the applications released to them.
 */
@Named
@RequestScoped
public class ReviewerPanelsBean {

    @Inject
    Panels panels;

    @Inject
    ScoreSheets sheets;

    private final Map<Long, String> signedNames = new HashMap<>();
    private List<MyPanelView> invitations;
    private List<MyReviewView> assignments;

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
