package org.seedbed.problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up problem messages in the {@code org.seedbed.problem.Problems} bundles (en, zh-CN). */
public final class ProblemMessages {

    private static final String BUNDLE = "org.seedbed.problem.Problems";

    private ProblemMessages() {}

    public static String format(Locale locale, String key, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ProblemMessages.class.getClassLoader());
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
