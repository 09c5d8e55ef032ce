package org.seedbed.call.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A published application form, frozen: submissions point at the version they were made with,
 * so later edits of the call's form never change what an applicant answered to.
 */
@Entity
@Table(name = "call_form_version")
public class FormVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    private FundingCall call;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStage purpose;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String definition;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected FormVersion() {}

    FormVersion(FundingCall call, ApplicationStage purpose, int number, String definition, Instant now) {
        this.call = call;
        this.purpose = purpose;
        this.number = number;
        this.definition = definition;
        this.publishedAt = now;
    }

    public Long id() {
        return id;
    }

    public FundingCall call() {
        return call;
    }

    public ApplicationStage purpose() {
        return purpose;
    }

    public int number() {
        return number;
    }

    public String definition() {
        return definition;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
