package org.seedbed.organization.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.seedbed.faces.Texts;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.SeedbedProblem;

/**
 * Shows a use case's problem on a form: each field problem next to the input whose id is the
 * field's name. The layout's message list shows every message, so a problem attached to a field
 * appears at the top too, and one without a matching input appears only there.
 */
public final class FieldMessages {

    private FieldMessages() {}

    public static void show(SeedbedProblem problem, String formId) {
        if (!(problem instanceof InvalidInputException invalid)) {
            Texts.problem(problem);
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot().getLocale();
        UIComponent form = find(context.getViewRoot(), formId, true);
        for (FieldProblem field : invalid.problems()) {
            UIComponent input = form == null || field.field() == null ? null : find(form, field.field(), false);
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, field.message(locale), null);
            context.addMessage(input == null ? null : input.getClientId(context), message);
        }
        context.validationFailed();
    }

    /** Adds a message to one input of a form, or to the page when the input is not there. */
    static void add(String formId, String inputId, FacesMessage message) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent form = find(context.getViewRoot(), formId, true);
        UIComponent input = form == null ? null : find(form, inputId, false);
        context.addMessage(input == null ? null : input.getClientId(context), message);
    }

    private static UIComponent find(UIComponent parent, String id, boolean form) {
        for (UIComponent child : (Iterable<UIComponent>) () -> parent.getFacetsAndChildren()) {
            if (id.equals(child.getId()) && (!form || child instanceof UIForm)) {
                return child;
            }
            UIComponent found = find(child, id, form);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
