package org.seedbed.submission.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.seedbed.faces.Texts;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.submission.boundary.SubmissionView;
import org.seedbed.submission.boundary.Submissions;

/** The applications of the caller's organizations, newest first: ngo/submissions.xhtml. */
@Named
@ViewScoped
public class MySubmissionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Submissions submissions;

    private List<SubmissionView> rows = List.of();

    /** View action. */
    public void load() {
        try {
            rows = submissions.mine();
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public List<SubmissionView> getRows() {
        return rows;
    }
}
