package org.seedbed.submission.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Locale;
import org.primefaces.model.file.UploadedFile;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.submission.boundary.AttachmentView;
import org.seedbed.submission.boundary.SubmissionAttachments;

/**
 * The files of the wizard's file questions (ngo/submission.xhtml): uploads, one multipart form per
 * question, and deletions. Each change is saved into the answers at once, since a file answer is
 * the list of its attachments' ids. Downloads are plain links to the API.
 */
@Named
@ViewScoped
public class SubmissionFilesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubmissionAttachments attachments;

    @Inject
    SubmissionWizardBean wizard;

    @Inject
    Language language;

    private transient UploadedFile file;
    private String problemQuestion;
    private String problem;

    public void upload(String questionKey) {
        problemQuestion = null;
        problem = null;
        if (!wizard.isEditable()) {
            return;
        }
        if (wizard.getDraft().isConflicted()) {
            Texts.error("wizard.conflict.reloadFirst");
            return;
        }
        if (file == null || file.getSize() == 0) {
            refuse(questionKey, Texts.text("wizard.files.noFile"));
            return;
        }
        try (InputStream content = file.getInputStream()) {
            AttachmentView stored = attachments.upload(wizard.getView().id(), questionKey, file.getFileName(), content);
            wizard.getDraft().attached(stored);
            Texts.info("wizard.files.added", stored.fileName());
            wizard.saveFiles();
        } catch (IOException e) {
            refuse(questionKey, Texts.text("wizard.files.unreadable"));
        } catch (InvalidInputException invalid) {
            Locale locale = language.getLocale();
            refuse(
                    questionKey,
                    String.join(
                            " ",
                            invalid.problems().stream()
                                    .map(p -> p.message(locale))
                                    .toList()));
        } catch (SeedbedProblem refused) {
            Texts.problem(refused);
        } finally {
            file = null;
        }
    }

    public void delete(long attachmentId) {
        if (!wizard.isEditable()) {
            return;
        }
        try {
            attachments.delete(wizard.getView().id(), attachmentId);
            wizard.getDraft().detached(attachmentId);
            Texts.info("wizard.files.deleted");
            wizard.saveFiles();
        } catch (SeedbedProblem refused) {
            Texts.problem(refused);
        }
    }

    /** Shows why a file was refused under that question's upload form and at the top of the page. */
    private void refuse(String questionKey, String message) {
        problemQuestion = questionKey;
        problem = message;
        String label = wizard.getForm()
                .question(questionKey)
                .map(q -> q.label(language.getLocale()))
                .orElse(questionKey);
        Texts.error("wizard.problem.at", label, message);
    }

    /** The refusal of the last upload to this question, or null. */
    public String problemOf(String questionKey) {
        return questionKey != null && questionKey.equals(problemQuestion) ? problem : null;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
