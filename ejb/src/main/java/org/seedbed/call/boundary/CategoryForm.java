package org.seedbed.call.boundary;

import java.math.BigDecimal;
import java.util.Locale;

/** A funding category of a call, with its own budget in yuan if it has one. */
public record CategoryForm(String code, String nameZh, String nameEn, BigDecimal budget) {

    public String name(Locale language) {
        return "zh".equals(language.getLanguage()) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }
}
