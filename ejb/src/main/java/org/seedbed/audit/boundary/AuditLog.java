package org.seedbed.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.seedbed.audit.entity.AuditEntry;

/** Reading the audit trail of the current city (or of the platform, for platform admins). */
@Stateless
@RolesAllowed({"CITY_ADMIN", "PLATFORM_ADMIN"})
public class AuditLog {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    public List<AuditRecord> recent(int limit) {
        return em.createNamedQuery(AuditEntry.RECENT, AuditEntry.class)
                .setMaxResults(Math.max(1, Math.min(limit, 500)))
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
}
