package org.seedbed.organization.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.jboss.logging.Logger;
import org.primefaces.model.file.UploadedFile;
import org.seedbed.faces.Texts;
import org.seedbed.organization.boundary.ImportJobView;
import org.seedbed.organization.boundary.OrganizationImports;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;

/**
 * The city admin's bulk import of a civil-affairs registry export
 * (admin/organization-import.xhtml): the upload starts a background job, the page polls it every
 * second for its progress and shows its report when it is done.
 */
@Named
@ViewScoped
public class OrgImportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(OrgImportBean.class);

    static final String FORM = "importForm";

    @Inject
    OrganizationImports imports;

    private transient UploadedFile upload;
    private String jobId;
    private ImportJobView job;
    private List<ImportJobView> recent;

    public void start(boolean dryRun) {
        if (upload == null || upload.getSize() == 0) {
            Texts.error("orgImport.noFile");
            return;
        }
        try (InputStream content = upload.getInputStream()) {
            job = imports.start(upload.getFileName(), content, dryRun);
            jobId = job.id();
            recent = null;
        } catch (IOException e) {
            Texts.error("orgImport.unreadable");
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, FORM);
        } catch (EJBException e) {
            // Storing the upload failed on the server (disk full, no permission): nothing was started.
            LOG.warn("could not start an organization import", e);
            Texts.error("orgImport.notStarted");
        } finally {
            upload = null;
        }
    }

    /** Poll listener: the job's latest state. */
    public void refresh() {
        if (jobId == null) {
            return;
        }
        try {
            job = imports.job(jobId);
            if (job.finished()) {
                recent = null;
            }
        } catch (NotFoundException e) {
            // Finished jobs are forgotten after a while; the last state seen stays on the page.
            jobId = null;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
            jobId = null;
        }
    }

    /** Shows a job from the recent list. */
    public void show(ImportJobView chosen) {
        jobId = chosen.id();
        refresh();
    }

    /** Whether the poll should stop: no job, or the job is done. */
    public boolean isIdle() {
        return job == null || job.finished() || jobId == null;
    }

    public String getPhaseLabel() {
        return job == null ? "" : Texts.text("orgImport.phase." + job.phase().name());
    }

    /** How many problems the report lists fewer than the job found. */
    public int getMoreProblems() {
        return job == null ? 0 : Math.max(0, job.problemCount() - job.problems().size());
    }

    public List<ImportJobView> getRecent() {
        if (recent == null) {
            try {
                recent = imports.recent();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                recent = List.of();
            }
        }
        return recent;
    }

    public ImportJobView getJob() {
        return job;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }
}
