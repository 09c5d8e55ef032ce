package org.seedbed.organization.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.organization.boundary.OrganizationView;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.organization.boundary.ReviewForm;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;

/**
 * The staff view of one profile (staff/organization.xhtml?id=): everything on file and, while it
 * is submitted, the decision to verify it or to reject it with a reason.
 */
@Named
@ViewScoped
public class OrgReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "reviewForm";

    @Inject
    Organizations organizations;

    @Inject
    OrgHistoryBean history;

    @Inject
    Language language;

    private String id;
    private OrganizationView view;
    private boolean notFound;
    private String note;

    /** View action. */
    public void load() {
        Long parsed = AddressIds.parse(id);
        if (parsed == null) {
            notFound = true;
            return;
        }
        try {
            view = organizations.find(parsed);
        } catch (NotFoundException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    public void verify() {
        decide(ReviewForm.Decision.VERIFY, "org.review.verified");
    }

    /** A rejection without a reason is refused by the use case, whose message says so. */
    public void reject() {
        decide(ReviewForm.Decision.REJECT, "org.review.rejected");
    }

    private void decide(ReviewForm.Decision decision, String doneKey) {
        if (view == null) {
            return;
        }
        try {
            view = organizations.review(view.id(), new ReviewForm(decision, note, view.version()));
            note = null;
            history.refresh();
            Texts.info(doneKey, view.name(language.getLocale()));
        } catch (ConflictException problem) {
            Texts.problem(problem);
            reload();
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, FORM);
        }
    }

    /** Shows the profile as it is now, after someone else changed or reviewed it meanwhile. */
    private void reload() {
        try {
            view = organizations.find(view.id());
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public boolean isAwaitingReview() {
        return view != null && view.status() == OrganizationStatus.SUBMITTED;
    }

    public Long getOrganizationId() {
        return view == null ? null : view.id();
    }

    public OrganizationView getView() {
        return view;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
