package org.seedbed.organization.faces;

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
import org.seedbed.faces.Texts;
import org.seedbed.organization.boundary.DocumentView;
import org.seedbed.organization.boundary.OrganizationDocuments;
import org.seedbed.organization.entity.DocumentType;
import org.seedbed.problem.SeedbedProblem;

/**
 * An organization's documents on the profile editor (upload, delete) and on the staff review
 * page (read only). Downloads are plain links to the API, which checks who may read them.
 */
@Named
@ViewScoped
public class OrgDocumentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "documentForm";

    @Inject
    OrganizationDocuments documents;

    @Inject
    OrgHistoryBean history;

    private final Map<Long, List<DocumentView>> lists = new HashMap<>();
    private DocumentType type;
    private transient UploadedFile file;

    public List<DocumentView> list(Long organizationId) {
        if (organizationId == null) {
            return List.of();
        }
        return lists.computeIfAbsent(organizationId, this::load);
    }

    public void upload(Long organizationId) {
        if (organizationId == null) {
            return;
        }
        if (file == null || file.getSize() == 0) {
            Texts.error("org.documents.noFile");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            DocumentView stored = documents.upload(organizationId, type, file.getFileName(), content);
            Texts.info("org.documents.added", stored.fileName());
            type = null;
            lists.remove(organizationId);
            history.refresh();
        } catch (IOException e) {
            Texts.error("org.documents.unreadable");
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, FORM);
        } finally {
            file = null;
        }
    }

    public void delete(Long organizationId, long documentId) {
        if (organizationId == null) {
            return;
        }
        try {
            documents.delete(organizationId, documentId);
            Texts.info("org.documents.deleted");
            history.refresh();
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
        lists.remove(organizationId);
    }

    private List<DocumentView> load(long organizationId) {
        try {
            return documents.list(organizationId);
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
            return List.of();
        }
    }

    public DocumentType getType() {
        return type;
    }

    public void setType(DocumentType type) {
        this.type = type;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
