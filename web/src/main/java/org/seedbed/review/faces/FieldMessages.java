package org.seedbed.review.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.SeedbedProblem;

/**
 * Shows a use case's problem on the review pages beside the component it is about: a field
 * problem beside the input of the form named like the field, anything else beside the form's
 * {@code fallbackId} (usually the button that was pressed). The review workspace is long and
 * tabbed, and its dialogs cover the page, so a message only at the top would go unseen. The
 * request is marked failed so that a dialog stays open for a correction.
 */
final class FieldMessages {

    private FieldMessages() {}

    static void show(SeedbedProblem problem, String formId, String fallbackId) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot().getLocale();
        UIComponent form = find(context.getViewRoot(), formId, true);
        UIComponent fallback = form == null || fallbackId == null ? null : find(form, fallbackId, false);
        if (problem instanceof InvalidInputException invalid) {
            for (FieldProblem field : invalid.problems()) {
                UIComponent target = form == null || field.field() == null ? null : find(form, field.field(), false);
                add(context, target == null ? fallback : target, field.message(locale));
            }
        } else {
            add(context, fallback, problem.message(locale));
        }
        context.validationFailed();
    }

    /** A message of the page's own beside a component, e.g. "choose an expert first". */
    static void error(String text, String formId, String componentId) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent form = find(context.getViewRoot(), formId, true);
        add(context, form == null ? null : find(form, componentId, false), text);
        context.validationFailed();
    }

    private static void add(FacesContext context, UIComponent target, String text) {
        context.addMessage(
                target == null ? null : target.getClientId(context),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
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
