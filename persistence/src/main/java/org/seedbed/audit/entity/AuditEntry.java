package org.seedbed.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** One recorded change. Entries are only ever added, never changed. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.RECENT, query = "select a from AuditEntry a order by a.occurredAt desc, a.id desc")
@NamedQuery(name = AuditEntry.IN_ORDER, query = "select a from AuditEntry a order by a.id")
@NamedQuery(
        name = AuditEntry.OF_SUBJECT,
        query = "select a from AuditEntry a where a.subjectType = :type and a.subjectId = :id order by a.id")
public class AuditEntry {

    public static final String RECENT = "AuditEntry.recent";
    public static final String OF_SUBJECT = "AuditEntry.ofSubject";
    public static final String IN_ORDER = "AuditEntry.inOrder";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id")
    private String subjectId;

    @Column(name = "before_state")
    @ColumnTransformer(write = "?::jsonb")
    private String beforeState;

    @Column(name = "after_state")
    @ColumnTransformer(write = "?::jsonb")
    private String afterState;

    @Column(name = "request_id")
    private String requestId;

    /** Set by the database when the entry is linked into the hash chain. */
    @Column(name = "chain_position", insertable = false, updatable = false)
    private Long chainPosition;

    @Column(name = "previous_hash", insertable = false, updatable = false)
    private String previousHash;

    @Column(name = "entry_hash", insertable = false, updatable = false)
    private String entryHash;

    protected AuditEntry() {}

    public AuditEntry(
            Instant occurredAt,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String beforeState,
            String afterState,
            String requestId) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.requestId = requestId;
    }

    public Long chainPosition() {
        return chainPosition;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String beforeState() {
        return beforeState;
    }

    public String afterState() {
        return afterState;
    }

    public String requestId() {
        return requestId;
    }
}
