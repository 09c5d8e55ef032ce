package org.seedbed.grant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * An indicator of the city's catalogue (指标库), e.g. beneficiaries served or volunteer hours.
 * Grants set targets against the catalogue rather than inventing their own measures, which is
 * what lets results be compared across projects, calls and years. An indicator in use is retired
 * rather than deleted.
 */
@Entity
@Table(name = "outcome_indicator")
public class OutcomeIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "unit_zh", nullable = false)
    private String unitZh;

    @Column(name = "unit_en", nullable = false)
    private String unitEn;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutcomeIndicator() {}

    public OutcomeIndicator(String code, String nameZh, String nameEn, String unitZh, String unitEn, Instant now) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unitZh = unitZh;
        this.unitEn = unitEn;
        this.active = true;
        this.createdAt = now;
    }

    /** The code stays: reports and targets refer to it. */
    public void rename(String newNameZh, String newNameEn, String newUnitZh, String newUnitEn) {
        this.nameZh = newNameZh;
        this.nameEn = newNameEn;
        this.unitZh = newUnitZh;
        this.unitEn = newUnitEn;
    }

    public void retire() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public String name(Locale language) {
        return "zh".equals(language.getLanguage()) ? nameZh : nameEn;
    }

    public String unit(Locale language) {
        return "zh".equals(language.getLanguage()) ? unitZh : unitEn;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String unitZh() {
        return unitZh;
    }

    public String unitEn() {
        return unitEn;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
