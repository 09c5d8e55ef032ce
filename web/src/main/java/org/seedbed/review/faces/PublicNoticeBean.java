package org.seedbed.review.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.review.boundary.DecisionView;
import org.seedbed.review.boundary.Decisions;
import org.seedbed.review.boundary.NoticeView;
import org.seedbed.review.boundary.ObjectionForm;

/**
 * Public page notice.xhtml?call=: a call's notice (公示) of proposed awards, open to everyone
 * without signing in, and the objection form while the notice is open. Objectors' contact details
 * go to the officers only. A call without a published notice answers a friendly "not found".
 */
@Named
@ViewScoped
public class PublicNoticeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the store accepts as evidence, checked again by its bytes; the page only saves a wasted upload. */
    static final long EVIDENCE_MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    Decisions decisions;

    @Inject
    Calls calls;

    @Inject
    Language language;

    private String call;
    private Long callId;
    private CallView callView;
    private NoticeView notice;
    private boolean notFound;

    private Long submissionId;
    private String name;
    private String contact;
    private String text;
    private transient UploadedFile evidence;
    private boolean filed;

    /** View action. */
    public void load() {
        callId = AddressIds.parse(call);
        if (callId == null) {
            notFound = true;
            return;
        }
        try {
            notice = decisions.notice(callId);
            callView = calls.find(callId);
        } catch (NotFoundException none) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    /** Files the objection; the page then thanks the objector instead of showing the form again. */
    public void object() {
        if (notice == null) {
            return;
        }
        ObjectionForm form = new ObjectionForm(submissionId, name, contact, text);
        boolean withEvidence = evidence != null && evidence.getSize() > 0;
        try (InputStream content = withEvidence ? evidence.getInputStream() : null) {
            decisions.object(callId, form, withEvidence ? evidence.getFileName() : null, content);
            filed = true;
            submissionId = null;
            name = null;
            contact = null;
            text = null;
        } catch (IOException e) {
            Texts.error("notice.objection.unreadable");
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
            refresh();
        } finally {
            evidence = null;
        }
    }

    /** Lets the objector file another objection. */
    public void another() {
        filed = false;
    }

    /** After a refusal (the window may have just closed), so that the page tells the notice as it is now. */
    private void refresh() {
        try {
            notice = decisions.notice(callId);
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    /** The call's title in the page's language. */
    public String getTitle() {
        if (notice == null) {
            return "";
        }
        boolean english = !language.isChinese()
                && notice.callTitleEn() != null
                && !notice.callTitleEn().isBlank();
        return english ? notice.callTitleEn() : notice.callTitleZh();
    }

    /** A category's name in the page's language, or its code when the call no longer has it. */
    public String categoryName(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (callView == null) {
            return code;
        }
        return callView.categories().stream()
                .filter(c -> code.equals(c.code()))
                .map(c -> c.name(language.getLocale()))
                .findFirst()
                .orElse(code);
    }

    public List<DecisionView> getAwards() {
        return notice == null ? List.of() : notice.awards();
    }

    /** Whether objections are taken now: the window is open and the awards are not final. */
    public boolean isOpen() {
        return notice != null && notice.open() && notice.finalizedAt() == null;
    }

    public boolean isFinalized() {
        return notice != null && notice.finalizedAt() != null;
    }

    public long getEvidenceMaxBytes() {
        return EVIDENCE_MAX_BYTES;
    }

    public NoticeView getNotice() {
        return notice;
    }

    public Long getCallId() {
        return callId;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isFiled() {
        return filed;
    }

    public String getCall() {
        return call;
    }

    public void setCall(String call) {
        this.call = call;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public void setSubmissionId(Long submissionId) {
        this.submissionId = submissionId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UploadedFile getEvidence() {
        return evidence;
    }

    public void setEvidence(UploadedFile evidence) {
        this.evidence = evidence;
    }
}
