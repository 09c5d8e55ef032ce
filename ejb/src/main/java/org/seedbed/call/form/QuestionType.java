package org.seedbed.call.form;

/** What kind of answer a question takes, and so how the answer is stored in the answers' JSON object. */
public enum QuestionType {
    /** One line of text, a JSON string. */
    SHORT_TEXT,
    /** Several paragraphs of text, a JSON string. */
    LONG_TEXT,
    /** A JSON number. */
    NUMBER,
    /** An amount in yuan with at most two decimals, a JSON number. */
    MONEY,
    /** A JSON string yyyy-MM-dd. */
    DATE,
    /** The value of one of the question's choices, a JSON string. */
    SINGLE_CHOICE,
    /** Values of the question's choices, a JSON array of strings. */
    MULTIPLE_CHOICE,
    /** Ids of uploaded attachments, a JSON array of numbers. */
    FILE,
    /** Lines of the project budget, a JSON array of objects; see {@link Budget}. */
    BUDGET_TABLE,
    /** Expected results, a JSON array of objects {name, unit, baseline, target}. */
    INDICATOR_TABLE;

    /** Whether answers must be among the question's choices. */
    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
