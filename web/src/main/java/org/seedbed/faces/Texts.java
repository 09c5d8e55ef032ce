package org.seedbed.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.SeedbedProblem;

/** Page messages from the bundles, in the language of the view. */
public final class Texts {

    private Texts() {}

    public static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot() == null
                ? Locale.SIMPLIFIED_CHINESE
                : context.getViewRoot().getLocale();
        try {
            ResourceBundle bundle =
                    ResourceBundle.getBundle("org.seedbed.web.Messages", locale, Texts.class.getClassLoader());
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    public static void error(String key, Object... args) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    }

    /** Shows a use case's problem: one message per field problem, else its own message. */
    public static void problem(SeedbedProblem problem) {
        problem(problem, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Shows a problem in the given language (where the view's own is not settled yet). */
    public static void problem(SeedbedProblem problem, Locale locale) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (problem instanceof InvalidInputException invalid) {
            for (FieldProblem field : invalid.problems()) {
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, field.message(locale), null));
            }
            return;
        }
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(locale), null));
    }
}
