package org.seedbed.submission.faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.FormPage;
import org.seedbed.faces.Texts;

/**
 * The steps of the wizard (ngo/submission.xhtml): one per page of the call's form, at least one
 * (it holds the title and category), then "Review and submit". Counts visits, so that the review
 * step knows when to check the submission again.
 */
public final class WizardSteps implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One step of the step bar, from 0; state is done, current or todo. */
    public record Step(int index, String label, String state) implements Serializable {}

    private final FormDefinition form;
    private int current;
    private int visits;

    WizardSteps(FormDefinition form) {
        this.form = form;
    }

    /** Goes to a step; one outside the wizard goes to the nearest one. */
    void go(int index) {
        current = Math.max(0, Math.min(index, getReviewIndex()));
        visits++;
    }

    public List<Step> items(Locale locale) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i <= getReviewIndex(); i++) {
            String state = i < current ? "done" : i == current ? "current" : "todo";
            steps.add(new Step(i, label(i, locale), state));
        }
        return steps;
    }

    /** The page's title, "Page 2" when the officer gave none, or the review step's name. */
    public String label(int index, Locale locale) {
        if (index >= getReviewIndex()) {
            return Texts.text("wizard.step.review");
        }
        String title = index < form.pages().size() ? form.pages().get(index).title(locale) : "";
        return title.isBlank() ? Texts.text("wizard.step.page", index + 1) : title;
    }

    /** The form page of the current step, or null on the review step and for a form without pages. */
    public FormPage getPage() {
        return current < form.pages().size() && !isReview() ? form.pages().get(current) : null;
    }

    public int getReviewIndex() {
        return Math.max(1, form.pages().size());
    }

    public boolean isReview() {
        return current == getReviewIndex();
    }

    public boolean isFirst() {
        return current == 0;
    }

    public int getCurrent() {
        return current;
    }

    /** The current step counted from 1, as the page address has it. */
    public int getNumber() {
        return current + 1;
    }

    public int getCount() {
        return getReviewIndex() + 1;
    }

    public int getVisits() {
        return visits;
    }
}
