package org.seedbed.submission.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.organization.boundary.OrganizationView;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.submission.boundary.NewSubmission;
import org.seedbed.submission.boundary.SubmissionView;
import org.seedbed.submission.boundary.Submissions;

/**
 * Starting an application, ngo/apply.xhtml?call=: the call's title and deadline, one of the
 * caller's organizations (those the call would refuse for not being verified are shown disabled,
 * with the reason), a project title, and the caller's earlier applications to the call. Starting
 * opens the new draft in the wizard.
 */
@Named
@ViewScoped
public class SubmissionStartBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's id; field problems are attached to its inputs, which are named like the fields. */
    static final String FORM = "applyForm";

    /** One of the caller's organizations; the label of one that cannot apply says why. */
    public record Choice(long id, String label, boolean allowed) implements Serializable {}

    @Inject
    Calls calls;

    @Inject
    Organizations organizations;

    @Inject
    Submissions submissions;

    @Inject
    Language language;

    private String callId;
    private CallView call;
    private List<Choice> choices = List.of();
    private List<SubmissionView> earlier = List.of();
    private Long organizationId;
    private String title;
    private boolean notFound;

    /** View action: the call, the caller's organizations and earlier applications to the call. */
    public void load() {
        Long id = AddressIds.parse(callId);
        if (id == null) {
            notFound = true;
            return;
        }
        try {
            call = calls.find(id);
            boolean verifiedOnly =
                    call.eligibility() == null || call.eligibility().requireVerified();
            Locale locale = language.getLocale();
            choices = organizations.mine().stream()
                    .map(o -> choice(o, verifiedOnly, locale))
                    .toList();
            earlier = submissions.mine().stream().filter(s -> s.callId() == id).toList();
            List<Choice> allowed = choices.stream().filter(Choice::allowed).toList();
            if (allowed.size() == 1) {
                organizationId = allowed.get(0).id();
            }
        } catch (NotFoundException | EJBAccessException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    private static Choice choice(OrganizationView organization, boolean verifiedOnly, Locale locale) {
        String name = organization.name(locale);
        if (!verifiedOnly || organization.status() == OrganizationStatus.VERIFIED) {
            return new Choice(organization.id(), name, true);
        }
        String reason = Texts.text("org.status." + organization.status().name() + ".short");
        return new Choice(organization.id(), Texts.text("submission.apply.refused", name, reason), false);
    }

    /** Starts the draft and opens it in the wizard. */
    public String start() {
        if (call == null) {
            return null;
        }
        try {
            SubmissionView started = submissions.start(new NewSubmission(call.id(), organizationId, title));
            Texts.info("submission.apply.started");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/ngo/submission.xhtml?faces-redirect=true&id=" + started.id();
        } catch (SeedbedProblem problem) {
            FormMessages.show(problem, FORM);
            return null;
        }
    }

    /** Whether some organization can apply; otherwise the page says what to do first. */
    public boolean isAnyAllowed() {
        return choices.stream().anyMatch(Choice::allowed);
    }

    public boolean isAnyRefused() {
        return choices.stream().anyMatch(c -> !c.allowed());
    }

    public boolean isNotFound() {
        return notFound;
    }

    public CallView getCall() {
        return call;
    }

    public List<Choice> getChoices() {
        return choices;
    }

    public List<SubmissionView> getEarlier() {
        return earlier;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCallId() {
        return callId;
    }

    public void setCallId(String callId) {
        this.callId = callId;
    }
}
