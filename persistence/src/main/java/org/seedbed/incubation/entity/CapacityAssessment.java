package org.seedbed.incubation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Scores (0–100) on each capacity dimension at one point in time, by a mentor or officer. */
@Entity
@Table(name = "capacity_assessment")
public class CapacityAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incubation_id")
    private Incubation incubation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentKind kind;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(nullable = false)
    private String assessor;

    private String comment;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "capacity_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "dimension")
    @Column(name = "score", nullable = false)
    private Map<String, Integer> scores = new HashMap<>();

    protected CapacityAssessment() {}

    CapacityAssessment(
            Incubation incubation,
            AssessmentKind kind,
            LocalDate assessedOn,
            Map<String, Integer> scores,
            String comment,
            String assessor,
            Instant now) {
        this.incubation = incubation;
        this.kind = kind;
        this.assessedOn = assessedOn;
        this.scores.putAll(scores);
        this.comment = comment;
        this.assessor = assessor;
        this.recordedAt = now;
    }

    /** The mean of the dimension scores, to one decimal. */
    public double overall() {
        return Math.round(scores.values().stream()
                                .mapToInt(Integer::intValue)
                                .average()
                                .orElse(0)
                        * 10)
                / 10.0;
    }

    public Long id() {
        return id;
    }

    public AssessmentKind kind() {
        return kind;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public String assessor() {
        return assessor;
    }

    public String comment() {
        return comment;
    }

    public Map<String, Integer> scores() {
        return Map.copyOf(scores);
    }
}
