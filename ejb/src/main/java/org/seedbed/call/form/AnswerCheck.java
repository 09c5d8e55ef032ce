package org.seedbed.call.form;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.seedbed.problem.FieldProblem;

/**
 * Checks the answers of an application against its form, so that the applicant sees every problem at once.
 * A draft is checked for format only (wrong kind of value, too long, unknown choice, bad date, negative
 * amount), so that half-finished work can always be saved; a submission must also answer every required
 * question and keep to the call's budget rules. Problems name the question key, or {@code key[i].column}
 * for a cell of a table, with rows counted from 0.
 */
public final class AnswerCheck {

    /** Length of a short text when the question sets none. */
    static final int SHORT_TEXT_MAX = 200;

    /** Length of a long text when the question sets none; roughly ten pages of Chinese. */
    static final int LONG_TEXT_MAX = 20_000;

    /** Length of a text cell of a table. */
    static final int CELL_MAX = 200;

    /** Decimals of a plain number; more would only be noise in tables and exports. */
    static final int NUMBER_DECIMALS = 6;

    /** No number in a form of a community project needs to reach a trillion; larger ones are typos. */
    static final BigDecimal LARGEST = BigDecimal.valueOf(1_000_000_000_000L);

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final List<FieldProblem> problems = new ArrayList<>();
    private final BudgetLimits limits;
    private final boolean complete;

    private AnswerCheck(BudgetLimits limits, boolean complete) {
        this.limits = limits == null ? BudgetLimits.none() : limits;
        this.complete = complete;
    }

    /**
     * What is wrong with {@code answers}: {@code complete} is false when a draft is saved and true when the
     * application is submitted.
     */
    public static List<FieldProblem> problems(
            FormDefinition form, JsonObject answers, BudgetLimits limits, boolean complete) {
        FormDefinition definition = form == null ? FormDefinition.empty() : form;
        JsonObject given = answers == null ? JsonValue.EMPTY_JSON_OBJECT : answers;
        AnswerCheck check = new AnswerCheck(limits, complete);
        Set<String> known = new HashSet<>();
        for (Question question : definition.questions()) {
            known.add(question.key());
            if (question.key() != null && question.type() != null) {
                check.question(question, given.get(question.key()));
            }
        }
        for (String key : given.keySet()) {
            if (!known.contains(key)) {
                check.add(key, "form.answer.unknown");
            }
        }
        return List.copyOf(check.problems);
    }

    private void question(Question question, JsonValue value) {
        String key = question.key();
        if (JsonValues.empty(value)) {
            if (complete && question.required()) {
                add(key, "form.answer.required");
            }
            return;
        }
        switch (question.type()) {
            case SHORT_TEXT -> text(question, value, SHORT_TEXT_MAX);
            case LONG_TEXT -> text(question, value, LONG_TEXT_MAX);
            case NUMBER -> number(question, value);
            case MONEY -> money(question, value);
            case DATE -> date(key, value);
            case SINGLE_CHOICE -> singleChoice(question, value);
            case MULTIPLE_CHOICE -> multipleChoice(question, value);
            case FILE -> files(key, value);
            case BUDGET_TABLE -> budget(key, value);
            case INDICATOR_TABLE -> indicators(key, value);
        }
    }

    private void text(Question question, JsonValue value, int defaultMax) {
        if (!(value instanceof JsonString string)) {
            add(question.key(), "form.answer.invalid");
            return;
        }
        String text = string.getString().strip();
        // Characters as people count them: a rare character outside the BMP is still one.
        int length = text.codePointCount(0, text.length());
        int max = question.maxLength() == null ? defaultMax : question.maxLength();
        if (length > max) {
            add(question.key(), "form.answer.tooLong", max);
        } else if (complete && question.minLength() != null && length < question.minLength()) {
            add(question.key(), "form.answer.tooShort", question.minLength());
        }
    }

    private void number(Question question, JsonValue value) {
        BigDecimal number = numberIn(question.key(), value);
        if (number == null || !decimals(question.key(), number, NUMBER_DECIMALS)) {
            return;
        }
        if (complete) {
            bounds(question, number, Amounts::number);
        }
    }

    private void money(Question question, JsonValue value) {
        BigDecimal amount = numberIn(question.key(), value);
        if (amount == null) {
            return;
        }
        if (!isMoney(amount)) {
            add(question.key(), "form.answer.money");
        } else if (complete) {
            bounds(question, amount, Amounts::yuan);
        }
    }

