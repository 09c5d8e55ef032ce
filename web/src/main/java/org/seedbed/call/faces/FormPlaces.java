package org.seedbed.call.faces;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seedbed.faces.Texts;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;

/**
 * Where in an application form a problem lies, for people: the form check names fields like
 * {@code pages[0].questions[2].key} (counted from 0), which staff/call-form.xhtml and
 * staff/call.xhtml show as "Page 1, question 3 · Key".
 */
final class FormPlaces {

    private static final Pattern PATH = Pattern.compile("pages\\[(\\d+)](?:\\.questions\\[(\\d+)])?(?:\\.(\\w+))?");

    /** A page, a question of it (or -1 for the page itself) and the property, if the field names one. */
    record Place(int page, int question, String property) {

        boolean isQuestion() {
            return question >= 0;
        }

        /** "Page 1" or "Page 1, question 3". */
        String text() {
            return isQuestion()
                    ? Texts.text("callForm.place.question", page + 1, question + 1)
                    : Texts.text("callForm.place.page", page + 1);
        }

        /** The property's label, or null when the problem is about the page or question as a whole. */
        String propertyLabel() {
            return property == null ? null : Texts.text("callForm.property." + property);
        }
    }

    private FormPlaces() {}

    static Optional<Place> parse(String field) {
        if (field == null) {
            return Optional.empty();
        }
        Matcher matcher = PATH.matcher(field);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int page = Integer.parseInt(matcher.group(1));
        int question = matcher.group(2) == null ? -1 : Integer.parseInt(matcher.group(2));
        return Optional.of(new Place(page, question, matcher.group(3)));
    }

    /** The problem's message with its place in front when it lies in the form, as a page message. */
    static String describe(FieldProblem problem, Locale locale) {
        String message = problem.message(locale);
        return parse(problem.field())
                .map(place -> place.propertyLabel() == null
                        ? Texts.text("callForm.problem.at", place.text(), message)
                        : Texts.text("callForm.problem.atProperty", place.text(), place.propertyLabel(), message))
                .orElse(message);
    }

    /** Puts each problem beside its page or question, and selects the first place that has one. */
    static void attach(InvalidInputException invalid, FormDraft draft, Locale locale) {
        boolean selected = false;
        for (FieldProblem problem : invalid.problems()) {
            Place place = parse(problem.field()).orElse(null);
            if (place == null || place.page() >= draft.getPages().size()) {
                continue;
            }
            PageDraft page = draft.getPages().get(place.page());
            String text = beside(problem, locale);
            if (place.isQuestion() && place.question() < page.getQuestions().size()) {
                page.getQuestions().get(place.question()).getProblems().add(text);
            } else {
                page.getProblems().add(text);
            }
            if (!selected) {
                draft.select(place.page(), place.question());
                selected = true;
            }
        }
    }

    /** The message for the property panel or the list, where the place is plain to see. */
    static String beside(FieldProblem problem, Locale locale) {
        String message = problem.message(locale);
        return parse(problem.field())
                .map(Place::propertyLabel)
                .map(label -> Texts.text("callForm.problem.property", label, message))
                .orElse(message);
    }
}
