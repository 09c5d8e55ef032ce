package org.seedbed.review.entity;

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
 * An expert invited to a call's panel. They accept by signing the confidentiality and
 * conflict-of-interest declaration (the name they type is kept), or decline.
 */
@Entity
@Table(name = "panel_member")
public class PanelMember {

    public enum Status {
        INVITED,
        ACCEPTED,
        DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "panel_id")
    private ReviewPanel panel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "expert_id")
    private Expert expert;

    @Column(name = "max_load", nullable = false)
    private int maxLoad;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "invited_by", nullable = false)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** The name the expert typed to sign the declaration. */
    private String declaration;

    protected PanelMember() {}

    public PanelMember(ReviewPanel panel, Expert expert, int maxLoad, String invitedBy, Instant now) {
        this.panel = panel;
        this.expert = expert;
        this.maxLoad = maxLoad;
        this.status = Status.INVITED;
        this.invitedBy = invitedBy;
        this.invitedAt = now;
    }

    public void accept(String signedName, Instant now) {
        status = Status.ACCEPTED;
        declaration = signedName;
        answeredAt = now;
    }

    public void decline(Instant now) {
        status = Status.DECLINED;
        answeredAt = now;
    }

    public void limitLoad(int maxLoad) {
        this.maxLoad = maxLoad;
    }

    public Long id() {
        return id;
    }

    public ReviewPanel panel() {
        return panel;
    }

    public Expert expert() {
        return expert;
    }

    public int maxLoad() {
        return maxLoad;
    }

    public Status status() {
        return status;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String declaration() {
        return declaration;
    }
}
