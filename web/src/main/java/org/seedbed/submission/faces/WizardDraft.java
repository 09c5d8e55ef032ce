package org.seedbed.submission.faces;

import jakarta.json.JsonObject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.FormPage;
import org.seedbed.faces.Texts;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.submission.boundary.AttachmentView;
import org.seedbed.submission.boundary.DraftForm;
import org.seedbed.submission.boundary.SubmissionView;
import org.seedbed.submission.boundary.Submissions;

/**
 * What the wizard (ngo/submission.xhtml) edits: title, category, answers and the attachments of
 * file questions, with the submission's version they started from. Saves only when something
 * changed since the last save, and keeps a refused save's problems or conflict for the page.
 */
public final class WizardDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private final FormDefinition form;
    private SubmissionView view;
    private AnswerModel model;
    private String title;
    private String categoryCode;
    private final List<AttachmentView> attachments = new ArrayList<>();
    private final AnswerProblems problems = new AnswerProblems();
    private String conflict;
    private String savedState;
    private boolean saveFailed;

    WizardDraft(FormDefinition form, SubmissionView view) {
        this.form = form;
        show(view);
    }

    /** Shows the submission as the server has it, dropping whatever was not saved. */
    void show(SubmissionView loaded) {
        view = loaded;
        model = AnswerModel.of(form, loaded.answers());
        title = loaded.title();
        categoryCode = loaded.categoryCode();
        attachments.clear();
        attachments.addAll(loaded.attachments());
        problems.clear();
        conflict = null;
        saveFailed = false;
        savedState = state();
    }

    /**
     * Saves unless nothing changed; false when the server refused. A stale version is kept as the
     * conflict, and no later save is tried until the latest version is loaded.
     */
    boolean save(Submissions submissions, Locale locale, boolean announce) {
        if (conflict != null) {
            if (announce) {
                Texts.error("wizard.conflict.reloadFirst");
            }
            return false;
        }
        if (state().equals(savedState)) {
            return true;
        }
        try {
            view = submissions.save(
                    view.id(), new DraftForm(blankToNull(title), blankToNull(categoryCode), answers(), view.version()));
            // A blank title keeps the saved one, which the input then shows again.
            title = blankToNull(title) == null ? view.title() : title;
            savedState = state();
            problems.clear();
            saveFailed = false;
            return true;
        } catch (ConflictException refused) {
            saveFailed = true;
            conflict = refused.message(locale);
            if (announce) {
                Texts.problem(refused);
            }
        } catch (InvalidInputException invalid) {
            saveFailed = true;
            problems.set(invalid.problems(), locale);
            if (announce) {
                problems.announce(form, locale);
            }
        } catch (SeedbedProblem problem) {
            saveFailed = true;
            if (announce) {
                Texts.problem(problem);
            }
        }
        return false;
    }

    /** Everything a save sends, to tell whether anything changed since the last one. */
    private String state() {
        return title + "\n" + categoryCode + "\n" + answers();
    }

    private JsonObject answers() {
        return model.toJson(key -> filesOf(key).stream().map(AttachmentView::id).toList());
    }

    /** Records a refusal of the submission's use cases that needs the latest version loaded. */
    void refused(ConflictException refusal, Locale locale) {
        conflict = refusal.message(locale);
    }

    void attached(AttachmentView attachment) {
        attachments.add(attachment);
    }

    void detached(long attachmentId) {
        attachments.removeIf(a -> a.id() == attachmentId);
    }

    /** The fields of a form page, in its order. */
    List<AnswerField> fields(FormPage page) {
        return model.of(page);
    }

    /** The files of a file question, oldest first. */
    public List<AttachmentView> filesOf(String questionKey) {
        return attachments.stream()
                .filter(a -> questionKey.equals(a.questionKey()))
                .toList();
    }

    /** The problem of a field at the last save, or null. */
    public String problem(String field) {
        return problems.at(field);
    }

    /** Called when a line of a table is removed: the problems of its lines no longer fit. */
    public void forgetLines(String questionKey) {
        problems.forgetLines(questionKey);
    }

    /** The problem of one line of a table, or of one of its cells when a column is given. */
    public String lineProblem(String questionKey, int line, String column) {
        String field = questionKey + "[" + line + "]";
        return problems.at(column == null || column.isEmpty() ? field : field + "." + column);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Whether the last save was refused; its problems are shown by the inputs and at the top. */
    public boolean isSaveFailed() {
        return saveFailed;
    }

    public boolean isConflicted() {
        return conflict != null;
    }

    /** The refusal of a stale or no longer allowed save, e.g. who saved meanwhile. */
    public String getConflict() {
        return conflict;
    }

    public SubmissionView getView() {
        return view;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }
}
