package org.seedbed.call.faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.seedbed.call.form.Question;
import org.seedbed.call.form.QuestionType;

/**
 * One question in the form builder of staff/call-form.xhtml, mutable for the page. Only the
 * properties of its type go into the {@link Question}: lengths for texts, bounds for numbers and
 * money, choices for choice questions.
 */
public class QuestionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private QuestionType type;
    private String labelZh;
    private String labelEn;
    private String helpZh;
    private String helpEn;
    private boolean required;
    private Integer minLength;
    private Integer maxLength;
    private BigDecimal min;
    private BigDecimal max;
    private final List<ChoiceDraft> choices = new ArrayList<>();
    // Keys of saved questions name stored answers: they are only suggested for new ones.
    private boolean keyTouched;
    private final List<String> problems = new ArrayList<>();

    static QuestionDraft of(Question question) {
        QuestionDraft draft = new QuestionDraft();
        draft.key = question.key();
        draft.type = question.type();
        draft.labelZh = question.labelZh();
        draft.labelEn = question.labelEn();
        draft.helpZh = question.helpZh();
        draft.helpEn = question.helpEn();
        draft.required = question.required();
        draft.minLength = question.minLength();
        draft.maxLength = question.maxLength();
        draft.min = question.min();
        draft.max = question.max();
        question.choices().forEach(c -> draft.choices.add(ChoiceDraft.of(c)));
        draft.keyTouched = true;
        return draft;
    }

    static QuestionDraft blank(QuestionType type, String key) {
        QuestionDraft draft = new QuestionDraft();
        draft.type = type;
        draft.key = key;
        draft.required = true;
        draft.typeChanged();
        return draft;
    }

    Question toQuestion() {
        boolean textual = isTextual();
        boolean numeric = isNumeric();
        String cleanKey = Drafts.trim(key);
        return new Question(
                cleanKey == null ? null : cleanKey.toLowerCase(Locale.ROOT),
                type,
                Drafts.trim(labelZh),
                Drafts.trim(labelEn),
                Drafts.trim(helpZh),
                Drafts.trim(helpEn),
                required,
                textual ? minLength : null,
                textual ? maxLength : null,
                numeric ? min : null,
                numeric ? max : null,
                isChoice() ? choices.stream().map(ChoiceDraft::toChoice).toList() : List.of());
    }

    /** A choice question needs two choices at least: it gets them to fill in. */
    void typeChanged() {
        while (isChoice() && choices.size() < 2) {
            addChoice();
        }
    }

    void addChoice() {
        int n = choices.size() + 1;
        while (hasChoiceValue("option_" + n)) {
            n++;
        }
        choices.add(ChoiceDraft.withValue("option_" + n));
    }

    private boolean hasChoiceValue(String value) {
        return choices.stream().anyMatch(c -> value.equals(c.getValue()));
    }

    void removeChoice(int index) {
        if (index >= 0 && index < choices.size()) {
            choices.remove(index);
        }
    }

    /** Takes a key made from the label, unless the officer typed one or the question was saved. */
    void suggestKey(String suggestion) {
        if (!keyTouched && suggestion != null) {
            key = suggestion;
        }
    }

    public String label(Locale locale) {
        return toQuestion().label(locale);
    }

    public String help(Locale locale) {
        return toQuestion().help(locale);
    }

    public boolean isTextual() {
        return type == QuestionType.SHORT_TEXT || type == QuestionType.LONG_TEXT;
    }

    public boolean isNumeric() {
        return type == QuestionType.NUMBER || type == QuestionType.MONEY;
    }

    public boolean isChoice() {
        return type != null && type.hasChoices();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        if (!Objects.equals(this.key, key)) {
            keyTouched = true;
        }
        this.key = key;
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type;
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

    public String getHelpZh() {
        return helpZh;
    }

    public void setHelpZh(String helpZh) {
        this.helpZh = helpZh;
    }

    public String getHelpEn() {
        return helpEn;
    }

    public void setHelpEn(String helpEn) {
        this.helpEn = helpEn;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public Integer getMinLength() {
        return minLength;
    }

    public void setMinLength(Integer minLength) {
        this.minLength = minLength;
    }

    public Integer getMaxLength() {
        return maxLength;
    }

    public void setMaxLength(Integer maxLength) {
        this.maxLength = maxLength;
    }

    public BigDecimal getMin() {
        return min;
    }

    public void setMin(BigDecimal min) {
        this.min = min;
    }

    public BigDecimal getMax() {
        return max;
    }

    public void setMax(BigDecimal max) {
        this.max = max;
    }

    public List<ChoiceDraft> getChoices() {
        return choices;
    }

    public List<String> getProblems() {
        return problems;
    }
}
