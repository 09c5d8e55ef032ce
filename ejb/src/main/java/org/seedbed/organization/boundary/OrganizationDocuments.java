package org.seedbed.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.organization.control.DocumentStore;
import org.seedbed.organization.entity.DocumentType;
import org.seedbed.organization.entity.Membership;
import org.seedbed.organization.entity.Organization;
import org.seedbed.organization.entity.OrganizationDocument;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;

/**
 * An organization's documents: certificate, statutes, audit reports. Members upload and remove
 * them; members and the city's staff read them; nobody else learns that they exist.
 */
@Stateless
@RolesAllowed({"NGO_MEMBER", "PROGRAM_OFFICER", "CITY_ADMIN"})
public class OrganizationDocuments {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    DocumentStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Stores an upload after checking what it really is (by its bytes) and its size; a refused
     * upload leaves nothing behind.
     */
    @RolesAllowed("NGO_MEMBER")
    public DocumentView upload(long organizationId, DocumentType type, String fileName, InputStream content) {
        Organization organization = memberOrganization(organizationId);
        if (type == null) {
            throw InvalidInputException.of("type", "document.type.required");
        }
        requireNotUnderReview(organization);
        DocumentStore.Accepted stored = store.accept(content, fileName, "file");
        OrganizationDocument document = new OrganizationDocument(
                organization,
                type,
                stored.fileName(),
                stored.contentType(),
                stored.size(),
                stored.sha256(),
                stored.key(),
                callers.name(),
                Instant.now(clock));
        em.persist(document);
        em.flush();
        DocumentView view = DocumentView.of(document);
        audit.record("organization.documentAdded", "organization", organizationId, null, view);
        certificateChanged(organization, type);
        return view;
    }

    public List<DocumentView> list(long organizationId) {
        readableOrganization(organizationId);
        return em.createNamedQuery(OrganizationDocument.OF_ORGANIZATION, OrganizationDocument.class)
                .setParameter("organizationId", organizationId)
                .getResultStream()
                .map(DocumentView::of)
                .toList();
    }

    public DocumentContent content(long organizationId, long documentId) {
        readableOrganization(organizationId);
        OrganizationDocument document = document(organizationId, documentId);
        return new DocumentContent(
                document.fileName(), document.contentType(), document.sizeBytes(), store.file(document.storageKey()));
    }

    @RolesAllowed("NGO_MEMBER")
    public void delete(long organizationId, long documentId) {
        Organization organization = memberOrganization(organizationId);
        requireNotUnderReview(organization);
        OrganizationDocument document = document(organizationId, documentId);
        DocumentView before = DocumentView.of(document);
        em.remove(document);
        em.flush();
        audit.record("organization.documentRemoved", "organization", organizationId, before, null);
        store.deleteAfterCommit(document.storageKey());
        certificateChanged(organization, document.type());
    }

    /** The officer decides on the documents that were there when the profile was submitted. */
    private static void requireNotUnderReview(Organization organization) {
        if (organization.awaitsReview()) {
            throw new ConflictException("organization.underReview");
        }
    }

    /** The city vouched for the certificate it saw: a new or removed one needs a new review. */
    private void certificateChanged(Organization organization, DocumentType type) {
        if (type == DocumentType.REGISTRATION_CERTIFICATE && organization.returnForReverification(Instant.now(clock))) {
            audit.record(
                    "organization.reverificationRequired",
                    "organization",
                    organization.id(),
                    java.util.Map.of("status", "VERIFIED"),
                    java.util.Map.of("status", "SUBMITTED", "reason", "registrationCertificateChanged"));
        }
    }

    private OrganizationDocument document(long organizationId, long documentId) {
        OrganizationDocument document = em.find(OrganizationDocument.class, documentId);
        if (document == null || !document.organization().id().equals(organizationId)) {
            throw new NotFoundException("document", documentId);
        }
        return document;
    }

    private Organization readableOrganization(long organizationId) {
        Organization organization = organization(organizationId);
        if (!callers.isStaff() && !isMember(organization)) {
            throw new NotFoundException("organization", organizationId);
        }
        return organization;
    }

    private Organization memberOrganization(long organizationId) {
        Organization organization = organization(organizationId);
        if (!isMember(organization)) {
            throw new NotFoundException("organization", organizationId);
        }
        return organization;
    }

    private boolean isMember(Organization organization) {
        return callers.isSignedIn()
                && em.find(
                                Membership.class,
                                new Membership.Key(
                                        organization.id(), callers.current().id()))
                        != null;
    }

    private Organization organization(long id) {
        return Optional.ofNullable(em.find(Organization.class, id))
                .orElseThrow(() -> new NotFoundException("organization", id));
    }
}
