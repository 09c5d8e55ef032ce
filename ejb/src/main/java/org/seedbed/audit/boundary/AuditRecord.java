package org.seedbed.audit.boundary;

import java.time.Instant;
import org.seedbed.audit.entity.AuditEntry;

/** An audit entry as shown to city admins, with its place and hashes in the tamper-evident chain. */
public record AuditRecord(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        String before,
        String after,
        String requestId,
        Long chainPosition,
        String previousHash,
        String entryHash) {

    static AuditRecord of(AuditEntry e) {
        return new AuditRecord(
                e.id(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.subjectType(),
                e.subjectId(),
                e.beforeState(),
                e.afterState(),
                e.requestId(),
                e.chainPosition(),
                e.previousHash(),
                e.entryHash());
    }
}
