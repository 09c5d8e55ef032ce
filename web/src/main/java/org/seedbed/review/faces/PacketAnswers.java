package org.seedbed.review.faces;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seedbed.call.form.AnswerText;
import org.seedbed.call.form.Budget;
import org.seedbed.call.form.BudgetLine;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.FormPage;
import org.seedbed.call.form.JsonValues;
import org.seedbed.call.form.Question;
import org.seedbed.call.form.QuestionType;

/**
 * The answers of a review packet page by page, read only, for reviewer/sheet.xhtml. Budget and
 * indicator tables stay tables, which an expert compares at a glance during a pitch; file answers
 * are the ids of attachments, downloaded without their names (a name can give a blind review's
 * applicant away).
 */
public final class PacketAnswers {

    public enum Kind {
        TEXT,
        FILES,
        BUDGET,
        INDICATORS
    }

    /** One budget line: what is bought, how many at what price, and what it asks of the call. */
    public record BudgetEntry(
            String category,
            String item,
            String quantity,
            BigDecimal unitCost,
            BigDecimal total,
            BigDecimal requested) {}

    /** One expected result; baseline and target as plain numbers. */
    public record IndicatorEntry(String name, String unit, String baseline, String target) {}

    /** One question and its answer; only the part that fits {@code kind} is filled. */
    public record Entry(
            String label,
            Kind kind,
            String text,
            List<Long> fileIds,
            List<BudgetEntry> budget,
            Budget budgetSums,
            List<IndicatorEntry> indicators) {

        /** No answer; named so because "empty" is a word of the expression language. */
        public boolean blank() {
            return switch (kind) {
                case TEXT -> text == null || text.isBlank();
                case FILES -> fileIds.isEmpty();
                case BUDGET -> budget.isEmpty();
                case INDICATORS -> indicators.isEmpty();
            };
        }
    }

    /** A page of the form; {@code title} is blank when the form gave none, and the page numbers it. */
    public record Page(int number, String title, List<Entry> entries) {}

    private PacketAnswers() {}

    static List<Page> of(FormDefinition form, JsonObject answers, Locale locale) {
        JsonObject values = answers == null ? JsonValue.EMPTY_JSON_OBJECT : answers;
        List<Page> pages = new ArrayList<>();
        if (form == null) {
            return pages;
        }
        for (int i = 0; i < form.pages().size(); i++) {
            FormPage page = form.pages().get(i);
            List<Entry> entries = page.questions().stream()
                    .filter(q -> q.key() != null)
                    .map(q -> entry(q, values.get(q.key()), locale))
                    .toList();
            String title = page.title(locale);
            pages.add(new Page(i + 1, title == null ? "" : title, entries));
        }
        return pages;
    }

    private static Entry entry(Question question, JsonValue value, Locale locale) {
        String label = question.label(locale);
        QuestionType type = question.type() == null ? QuestionType.SHORT_TEXT : question.type();
        return switch (type) {
            case FILE -> new Entry(label, Kind.FILES, null, fileIds(value), List.of(), null, List.of());
            case BUDGET_TABLE -> {
                Budget budget = Budget.of(value instanceof JsonArray rows ? rows : null);
                yield new Entry(
                        label,
                        Kind.BUDGET,
                        null,
                        List.of(),
                        budget.lines().stream().map(PacketAnswers::budgetEntry).toList(),
                        budget,
                        List.of());
            }
            case INDICATOR_TABLE ->
                new Entry(label, Kind.INDICATORS, null, List.of(), List.of(), null, indicators(value));
            default ->
                new Entry(
                        label,
                        Kind.TEXT,
                        AnswerText.of(question, value, locale),
                        List.of(),
                        List.of(),
                        null,
                        List.of());
        };
    }

    private static BudgetEntry budgetEntry(BudgetLine line) {
        return new BudgetEntry(
                line.category().strip(),
                line.item().strip(),
                plain(line.quantity()),
                line.unitCost(),
                line.total(),
                line.requested());
    }

    private static List<IndicatorEntry> indicators(JsonValue value) {
        if (!(value instanceof JsonArray rows)) {
            return List.of();
        }
        List<IndicatorEntry> entries = new ArrayList<>();
        for (JsonValue row : rows) {
            if (row instanceof JsonObject cells) {
                entries.add(new IndicatorEntry(
                        strip(JsonValues.text(cells, "name")),
                        strip(JsonValues.text(cells, "unit")),
                        plain(JsonValues.number(cells, "baseline")),
                        plain(JsonValues.number(cells, "target"))));
            }
        }
        return entries;
    }

    /** Attachment ids: numbers, or numbers written as text, as the wizard stores them. */
    private static List<Long> fileIds(JsonValue value) {
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (JsonValue element : array) {
            if (element instanceof JsonNumber number) {
                ids.add(number.longValue());
            } else if (element instanceof JsonString text && text.getString().matches("\\d{1,18}")) {
                ids.add(Long.parseLong(text.getString()));
            }
        }
        return ids;
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
