package org.seedbed.organization.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.CityBrand;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.organization.boundary.OrganizationView;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.organization.entity.MemberRole;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.organization.entity.RegistrationStatus;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;

/**
 * An NGO member's profile editor (ngo/organization.xhtml?id=, no id for a new profile): the
 * profile form, saving with the version it started from, and submitting for verification. The
 * documents, members and history tabs have beans of their own.
 */
@Named
@ViewScoped
public class OrgEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's id; field problems are attached to its inputs, which are named like the fields. */
    static final String FORM = "profileForm";

    @Inject
    Organizations organizations;

    @Inject
    Language language;

    @Inject
    CityBrand brand;

    @Inject
    OrgHistoryBean history;

    private String id;
    private OrganizationView view;
    private ProfileDraft draft = new ProfileDraft();
    private boolean notFound;
    private boolean conflict;
    private Boolean creditCodeOk;
    private int activeTab;

    /** View action: an existing profile the caller belongs to, or an empty draft. */
    public void load() {
        if (id == null || id.isBlank()) {
            return;
        }
        Long parsed = AddressIds.parse(id);
        if (parsed == null) {
            notFound = true;
            return;
        }
        try {
            OrganizationView found = organizations.find(parsed);
            if (!found.editable()) {
                notFound = true;
                return;
            }
            view = found;
            draft = ProfileDraft.of(found);
        } catch (NotFoundException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    /** Creates the profile (and then opens it by its new address) or saves the changes. */
    public String save() {
        boolean creating = view == null;
        boolean wasVerified = view != null && view.status() == OrganizationStatus.VERIFIED;
        OrganizationView saved = store();
        if (saved == null) {
            return null;
        }
        if (creating) {
            Texts.info("org.editor.created");
            return reopen(saved.id());
        }
        // Changing a verified profile's identity sends it back to the program officers.
        Texts.info(
                wasVerified && saved.status() == OrganizationStatus.SUBMITTED
                        ? "org.editor.savedForReview"
                        : "org.editor.saved");
        return null;
    }

    /** Saves what is on the form, then submits it, so that nothing typed is lost. */
    public void submit() {
        if (view == null || store() == null) {
            return;
        }
        try {
            view = organizations.submit(view.id());
            history.refresh();
            Texts.info("org.editor.submitted");
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    /** Checks the credit code as soon as it was typed (on blur), against the chosen kind. */
    public void checkCreditCode() {
        creditCodeOk = null;
        String code = draft.getCreditCode();
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            // Only registered organizations' codes carry the kind, as the full check on saving says.
            List<FieldProblem> problems = organizations.checkCreditCode(
                    code.trim().toUpperCase(Locale.ROOT),
                    draft.getRegistration() == RegistrationStatus.REGISTERED ? draft.getKind() : null);
            creditCodeOk = problems.isEmpty();
            for (FieldProblem problem : problems) {
                FieldMessages.add(
                        FORM,
                        "creditCode",
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(language.getLocale()), null));
            }
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    private OrganizationView store() {
        creditCodeOk = null;
        try {
            OrganizationView saved = view == null
                    ? organizations.create(draft.toForm(null))
                    : organizations.update(view.id(), draft.toForm(view.version()));
            view = saved;
            draft = ProfileDraft.of(saved);
            history.refresh();
            conflict = false;
            return saved;
        } catch (ConflictException problem) {
            conflict = "organization.changedMeanwhile".equals(problem.key());
            Texts.problem(problem);
            return null;
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, FORM);
            return null;
        }
    }

    private static String reopen(long organizationId) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/ngo/organization.xhtml?faces-redirect=true&id=" + organizationId;
    }

    public boolean isCreating() {
        return view == null;
    }

    /** Switches the tabs to the one a full postback (the document upload) came from. */
    public void showTab(int index) {
        activeTab = index;
    }

    /** Founding dates cannot lie in the future, in the city's calendar. */
    public LocalDate getToday() {
        return LocalDate.now(ZoneId.of(brand.getTimeZone()));
    }

    public boolean isOwner() {
        return view != null && view.myRole() == MemberRole.OWNER;
    }

    /** The status shown in the banner: a new profile counts as a draft not yet saved. */
    public String getStatusKey() {
        return view == null ? "NEW" : view.status().name();
    }

    public Long getOrganizationId() {
        return view == null ? null : view.id();
    }

    public OrganizationView getView() {
        return view;
    }

    public ProfileDraft getDraft() {
        return draft;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isConflict() {
        return conflict;
    }

    public Boolean getCreditCodeOk() {
        return creditCodeOk;
    }

    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