    private void bounds(Question question, BigDecimal value, Function<BigDecimal, String> format) {
        if (question.min() != null && value.compareTo(question.min()) < 0) {
            add(question.key(), "form.answer.min", format.apply(question.min()));
        } else if (question.max() != null && value.compareTo(question.max()) > 0) {
            add(question.key(), "form.answer.max", format.apply(question.max()));
        }
    }

    private void date(String key, JsonValue value) {
        if (!(value instanceof JsonString string) || !isDate(string.getString())) {
            add(key, "form.answer.date");
        }
    }

    private static boolean isDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private void singleChoice(Question question, JsonValue value) {
        if (!(value instanceof JsonString string)) {
            add(question.key(), "form.answer.invalid");
        } else if (question.choice(string.getString()).isEmpty()) {
            add(question.key(), "form.answer.choice", string.getString());
        }
    }

    private void multipleChoice(Question question, JsonValue value) {
        if (!(value instanceof JsonArray array)) {
            add(question.key(), "form.answer.invalid");
            return;
        }
        for (JsonValue element : array) {
            if (!(element instanceof JsonString string)) {
                add(question.key(), "form.answer.invalid");
                return;
            }
            if (question.choice(string.getString()).isEmpty()) {
                add(question.key(), "form.answer.choice", string.getString());
            }
        }
    }

    /** Attachment ids; whether they belong to the applicant is for the caller, who can see the database. */
    private void files(String key, JsonValue value) {
        boolean ids = value instanceof JsonArray array
                && array.stream()
                        .allMatch(id -> id instanceof JsonNumber n
                                && n.isIntegral()
                                && n.bigDecimalValue().signum() > 0
                                && n.bigDecimalValue().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0);
        if (!ids) {
            add(key, "form.answer.invalid");
        }
    }

    private void budget(String key, JsonValue value) {
        if (!(value instanceof JsonArray rows)) {
            add(key, "form.answer.invalid");
            return;
        }
        int before = problems.size();
        for (int i = 0; i < rows.size(); i++) {
            String row = key + "[" + i + "]";
            if (rows.get(i) instanceof JsonObject cells) {
                budgetLine(row, cells);
            } else {
                add(row, "form.answer.invalid");
            }
        }
        // Sums over lines that are themselves wrong would only confuse; those lines are fixed first.
        if (complete && problems.size() == before) {
            budgetRules(key, Budget.of(rows));
        }
    }

    private void budgetLine(String row, JsonObject cells) {
        Set<String> categories = limits.categories();
        String category = textCell(row + ".category", cells.get("category"));
        if (category != null && !categories.isEmpty() && !categories.contains(category)) {
            add(row + ".category", "form.budget.line.category", category);
        } else if (complete && !categories.isEmpty() && JsonValues.empty(cells.get("category"))) {
            // Only calls with categories ask for one: they add up spending per category.
            add(row + ".category", "form.answer.required");
        }
        String item = textCell(row + ".item", cells.get("item"));
        if (complete && JsonValues.empty(cells.get("item"))) {
            add(row + ".item", "form.budget.line.item");
        }
        BigDecimal unitCost = amountCell(row + ".unitCost", cells.get("unitCost"), true);
        BigDecimal quantity = quantityCell(row + ".quantity", cells.get("quantity"));
        BigDecimal own = amountCell(row + ".own", cells.get("own"), false);
        BigDecimal cofunding = amountCell(row + ".cofunding", cells.get("cofunding"), false);
        if (complete && unitCost != null && quantity != null && own != null && cofunding != null) {
            BudgetLine line = new BudgetLine(category, item, unitCost, quantity, own, cofunding);
            if (line.requested().signum() < 0) {
                add(row + ".own", "form.budget.line.overfunded");
            }
        }
    }

    /**
     * A valid amount of a budget cell, zero for an empty optional cell, or null after reporting a problem
     * (or a missing required amount of a submission).
     */
    private BigDecimal amountCell(String field, JsonValue value, boolean required) {
        if (JsonValues.empty(value)) {
            if (complete && required) {
                add(field, "form.answer.required");
                return null;
            }
            return BigDecimal.ZERO;
        }
        BigDecimal amount = numberIn(field, value);
        if (amount != null && !isMoney(amount)) {
            add(field, "form.budget.line.amount");
            return null;
        }
        return amount;
    }

