package org.seedbed.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.seedbed.audit.control.AuditChain;
import org.seedbed.audit.entity.AuditEntry;
import org.seedbed.export.control.Spreadsheets;

/** Reading the audit trail of the current city (or of the platform, for platform admins). */
@Stateless
@RolesAllowed({"CITY_ADMIN", "PLATFORM_ADMIN"})
public class AuditLog {

    static final int EXPORT_LIMIT = 100_000;

    private static final List<String> COLUMNS = List.of(
            "id",
            "occurredAt",
            "actor",
            "action",
            "subjectType",
            "subjectId",
            "before",
            "after",
            "chainPosition",
            "previousHash",
            "entryHash");

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    AuditChain chain;

    /** The most the page loads at once; the exports hold the whole trail. */
    public static final int MAX_RECENT = 2000;

    public List<AuditRecord> recent(int limit) {
        return em.createNamedQuery(AuditEntry.RECENT, AuditEntry.class)
                .setMaxResults(Math.max(1, Math.min(limit, MAX_RECENT)))
                .getResultStream()
                .map(AuditRecord::of)
                .toList();
    }

    public List<AuditRecord> of(String subjectType, String subjectId) {
        return em.createNamedQuery(AuditEntry.OF_SUBJECT, AuditEntry.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultStream()
                .map(AuditRecord::of)
                .toList();
    }

    /** Recomputes the hash chain: whether any entry was changed or removed since it was recorded. */
    public AuditChain.Verification verify() {
        return chain.verify();
    }

    /** The whole trail (at most the latest {@value #EXPORT_LIMIT} entries) as an Excel workbook. */
    public byte[] exportXlsx() {
        return Spreadsheets.xlsx("audit", COLUMNS, rows());
    }

    public String exportCsv() {
        return Spreadsheets.csv(COLUMNS, rows());
    }

    private List<List<Object>> rows() {
        long total =
                em.createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult();
        return em.createNamedQuery(AuditEntry.IN_ORDER, AuditEntry.class)
                .setFirstResult((int) Math.max(0, total - EXPORT_LIMIT))
                .getResultStream()
                .map(e -> List.<Object>of(
                        e.id(),
                        e.occurredAt().toString(),
                        e.actor(),
                        e.action(),
                        e.subjectType(),
                        nullToEmpty(e.subjectId()),
                        nullToEmpty(e.beforeState()),
                        nullToEmpty(e.afterState()),
                        e.chainPosition() == null ? "" : e.chainPosition(),
                        nullToEmpty(e.previousHash()),
                        nullToEmpty(e.entryHash())))
                .toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
