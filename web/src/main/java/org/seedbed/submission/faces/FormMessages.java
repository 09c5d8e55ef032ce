package org.seedbed.submission.faces;

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
 * Shows a use case's problem on a fixed form (ngo/apply.xhtml, the screening form of
 * staff/submission.xhtml): each field problem next to the input whose id is the field's name. The
 * layout's message list shows every message, so each one appears at the top of the page too.
 */
final class FormMessages {

    private FormMessages() {}

    static void show(SeedbedProblem problem, String formId) {
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

    private static UIComponent find(UIComponent parent, String id, boolean form) {
        for (UIComponent child : (Iterable<UIComponent>) parent::getFacetsAndChildren) {
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
