package org.seedbed.incubation.entity;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A service an incubatee received: a training, a supervision session, help with registration. */
@Entity
@Table(name = "incubation_service_record")
public class ServiceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incubation_id")
    private Incubation incubation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncubationService service;

    @Column(name = "provided_on", nullable = false)
    private LocalDate providedOn;

    private BigDecimal hours;

    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ServiceRecord() {}

    ServiceRecord(
            Incubation incubation,
            IncubationService service,
            LocalDate providedOn,
            BigDecimal hours,
            String note,
            String recordedBy,
            Instant now) {
        this.incubation = incubation;
        this.service = service;
        this.providedOn = providedOn;
        this.hours = hours;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long id() {
        return id;
    }

    public IncubationService service() {
        return service;
    }

    public LocalDate providedOn() {
        return providedOn;
    }

    public BigDecimal hours() {
        return hours;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
