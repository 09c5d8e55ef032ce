package org.seedbed.submission.faces;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.seedbed.call.form.Budget;
import org.seedbed.call.form.Question;
import org.seedbed.call.form.QuestionType;

/**
 * The editable answer to one question of the wizard (ngo/submission.xhtml). Each kind of value has
 * a property of its own type, so that every input gets the converter it needs; tables are lists of
 * rows. File answers are not kept here: they are the ids of the question's attachments.
 */
public class AnswerField implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Lengths when the question sets none, as the server's check of answers has them. */
    static final int SHORT_TEXT_MAX = 200;

    static final int LONG_TEXT_MAX = 20_000;

    private final Question question;
    private String text;
    private BigDecimal number;
    private LocalDate date;
    private List<String> chosen = new ArrayList<>();
    private final List<BudgetRow> budgetRows = new ArrayList<>();
    private final List<IndicatorRow> indicatorRows = new ArrayList<>();

    private AnswerField(Question question) {
        this.question = question;
    }

    /** The field of a question filled with its saved answer; a value of the wrong kind is left out. */
    static AnswerField of(Question question, JsonValue value) {
        AnswerField field = new AnswerField(question);
        switch (question.type()) {
            case SHORT_TEXT, LONG_TEXT, SINGLE_CHOICE ->
                field.text = value instanceof JsonString s ? s.getString() : null;
            case NUMBER, MONEY -> field.number = value instanceof JsonNumber n ? n.bigDecimalValue() : null;
            case DATE -> field.date = date(value);
            case MULTIPLE_CHOICE -> field.chosen = new ArrayList<>(strings(value));
            case BUDGET_TABLE -> objects(value).forEach(cells -> field.budgetRows.add(BudgetRow.of(cells)));
            case INDICATOR_TABLE -> objects(value).forEach(cells -> field.indicatorRows.add(IndicatorRow.of(cells)));
            case FILE -> {
                // Attachments are listed from the submission, not from the answer.
            }
        }
        // An empty table offers one line to fill in, not only a button to add one.
        if (field.budgetRows.isEmpty() && question.type() == QuestionType.BUDGET_TABLE) {
            field.addBudgetRow();
        }
        if (field.indicatorRows.isEmpty() && question.type() == QuestionType.INDICATOR_TABLE) {
            field.addIndicatorRow();
        }
        return field;
    }

    /** The answer as stored, or null for no answer; {@code fileIds} are the question's attachments. */
    JsonValue toJson(List<Long> fileIds) {
        return switch (question.type()) {
            case SHORT_TEXT, LONG_TEXT, SINGLE_CHOICE -> JsonCells.blank(text) ? null : Json.createValue(text);
            case NUMBER, MONEY -> number == null ? null : Json.createValue(number);
            case DATE -> date == null ? null : Json.createValue(date.toString());
            case MULTIPLE_CHOICE ->
                array(chosen == null ? Stream.empty() : chosen.stream().map(Json::createValue));
            case FILE -> array(fileIds.stream().map(id -> Json.createValue(id)));
            case BUDGET_TABLE ->
                array(budgetRows.stream().filter(row -> !row.isBlank()).map(BudgetRow::toJson));
            case INDICATOR_TABLE ->
                array(indicatorRows.stream().filter(row -> !row.isBlank()).map(IndicatorRow::toJson));
        };
    }

    public void addBudgetRow() {
        budgetRows.add(new BudgetRow());
    }

    public void removeBudgetRow(BudgetRow row) {
        budgetRows.remove(row);
    }

    public void addIndicatorRow() {
        indicatorRows.add(new IndicatorRow());
    }

    public void removeIndicatorRow(IndicatorRow row) {
        indicatorRows.remove(row);
    }

    /** The budget as typed so far, for the live sums under the table. */
    public Budget getBudget() {
        return new Budget(budgetRows.stream().map(BudgetRow::line).toList());
    }

    public Question getQuestion() {
        return question;
    }

    public String getKey() {
        return question.key();
    }

    /** The type's name, which the page compares to choose the input. */
    public String getType() {
        return question.type().name();
    }

    /** The id of the question's one input, for its label; null for choices, files and tables. */
    public String getInputId() {
        return switch (question.type()) {
            case SHORT_TEXT -> "shortText";
            case LONG_TEXT -> "longText";
            case NUMBER -> "number";
            case MONEY -> "money";
            case DATE -> "date";
            default -> null;
        };
    }

    /** The longest text the question takes, for the counter under the input. */
    public int getMaxLength() {
        if (question.maxLength() != null) {
            return question.maxLength();
        }
        return question.type() == QuestionType.LONG_TEXT ? LONG_TEXT_MAX : SHORT_TEXT_MAX;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public BigDecimal getNumber() {
        return number;
    }

    public void setNumber(BigDecimal number) {
        this.number = number;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }

    public List<BudgetRow> getBudgetRows() {
        return budgetRows;
    }

    public List<IndicatorRow> getIndicatorRows() {
        return indicatorRows;
    }

    private static LocalDate date(JsonValue value) {
        if (!(value instanceof JsonString s)) {
            return null;
        }
        try {
            return LocalDate.parse(s.getString());
        } catch (DateTimeParseException e) {
            // Saved answers passed the date check; anything else starts empty again.
            return null;
        }
    }

    private static List<String> strings(JsonValue value) {
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream()
                .filter(JsonString.class::isInstance)
                .map(v -> ((JsonString) v).getString())
                .toList();
    }

    private static List<JsonObject> objects(JsonValue value) {
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream()
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .toList();
    }

    private static JsonArray array(Stream<? extends JsonValue> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        JsonArray built = array.build();
        return built.isEmpty() ? null : built;
    }
}
