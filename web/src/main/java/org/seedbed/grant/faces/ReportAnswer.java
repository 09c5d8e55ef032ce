package org.seedbed.grant.faces;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seedbed.call.form.Question;
import org.seedbed.call.form.QuestionType;

/**
 * The grantee's answer to one of the call's report questions in the report editor of
 * ngo/grant.xhtml. The question's words are kept in the page's language, as the indicator rows
 * keep theirs; each kind of value has a property of its own type, so every input gets the
 * converter it needs. Answers are stored as an application's are: a string, a number, a
 * {@code yyyy-MM-dd} string, a choice's value or an array of choice values.
 */
public class ReportAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Lengths when the question sets none, as the server's check of answers has them. */
    static final int SHORT_TEXT_MAX = 200;

    static final int LONG_TEXT_MAX = 20_000;

    /** One choice of a choice question: the value stored and its label in the page's language. */
    public record Option(String value, String label) implements Serializable {}

    private final String key;
    private final QuestionType type;
    private final String label;
    private final String help;
    private final boolean required;
    private final Integer minLength;
    private final Integer maxLength;
    private final BigDecimal min;
    private final BigDecimal max;
    private final List<Option> options;
    private String text;
    private BigDecimal number;
    private LocalDate date;
    private List<String> chosen = new ArrayList<>();

    private ReportAnswer(Question question, Locale locale) {
        this.key = question.key();
        this.type = question.type();
        this.label = question.label(locale);
        this.help = question.help(locale);
        this.required = question.required();
        this.minLength = question.minLength();
        this.maxLength = question.maxLength();
        this.min = question.min();
        this.max = question.max();
        this.options = question.choices().stream()
                .map(choice -> new Option(choice.value(), choice.label(locale)))
                .toList();
    }

    /** The answer to a question filled with what was saved; a value of the wrong kind is left out. */
    static ReportAnswer of(Question question, JsonValue saved, Locale locale) {
        ReportAnswer answer = new ReportAnswer(question, locale);
        switch (question.type()) {
            case NUMBER, MONEY -> answer.number = saved instanceof JsonNumber n ? n.bigDecimalValue() : null;
            case DATE -> answer.date = date(saved);
            case MULTIPLE_CHOICE -> answer.chosen = new ArrayList<>(strings(saved));
            // Texts and single choices; report forms allow no tables or files.
            default -> answer.text = saved instanceof JsonString s ? s.getString() : null;
        }
        return answer;
    }

    /** The answer as stored, or null when nothing was given, so that it is left out. */
    JsonValue toJson() {
        return switch (type) {
            case NUMBER, MONEY -> number == null ? null : Json.createValue(number);
            case DATE -> date == null ? null : Json.createValue(date.toString());
            case MULTIPLE_CHOICE -> chosen(chosen);
            default -> text == null || text.isBlank() ? null : Json.createValue(text);
        };
    }

    private static JsonArray chosen(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    public String getKey() {
        return key;
    }

    /** The type's name, which the page compares to choose the input. */
    public String getType() {
        return type.name();
    }

    public String getLabel() {
        return label;
    }

    public String getHelp() {
        return help;
    }

    public boolean isRequired() {
        return required;
    }

    /** The id of the question's one input, for its label; null for choices, which have a legend. */
    public String getInputId() {
        return switch (type) {
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
        if (maxLength != null) {
            return maxLength;
        }
        return type == QuestionType.LONG_TEXT ? LONG_TEXT_MAX : SHORT_TEXT_MAX;
    }

    public Integer getMinLength() {
        return minLength;
    }

    public BigDecimal getMin() {
        return min;
    }

    public BigDecimal getMax() {
        return max;
    }

    public List<Option> getOptions() {
        return options;
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
}
