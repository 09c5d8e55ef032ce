package org.seedbed.call.faces;

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
 * Shows a use case's problem on a call page: each field problem next to the component of the form
 * whose id is the field's name (an input, or a panel such as the categories), and problems of the
 * application form with their place ("Page 1, question 3"). The layout's message list shows every
 * message too, so one without a matching component still appears at the top.
 */
final class CallProblems {

    private CallProblems() {}

    static void show(SeedbedProblem problem, String formId) {
        show(problem, formId, null);
    }

    /**
     * Like {@link #show(SeedbedProblem, String)}, but a problem about no field of the form (e.g. a
     * refused upload) is shown beside the component {@code fallbackId} of the form.
     */
    static void show(SeedbedProblem problem, String formId, String fallbackId) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot().getLocale();
        UIComponent form = find(context.getViewRoot(), formId, true);
        UIComponent fallback = form == null || fallbackId == null ? null : find(form, fallbackId, false);
        if (!(problem instanceof InvalidInputException invalid)) {
            if (fallback == null) {
                Texts.problem(problem);
            } else {
                context.addMessage(
                        fallback.getClientId(context),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(locale), null));
            }
            return;
        }
        for (FieldProblem field : invalid.problems()) {
            UIComponent target = form == null || field.field() == null ? null : find(form, field.field(), false);
            if (target == null) {
                target = fallback;
            }
            FacesMessage message =
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, FormPlaces.describe(field, locale), null);
            context.addMessage(target == null ? null : target.getClientId(context), message);
        }
        context.validationFailed();
    }

    /** A message of the page's own beside one component of a form, or at the top without it. */
    static void showBeside(String text, String formId, String componentId) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent form = find(context.getViewRoot(), formId, true);
        UIComponent target = form == null ? null : find(form, componentId, false);
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
