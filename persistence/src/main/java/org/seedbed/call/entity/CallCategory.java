package org.seedbed.call.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A funding category of a call (e.g. 为老服务类), optionally with its own budget in minor units. */
@Embeddable
public class CallCategory {

    @Column(nullable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "budget_minor")
    private Long budgetMinor;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected CallCategory() {}

    public CallCategory(String code, String nameZh, String nameEn, Long budgetMinor, int sortOrder) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.budgetMinor = budgetMinor;
        this.sortOrder = sortOrder;
    }

    public String name(Locale language) {
        return "zh".equals(language.getLanguage()) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
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

    public Long budgetMinor() {
        return budgetMinor;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
