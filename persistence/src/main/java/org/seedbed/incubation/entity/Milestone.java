package org.seedbed.incubation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A goal agreed for the incubation period, e.g. "registered as a social service agency". */
@Entity
@Table(name = "incubation_milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incubation_id")
    private Incubation incubation;

    @Column(nullable = false)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "achieved_on")
    private LocalDate achievedOn;

    protected Milestone() {}

    Milestone(Incubation incubation, String title, LocalDate dueOn) {
        this.incubation = incubation;
        this.title = title;
        this.dueOn = dueOn;
    }

    public void achieve(LocalDate on) {
        this.achievedOn = on;
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate achievedOn() {
        return achievedOn;
    }
}
