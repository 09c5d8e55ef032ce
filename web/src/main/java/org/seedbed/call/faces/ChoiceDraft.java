package org.seedbed.call.faces;

import java.io.Serializable;
import java.util.Locale;
import org.seedbed.call.form.Choice;

/** One choice of a choice question in the form builder of staff/call-form.xhtml: value and labels. */
public class ChoiceDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String value;
    private String labelZh;
    private String labelEn;

    static ChoiceDraft of(Choice choice) {
        ChoiceDraft draft = new ChoiceDraft();
        draft.value = choice.value();
        draft.labelZh = choice.labelZh();
        draft.labelEn = choice.labelEn();
        return draft;
    }

    static ChoiceDraft withValue(String value) {
        ChoiceDraft draft = new ChoiceDraft();
        draft.value = value;
        return draft;
    }

    Choice toChoice() {
        return new Choice(Drafts.trim(value), Drafts.trim(labelZh), Drafts.trim(labelEn));
    }

    /** The label an applicant reads, for the preview. */
    public String label(Locale locale) {
        return toChoice().label(locale);
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getLabelZh() {
        return labelZh;
    }

    public void setLabelZh(String labelZh) {
        this.labelZh = labelZh;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }
}
