package org.seedbed.call.form;

import java.util.Locale;

/** Picks the Chinese or English one of two texts typed by an officer. */
final class Texts {

    private Texts() {}

    /**
     * The Chinese text for a Chinese locale (or none), the English one otherwise; either falls back to the
     * other when blank, since officers often fill in Chinese only.
     */
    static String pick(Locale locale, String zh, String en) {
        boolean chinese = locale == null || "zh".equals(locale.getLanguage());
        String first = chinese ? zh : en;
        String second = chinese ? en : zh;
        if (!blank(first)) {
            return first;
        }
        return blank(second) ? "" : second;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
