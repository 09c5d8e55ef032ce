package org.seedbed.notification.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Subjects and bodies from the {@code org.seedbed.notification.Mail} bundles, zh-CN and en. */
public final class MailTemplates {

    private MailTemplates() {}

    public static MailMessage render(String to, Locale locale, String template, Object... args) {
        ResourceBundle bundle =
                ResourceBundle.getBundle("org.seedbed.notification.Mail", locale, MailTemplates.class.getClassLoader());
        return new MailMessage(
                to,
                new MessageFormat(bundle.getString(template + ".subject"), locale).format(args),
                new MessageFormat(bundle.getString(template + ".body"), locale).format(args));
    }
}
