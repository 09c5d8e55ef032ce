package org.seedbed.grant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.grant.control.AgreementDocument;
import org.seedbed.grant.control.GrantAccess;
import org.seedbed.grant.control.GrantMail;
import org.seedbed.grant.control.GrantViews;
import org.seedbed.grant.entity.Agreement;
import org.seedbed.grant.entity.Grant;
import org.seedbed.organization.boundary.DocumentContent;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.control.DocumentStore;
import org.seedbed.print.control.PdfDocuments;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.tenancy.control.TenantRegistry;

/**
 * The grant agreement (签约): officers generate it from the template as a PDF with its Chinese text
 * embedded; an owner of the grantee signs it in Seedbed or uploads the signed and sealed scan; the
 * officer countersigns, and the grant becomes active, so its first tranche may be released.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class Agreements {

    private static final long MAX_AGREEMENT_BYTES = 20L * 1024 * 1024;

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    GrantAccess access;

    @Inject
    GrantViews views;

    @Inject
    GrantMail mail;

    @Inject
    PdfDocuments pdf;

    @Inject
    DocumentStore store;

    @Inject
    TenantRegistry registry;

    @Inject
    CityCalendar calendar;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    /** Generates (or, before the organization signed, regenerates) the agreement from the template. */
    public GrantView generate(long grantId) {
        Grant grant = access.grant(grantId);
        if (grant.status() != Grant.Status.AGREEMENT_PENDING) {
            throw new ConflictException("agreement.notPending");
        }
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        String xhtml = new AgreementDocument(views.view(grant), registry.currentCityName(chinese), chinese)
                .xhtml(calendar.today());
        byte[] document = pdf.render(xhtml);
        String key = store.store(new ByteArrayInputStream(document), MAX_AGREEMENT_BYTES)
                .key();
        Instant now = Instant.now(clock);
        Agreement agreement = views.agreement(grant);
        if (agreement == null) {
            agreement = new Agreement(grant, key, callers.name(), now);
            em.persist(agreement);
        } else if (agreement.organizationSignedAt() != null) {
            throw new ConflictException("agreement.alreadySigned");
        } else {
            store.deleteAfterCommit(agreement.documentKey());
            agreement.regenerate(key, callers.name(), now);
        }
        em.flush();
        audit.record("agreement.generated", "grant", grantId, null, Map.of("bytes", document.length));
        mail.toGrantee(grant, "agreementReady");
        return views.view(grant);
    }

    /** The generated agreement, for the grantee, officers and the grant's evaluator. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER", "EVALUATOR"})
    public DocumentContent document(long grantId) {
        Grant grant = access.readable(grantId);
        Agreement agreement = existing(grant);
        return content("资助协议-" + grant.id() + ".pdf", "application/pdf", agreement.documentKey());
    }

    /** The signed scan the organization uploaded, if it signed that way. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER"})
    public DocumentContent scan(long grantId) {
        Grant grant = access.readable(grantId);
        Agreement agreement = existing(grant);
        if (agreement.scanKey() == null) {
            throw new NotFoundException("scan", grantId);
        }
        return content(agreement.scanName(), contentTypeOf(agreement.scanName()), agreement.scanKey());
    }

    /** An owner of the grantee confirms the agreement in Seedbed, binding the organization. */
    @RolesAllowed("NGO_MEMBER")
    public GrantView sign(long grantId) {
        Grant grant = access.ofOwner(grantId);
        Agreement agreement = unsigned(grant);
        agreement.signByOrganization(callers.name(), Instant.now(clock));
        em.flush();
        audit.record("agreement.signed", "grant", grantId, null, Map.of("signature", "CONFIRMATION"));
        return views.view(grant);
    }

    /** An owner of the grantee uploads the agreement signed and sealed on paper (PDF, JPEG or PNG). */
    @RolesAllowed("NGO_MEMBER")
    public GrantView signWithScan(long grantId, String fileName, InputStream content) {
        Grant grant = access.ofOwner(grantId);
        Agreement agreement = unsigned(grant);
        DocumentStore.Accepted scan = store.accept(content, fileName, "scan");
        agreement.signByOrganizationWithScan(scan.key(), scan.fileName(), callers.name(), Instant.now(clock));
        em.flush();
        audit.record("agreement.signed", "grant", grantId, null, Map.of("signature", "SCAN", "file", scan.fileName()));
        return views.view(grant);
    }

    /** The officer countersigns once the organization has signed; the grant becomes active. */
    public GrantView countersign(long grantId) {
        Grant grant = access.grant(grantId);
        Agreement agreement = existing(grant);
        if (agreement.organizationSignedAt() == null) {
            throw new ConflictException("agreement.organizationFirst");
        }
        if (agreement.officerSignedAt() != null) {
            throw new ConflictException("agreement.alreadySigned");
        }
        agreement.countersign(callers.name(), Instant.now(clock));
        grant.activate();
        em.flush();
        audit.record(
                "agreement.countersigned",
                "grant",
                grantId,
                Map.of("status", "AGREEMENT_PENDING"),
                Map.of("status", grant.status().name()));
        return views.view(grant);
    }

    private Agreement unsigned(Grant grant) {
        Agreement agreement = existing(grant);
        if (agreement.organizationSignedAt() != null) {
            throw new ConflictException("agreement.alreadySigned");
        }
        return agreement;
    }

    private Agreement existing(Grant grant) {
        Agreement agreement = views.agreement(grant);
        if (agreement == null) {
            throw new NotFoundException("agreement", grant.id());
        }
        return agreement;
    }

    private DocumentContent content(String name, String type, String key) {
        try {
            var file = store.file(key);
            return new DocumentContent(name, type, Files.size(file), file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String contentTypeOf(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".pdf") ? "application/pdf" : lower.endsWith(".png") ? "image/png" : "image/jpeg";
    }
}
