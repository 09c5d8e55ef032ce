package org.seedbed.submission.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.call.form.AnswerDiff;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.submission.boundary.RevisionView;
import org.seedbed.submission.boundary.SubmissionView;
import org.seedbed.submission.boundary.Submissions;

/**
 * The submitted revisions of a submission and what changed in each, for ngo/submission.xhtml and
 * staff/submission.xhtml. Loaded once per number of revisions, so a new submission shows at once.
 * In a two-stage call each revision is a letter of intent or a proposal, compared only with the
 * revisions of its own stage.
 */
@Named
@ViewScoped
public class SubmissionRevisionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Submissions submissions;

    @Inject
    Language language;

    private final Map<String, List<RevisionView>> lists = new HashMap<>();

    /** The revisions, newest first. */
    public List<RevisionView> list(SubmissionView submission) {
        if (submission == null || submission.revisions() == 0) {
            return List.of();
        }
        return lists.computeIfAbsent(submission.id() + "/" + submission.revisions(), key -> load(submission.id()));
    }

    private List<RevisionView> load(long submissionId) {
        try {
            List<RevisionView> newestFirst = new ArrayList<>(submissions.revisions(submissionId));
            Collections.reverse(newestFirst);
            return newestFirst;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
            return List.of();
        }
    }

    /** Whether no earlier revision is of the same stage: the first letter, or the first proposal. */
    public boolean firstOfStage(SubmissionView submission, RevisionView revision) {
        return list(submission).stream()
                .noneMatch(r -> r.number() < revision.number() && r.stage() == revision.stage());
    }

    /** The question's label in the page's language; officers often label in Chinese only. */
    public String label(AnswerDiff.Change change) {
        boolean chinese = "zh".equals(language.getLocale().getLanguage());
        String first = chinese ? change.labelZh() : change.labelEn();
        String second = chinese ? change.labelEn() : change.labelZh();
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second == null || second.isBlank() ? change.questionKey() : second;
    }
}
