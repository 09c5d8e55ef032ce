package org.seedbed.incubation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** One dimension capacity is assessed on; the city's list starts with the five usual ones. */
@Entity
@Table(name = "capacity_dimension")
public class CapacityDimension {

    @Id
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    private boolean active = true;

    protected CapacityDimension() {}

    public CapacityDimension(String code, String nameZh, String nameEn, int sortOrder) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public void rename(String newNameZh, String newNameEn, int newSortOrder, boolean nowActive) {
        this.nameZh = newNameZh;
        this.nameEn = newNameEn;
        this.sortOrder = newSortOrder;
        this.active = nowActive;
    }

    public String name(Locale language) {
        return "zh".equals(language.getLanguage()) ? nameZh : nameEn;
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

    public int sortOrder() {
        return sortOrder;
    }

    public boolean active() {
        return active;
    }
}
