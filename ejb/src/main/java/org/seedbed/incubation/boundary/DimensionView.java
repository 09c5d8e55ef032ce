package org.seedbed.incubation.boundary;

import java.util.Locale;

/** A capacity dimension of the city. */
public record DimensionView(String code, String nameZh, String nameEn, int sortOrder, boolean active) {

    public String name(Locale language) {
        return "zh".equals(language.getLanguage()) ? nameZh : nameEn;
    }
}
