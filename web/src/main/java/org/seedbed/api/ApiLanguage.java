package org.seedbed.api;

import java.util.List;
import java.util.Locale;

/** The language of API messages: Chinese when the client prefers it, English otherwise. */
public final class ApiLanguage {

    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private ApiLanguage() {}

    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange range : ranges) {
                String language = Locale.forLanguageTag(range.getRange()).getLanguage();
                if (language.equals("zh")) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
                if (language.equals("en")) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
        return SUPPORTED.get(0);
    }
}
