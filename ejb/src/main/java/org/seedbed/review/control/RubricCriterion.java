package org.seedbed.review.control;

import java.util.Locale;

/**
 * One criterion of a call's rubric: its weight (points out of the rubric's total), the integer
 * scale experts score on, and guidance on what a high or low score means, in both languages.
 */
public record RubricCriterion(
        String code, String nameZh, String nameEn, int weight, int min, int max, String guidanceZh, String guidanceEn) {

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }

    public String guidance(Locale locale) {
        return "zh".equals(locale.getLanguage()) || guidanceEn == null || guidanceEn.isBlank()
                ? guidanceZh
                : guidanceEn;
    }
}
