package org.seedbed.grant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A grant's target for one indicator of the catalogue, e.g. 300 beneficiaries; reports give the actuals. */
@Entity
@Table(name = "grant_indicator")
public class GrantIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id")
    private Grant grant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    private OutcomeIndicator indicator;

    @Column(nullable = false)
    private BigDecimal target;

    protected GrantIndicator() {}

    public GrantIndicator(Grant grant, OutcomeIndicator indicator, BigDecimal target) {
        this.grant = grant;
        this.indicator = indicator;
        this.target = target;
    }

    public void retarget(BigDecimal newTarget) {
        this.target = newTarget;
    }

    public Long id() {
        return id;
    }

    public Grant grant() {
        return grant;
    }

    public OutcomeIndicator indicator() {
        return indicator;
    }

    public BigDecimal target() {
        return target;
    }
}
