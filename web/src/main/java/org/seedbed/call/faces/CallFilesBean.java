package org.seedbed.call.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.seedbed.call.boundary.CallFileView;
import org.seedbed.call.boundary.CallFiles;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.entity.CallStatus;
import org.seedbed.faces.Texts;
import org.seedbed.problem.SeedbedProblem;

/**
 * The files a call publishes with it (申报指南, templates, policies): listed with download links on
 * call.xhtml, added and removed by officers on staff/call.xhtml. Downloads are plain links to the
 * API, which lets anyone read the files of a published call.
 */
@Named
@ViewScoped
public class CallFilesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The upload form's id; its inputs are named like the fields problems come back on. */
    static final String FORM = "callFileUpload";

    /** The input that refusals without a field (too many files) are shown beside. */
    static final String FILE = "file";

    @Inject
    CallFiles files;

    private final Map<Long, List<CallFileView>> lists = new HashMap<>();
    private String title;
    private transient UploadedFile file;

    /** The call's files, oldest first. */
    public List<CallFileView> list(Long callId) {
        if (callId == null) {
            return List.of();
        }
        return lists.computeIfAbsent(callId, this::load);
    }

    public void upload(Long callId) {
        if (callId == null) {
            return;
        }
        if (file == null || file.getSize() == 0) {
            CallProblems.showBeside(Texts.text("call.files.noFile"), FORM, FILE);
            return;
        }
        try (InputStream content = file.getInputStream()) {
            CallFileView stored = files.upload(callId, title, file.getFileName(), content);
            Texts.info("call.files.added", stored.title());
            title = null;
            lists.remove(callId);
        } catch (IOException e) {
            CallProblems.showBeside(Texts.text("call.files.unreadable"), FORM, FILE);
        } catch (SeedbedProblem problem) {
            CallProblems.show(problem, FORM, FILE);
        } finally {
            file = null;
        }
    }

    public void delete(Long callId, long fileId) {
        if (callId == null) {
            return;
        }
        try {
            files.delete(callId, fileId);
            Texts.info("call.files.deleted");
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
        lists.remove(callId);
    }

    /** Officers add and remove files until the call is archived. */
    public boolean editable(CallView call) {
        return call != null && call.status() != CallStatus.ARCHIVED;
    }

    private List<CallFileView> load(long callId) {
        try {
            return files.of(callId);
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
            return List.of();
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
