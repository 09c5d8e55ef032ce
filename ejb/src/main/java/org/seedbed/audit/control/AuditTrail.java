package org.seedbed.audit.control;

import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.MDC;
import org.seedbed.audit.entity.AuditEntry;

/**
 * Records changes in the same transaction as the change, so that an audited change and its
 * record commit or roll back together. States are stored as JSON of the DTOs given; each entry is
 * linked into the city's hash chain ({@link AuditChain}).
 */
@Stateless
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @jakarta.annotation.Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Inject
    AuditChain chain;

    public void record(String action, String subjectType, Object subjectId, Object before, Object after) {
        recordAs(actor(), action, subjectType, subjectId, before, after);
    }

    public void recordAs(
            String actor, String action, String subjectType, Object subjectId, Object before, Object after) {
        Object requestId = MDC.get("requestId");
        AuditEntry entry = new AuditEntry(
                Instant.now(clock),
                actor,
                action,
                subjectType,
                subjectId == null ? null : String.valueOf(subjectId),
                before == null ? null : JSON.toJson(before),
                after == null ? null : JSON.toJson(after),
                requestId == null ? null : requestId.toString());
        em.persist(entry);
        em.flush();
        chain.link(entry.id());
    }

    private String actor() {
        Principal caller = session.getCallerPrincipal();
        return caller == null || "anonymous".equals(caller.getName()) ? "system" : caller.getName();
    }
}