    private BigDecimal quantityCell(String field, JsonValue value) {
        if (JsonValues.empty(value)) {
            if (complete) {
                add(field, "form.answer.required");
                return null;
            }
            return BigDecimal.ZERO;
        }
        BigDecimal quantity = numberIn(field, value);
        if (quantity == null) {
            return null;
        }
        if (quantity.signum() < 0) {
            add(field, "form.budget.line.amount");
            return null;
        }
        return decimals(field, quantity, 2) ? quantity : null;
    }

    private void budgetRules(String key, Budget budget) {
        BigDecimal requested = budget.requested();
        if (limits.cap() != null && requested.compareTo(limits.cap()) > 0) {
            add(key, "form.budget.cap", Amounts.yuan(requested), Amounts.yuan(limits.cap()));
        }
        if (limits.minimum() != null && requested.compareTo(limits.minimum()) < 0) {
            add(key, "form.budget.minimum", Amounts.yuan(requested), Amounts.yuan(limits.minimum()));
        }
        Integer percent = limits.cofundingPercent();
        // Compared exactly, not on the rounded share: 19.96 % is short of 20 %.
        if (percent != null
                && budget.own()
                                .add(budget.cofunding())
                                .multiply(BigDecimal.valueOf(100))
                                .compareTo(budget.total().multiply(BigDecimal.valueOf(percent)))
                        < 0) {
            add(key, "form.budget.cofunding", budget.cofundingShare().toPlainString(), String.valueOf(percent));
        }
    }

    private void indicators(String key, JsonValue value) {
        if (!(value instanceof JsonArray rows)) {
            add(key, "form.answer.invalid");
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            String row = key + "[" + i + "]";
            if (!(rows.get(i) instanceof JsonObject cells)) {
                add(row, "form.answer.invalid");
                continue;
            }
            textCell(row + ".name", cells.get("name"));
            if (complete && JsonValues.empty(cells.get("name"))) {
                add(row + ".name", "form.indicator.name");
            }
            textCell(row + ".unit", cells.get("unit"));
            JsonValue baseline = cells.get("baseline");
            if (!JsonValues.empty(baseline)) {
                plainNumberCell(row + ".baseline", baseline);
            }
            JsonValue target = cells.get("target");
            if (!JsonValues.empty(target)) {
                plainNumberCell(row + ".target", target);
            } else if (complete) {
                add(row + ".target", "form.indicator.target");
            }
        }
    }

    private void plainNumberCell(String field, JsonValue value) {
        BigDecimal number = numberIn(field, value);
        if (number != null) {
            decimals(field, number, NUMBER_DECIMALS);
        }
    }

    /** The text of a cell, null when empty or after reporting a problem. */
    private String textCell(String field, JsonValue value) {
        if (JsonValues.empty(value)) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            add(field, "form.answer.invalid");
            return null;
        }
        String text = string.getString().strip();
        if (text.codePointCount(0, text.length()) > CELL_MAX) {
            add(field, "form.answer.tooLong", CELL_MAX);
            return null;
        }
        return text;
    }

    /** The number of a value within the sane range, or null after reporting a problem. */
    private BigDecimal numberIn(String field, JsonValue value) {
        if (!(value instanceof JsonNumber json)) {
            add(field, "form.answer.notNumber");
            return null;
        }
        BigDecimal number = json.bigDecimalValue();
        if (number.compareTo(LARGEST.negate()) < 0) {
            add(field, "form.answer.min", Amounts.number(LARGEST.negate()));
            return null;
        }
        if (number.compareTo(LARGEST) > 0) {
            add(field, "form.answer.max", Amounts.number(LARGEST));
            return null;
        }
        return number;
    }

    private boolean decimals(String field, BigDecimal number, int allowed) {
        if (number.stripTrailingZeros().scale() > allowed) {
            add(field, "form.answer.decimals", allowed);
            return false;
        }
        return true;
    }

    /** Yuan are counted in fen: two decimals at most, and never below zero. */
    private static boolean isMoney(BigDecimal amount) {
        return amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2;
    }

    private void add(String field, String key, Object... args) {
        problems.add(FieldProblem.of(field, key, args));
    }
}
