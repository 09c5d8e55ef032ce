package org.seedbed.grant.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.grant.boundary.AgreementView;
import org.seedbed.grant.boundary.Agreements;
import org.seedbed.grant.boundary.GrantView;
import org.seedbed.grant.boundary.Grants;
import org.seedbed.grant.boundary.ReportView;
import org.seedbed.grant.boundary.Reports;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.organization.entity.MemberRole;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;

/**
 * A grant as its grantee sees it, ngo/grant.xhtml?id=: the agreement to sign (owners only, since
 * signing binds the organization), the tranches with what still holds each one back, the reports
 * with an editor for the one being written, and the evaluations' results.
 */
@Named
@ViewScoped
public class GranteeGrantBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Grants grants;

    @Inject
    Agreements agreements;

    @Inject
    Reports reports;

    @Inject
    Organizations organizations;

    @Inject
    Language language;

    private String id;
    private GrantView grant;
    private boolean owner;
    private boolean notFound;
    private ReportDraft draft;
    private boolean reportStale;
    private transient UploadedFile scan;

    /** View action; a grant of another organization (or city) is "not found". */
    public void load() {
        Long grantId = AddressIds.parse(id);
        if (grantId == null) {
            notFound = true;
            return;
        }
        try {
            grant = grants.get(grantId);
            owner = ownsGrantee();
            draft = firstOpenReport().map(this::draftOf).orElse(null);
        } catch (NotFoundException | EJBAccessException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    /** Confirms the agreement in Seedbed on behalf of the organization. */
    public void sign() {
        try {
            grant = agreements.sign(grant.id());
            Texts.info("myGrants.agreement.signed");
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    /** Signs by uploading the agreement signed and sealed on paper. */
    public void uploadScan() {
        if (scan == null || scan.getSize() == 0) {
            Texts.error("myGrants.agreement.scan.none");
            return;
        }
        String name = scan.getFileName();
        try (InputStream content = scan.getInputStream()) {
            grant = agreements.signWithScan(grant.id(), name, content);
            Texts.info("myGrants.agreement.scan.done", name);
        } catch (IOException e) {
            Texts.error("myGrants.agreement.scan.unreadable");
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        } finally {
            scan = null;
        }
    }

    /** Opens another open report in the editor; what was typed in the previous one and not saved is dropped. */
    public void openReport(long reportId) {
        grant.reports().stream()
                .filter(r -> r.id() == reportId && ReportDeadlines.isOpen(r))
                .findFirst()
                .ifPresent(r -> {
                    draft = draftOf(r);
                    reportStale = false;
                });
    }

    public void saveReport() {
        if (storeReport()) {
            Texts.info("myGrants.report.saved");
        }
    }

    /** Saves what is in the editor, then sends that version to the program office. */
    public void submitReport() {
        if (!storeReport()) {
            return;
        }
        try {
            ReportView sent = reports.submit(draft.getReportId(), draft.getVersion());
            refresh();
            draft = null;
            Texts.info(sent.late() ? "myGrants.report.submittedLate" : "myGrants.report.submitted", sent.title());
        } catch (SeedbedProblem problem) {
            refused(problem);
        }
    }

    private boolean storeReport() {
        if (draft == null) {
            return false;
        }
        try {
            ReportView saved = reports.save(draft.getReportId(), draft.toForm());
            draft = draftOf(saved);
            refresh();
            return true;
        } catch (SeedbedProblem problem) {
            refused(problem);
            return false;
        }
    }

    private void refused(SeedbedProblem problem) {
        if (problem instanceof ConflictException conflict
                && ("report.changedMeanwhile".equals(conflict.key()) || "report.locked".equals(conflict.key()))) {
            reportStale = true;
        }
        if (problem instanceof InvalidInputException invalid && draft != null) {
            announce(invalid);
        } else {
            Texts.problem(problem);
        }
        // The editor is far down the page; the reasons are shown at the top.
        PrimeFaces.current().scrollTo("messages");
    }

    /** Shows each problem beside its input, and at the top of the page with the place it is about. */
    private void announce(InvalidInputException invalid) {
        Locale locale = language.getLocale();
        draft.showProblems(invalid.problems(), locale);
        FacesContext context = FacesContext.getCurrentInstance();
        for (FieldProblem problem : invalid.problems()) {
            String label = placeOf(problem.field());
            String message = problem.message(locale);
            String text = label == null ? message : Texts.text("wizard.problem.at", label, message);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
    }

    /** The name of the part of the report a problem's field is about, or null when the message says enough. */
    private String placeOf(String field) {
        if (field == null) {
            return null;
        }
        if (field.equals("narrative")) {
            return Texts.text(draft.isFinancial() ? "myGrants.editor.notes" : "myGrants.editor.narrative");
        }
        if (field.startsWith(ReportDraft.EXPENSES)) {
            return Texts.text("myGrants.editor.expenses");
        }
        return draft.labelOf(field);
    }

    private void refresh() {
        try {
            grant = grants.get(grant.id());
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    private ReportDraft draftOf(ReportView report) {
        return ReportDraft.of(report, grant.indicators(), language.getLocale());
    }

    /** Changes asked for come first, then the report due soonest. */
    private Optional<ReportView> firstOpenReport() {
        return grant.reports().stream()
                .filter(this::isEditable)
                .min(Comparator.comparing((ReportView r) -> r.status() != GrantReport.Status.CHANGES_REQUESTED)
                        .thenComparing(ReportView::dueOn, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    private boolean ownsGrantee() {
        try {
            return organizations.find(grant.organizationId()).myRole() == MemberRole.OWNER;
        } catch (SeedbedProblem | EJBAccessException e) {
            // Without the profile only the signing is left out; the use case checks ownership anyway.
            return false;
        }
    }

    /** A report the grantee may still write: open, and the grant neither terminated nor closed. */
    public boolean isEditable(ReportView report) {
        return ReportDeadlines.isOpen(report)
                && grant.status() != Grant.Status.TERMINATED
                && grant.status() != Grant.Status.CLOSED;
    }

    /** The report in the editor, as last saved. */
    public ReportView getEditing() {
        return draft == null ? null : report(draft.getReportId());
    }

    public boolean inEditor(ReportView report) {
        return draft != null && report.id() == draft.getReportId();
    }

    private ReportView report(long reportId) {
        return grant.reports().stream()
                .filter(r -> r.id() == reportId)
                .findFirst()
                .orElse(null);
    }

    public AgreementView getAgreement() {
        return grant == null ? null : grant.agreement();
    }

    /** Whether the caller may sign now: an owner, with the agreement ready and not signed yet. */
    public boolean isCanSign() {
        AgreementView agreement = getAgreement();
        return owner
                && agreement != null
                && agreement.organizationSignedAt() == null
                && grant.status() == Grant.Status.AGREEMENT_PENDING;
    }

    /** The agreement waits for the organization's signature and the caller is no owner. */
    public boolean isAwaitingOwner() {
        AgreementView agreement = getAgreement();
        return !owner && agreement != null && agreement.organizationSignedAt() == null;
    }

    public int getReleasedPercent() {
        return grant == null ? 0 : GrantProgress.percent(grant.released(), grant.amount());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public GrantView getGrant() {
        return grant;
    }

    public boolean isFound() {
        return grant != null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isOwner() {
        return owner;
    }

    public ReportDraft getDraft() {
        return draft;
    }

    /** The report changed elsewhere or was sent meanwhile: the page must be reloaded. */
    public boolean isReportStale() {
        return reportStale;
    }

    public UploadedFile getScan() {
        return scan;
    }

    public void setScan(UploadedFile scan) {
        this.scan = scan;
    }
}
