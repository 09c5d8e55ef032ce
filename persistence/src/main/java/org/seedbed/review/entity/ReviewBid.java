package org.seedbed.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An expert's preference for reviewing an application: −2 (rather not) to +2 (eager). */
@Entity
@Table(name = "review_bid")
public class ReviewBid {

    @Embeddable
    public record Key(
            @Column(name = "panel_id") long panelId,
            @Column(name = "expert_id") long expertId,
            @Column(name = "submission_id") long submissionId)
            implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int preference;

    protected ReviewBid() {}

    public ReviewBid(Key key, int preference) {
        this.key = key;
        this.preference = preference;
    }

    public void prefer(int preference) {
        this.preference = preference;
    }

    public Key key() {
        return key;
    }

    public int preference() {
        return preference;
    }
}
