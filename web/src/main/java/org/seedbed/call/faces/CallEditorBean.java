package org.seedbed.call.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.LongFunction;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.call.entity.CallStages;
import org.seedbed.call.entity.CallStatus;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.CityBrand;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.submission.boundary.SubmissionFilter;
import org.seedbed.submission.boundary.SubmissionView;
import org.seedbed.submission.boundary.Submissions;

/**
 * Officers' call editor staff/call.xhtml?id= (no id for a new call): the terms, categories and
 * eligibility rules, saved with the version they were loaded at; a two-stage call's deadline for
 * letters of intent; publishing, closing and archiving; and the call's small dashboard once
 * applications came in. {@link CallFilesBean} handles the files published with the call.
 */
@Named
@ViewScoped
public class CallEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's id; field problems are attached to its components, which are named like the fields. */
    static final String FORM = "callForm";

    @Inject
    Calls calls;

    @Inject
    Submissions submissions;

    @Inject
    CallOptions options;

    @Inject
    Language language;

    @Inject
    CityBrand brand;

    private String id;
    private CallView view;
    private CallDraft draft = CallDraft.template();
    private boolean notFound;
    private boolean conflict;
    private CallDashboard dashboard;

    /** View action: the call to edit, or a new one from the template. */
    public void load() {
        if (id == null || id.isBlank()) {
            return;
        }
        Long callId = AddressIds.parse(id);
        if (callId == null) {
            notFound = true;
            return;
        }
        try {
            show(calls.find(callId));
        } catch (NotFoundException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    /** Creates the call (and then opens it by its new address) or saves the changes. */
    public String save() {
        boolean creating = view == null;
        CallView saved = store();
        if (saved == null) {
            return null;
        }
        if (creating) {
            Texts.info("call.editor.created");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/staff/call.xhtml?faces-redirect=true&id=" + saved.id();
        }
        Texts.info("call.editor.saved");
        return null;
    }

    /** Saves what is on the form if it changed, then publishes, so that nothing typed is lost. */
    public void publish() {
        change(callId -> calls.publish(callId, view.version()), "call.editor.publishedDone");
    }

    public void close() {
        change(calls::close, "call.editor.closedDone");
    }

    public void archive() {
        change(calls::archive, "call.editor.archivedDone");
    }

    private void change(LongFunction<CallView> action, String doneKey) {
        if (view == null || (changed() && store() == null)) {
            return;
        }
        try {
            show(action.apply(view.id()));
            Texts.info(doneKey, view.formVersion() == null ? 1 : view.formVersion());
        } catch (SeedbedProblem problem) {
            handle(problem);
        }
    }

    private CallView store() {
        try {
            CallView saved = view == null ? calls.create(draft.toForm()) : calls.update(view.id(), draft.toForm());
            show(saved);
            return saved;
        } catch (SeedbedProblem problem) {
            handle(problem);
            return null;
        }
    }

    private void handle(SeedbedProblem problem) {
        if (problem instanceof ConflictException && "call.changedMeanwhile".equals(problem.key())) {
            conflict = true;
            Texts.problem(problem);
            return;
        }
        CallProblems.show(problem, FORM);
    }

    private boolean changed() {
        return !draft.toForm().equals(CallDraft.of(view).toForm());
    }

    private void show(CallView call) {
        view = call;
        draft = CallDraft.of(call);
        conflict = false;
        dashboard = dashboard(call);
    }

    /** Submissions exist only for calls that were published once; drafts have none to count. */
    private CallDashboard dashboard(CallView call) {
        if (call.formVersion() == null) {
            return null;
        }
        try {
            List<SubmissionView> list = submissions.ofCall(call.id(), SubmissionFilter.none());
            return list.isEmpty() ? null : CallDashboard.of(list, call, language.getLocale());
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
            return null;
        }
    }

    public void addCategory() {
        draft.addCategory();
    }

    public void removeCategory(CategoryDraft category) {
        draft.removeCategory(category);
    }

    /** The rules as applicants will read them on the call's page. */
    public List<String> getEligibilityPreview() {
        return EligibilitySentences.of(
                draft.getEligibility().toRules(), options.unitName(draft.getOrgUnitId()), language.getLocale());
    }

    /** The form version that publishing makes current: the next one only if the form changed. */
    public int getNextFormVersion() {
        if (view == null || view.formVersion() == null) {
            return 1;
        }
        return view.formChangedSincePublished() ? view.formVersion() + 1 : view.formVersion();
    }

    /** The same for the letter-of-intent form of a two-stage call. */
    public int getNextIntentFormVersion() {
        if (view == null || view.intentFormVersion() == null) {
            return 1;
        }
        return view.intentFormChangedSincePublished() ? view.intentFormVersion() + 1 : view.intentFormVersion();
    }

    /** As chosen on the form, so that the letter's deadline shows as soon as two stages are chosen. */
    public boolean isTwoStage() {
        return draft.getStages() == CallStages.TWO_STAGE;
    }

    /** Whether the saved call has two stages, for what its letter-of-intent form has become. */
    public boolean isSavedTwoStage() {
        return view != null && view.stages() == CallStages.TWO_STAGE;
    }

    /** The city's time zone, in which opening and deadline are typed. */
    public String getZone() {
        return view == null ? brand.getTimeZone() : view.timeZone();
    }

    public boolean isCreating() {
        return view == null;
    }

    public boolean isCanSave() {
        return view == null || view.status() != CallStatus.ARCHIVED;
    }

    /** A draft, or a published call whose forms changed since (publishing again makes their next versions). */
    public boolean isCanPublish() {
        return view != null
                && (view.status() == CallStatus.DRAFT || (view.status() == CallStatus.PUBLISHED && formsChanged()));
    }

    /** Whether applicants do not get a form as it is now; a two-stage call may lack its letter's yet. */
    private boolean formsChanged() {
        boolean intentChanged =
                isSavedTwoStage() && (view.intentFormVersion() == null || view.intentFormChangedSincePublished());
        return view.formChangedSincePublished() || intentChanged;
    }

    public boolean isCanClose() {
        return view != null && view.status() == CallStatus.PUBLISHED;
    }

    public boolean isCanArchive() {
        return view != null && (view.status() == CallStatus.DRAFT || view.status() == CallStatus.CLOSED);
    }

    /** The status for the banner: a call not saved yet counts as a new draft. */
    public String getStatusKey() {
        return view == null ? "NEW" : view.status().name();
    }

    public CallView getView() {
        return view;
    }

    public CallDraft getDraft() {
        return draft;
    }

    public CallDashboard getDashboard() {
        return dashboard;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
