package org.seedbed.incubation.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.EnumSet;
import java.util.Locale;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.SeedbedProblem;

/**
 * Shows a use case's problem like {@code Texts.problem}, but puts each field problem on the input
 * of the submitted form whose id is the problem's field, so that it appears beside that input too.
 */
final class FormProblems {

    private FormProblems() {}

    static void show(SeedbedProblem problem) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot().getLocale();
        if (problem instanceof InvalidInputException invalid) {
            for (FieldProblem field : invalid.problems()) {
                context.addMessage(
                        inputOf(context, field.field()),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, field.message(locale), null));
            }
            return;
        }
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(locale), null));
    }

    /** The client id of the input named like the field in the submitted form, or null for a page message. */
    private static String inputOf(FacesContext context, String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        String[] found = new String[1];
        VisitContext visit = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        context.getViewRoot().visitTree(visit, (v, component) -> {
            // Several forms of a page have a "note" or an "agreementEnd": only the one sent counts.
            if (component instanceof UIForm form && !form.isSubmitted()) {
                return VisitResult.REJECT;
            }
            if (component instanceof UIInput && field.equals(component.getId())) {
                found[0] = component.getClientId(v.getFacesContext());
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }
}
