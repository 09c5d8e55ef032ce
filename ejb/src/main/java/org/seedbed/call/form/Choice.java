package org.seedbed.call.form;

import java.util.Locale;

/** One choice of a choice question: the stored value and its labels. */
public record Choice(String value, String labelZh, String labelEn) {

    /** The label in the locale's language, or the value when the officer gave no label. */
    public String label(Locale locale) {
        String label = Texts.pick(locale, labelZh, labelEn);
        return label.isEmpty() && value != null ? value : label;
    }
}
