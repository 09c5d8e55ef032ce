package org.seedbed.call.form;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An answer as readable text, for printable applications and for differences between versions: money with
 * two decimals, choices by their labels, one line per table row, e.g. {@code 场地租金: 3 × 200.00 = 600.00}.
 * A missing answer is the empty text.
 */
public final class AnswerText {

    private AnswerText() {}

    /** The answer with choice labels and the words of table rows in the locale's language. */
    public static String of(Question question, JsonValue value, Locale locale) {
        return render(question, value, locale == null ? Locale.SIMPLIFIED_CHINESE : locale, false);
    }

    /**
     * The answer with choices as their stored values, which do not change when an officer rewords a label;
     * the few words of budget rows are Chinese.
     */
    public static String raw(Question question, JsonValue value) {
        return render(question, value, Locale.SIMPLIFIED_CHINESE, true);
    }

    private static String render(Question question, JsonValue value, Locale locale, boolean raw) {
        if (JsonValues.empty(value)) {
            return "";
        }
        if (question.type() == null) {
            return string(value);
        }
        return switch (question.type()) {
            case SHORT_TEXT, LONG_TEXT, DATE -> string(value);
            case NUMBER -> value instanceof JsonNumber n ? Amounts.number(n.bigDecimalValue()) : string(value);
            case MONEY -> value instanceof JsonNumber n ? Amounts.yuan(n.bigDecimalValue()) : string(value);
            case SINGLE_CHOICE -> choice(question, string(value), locale, raw);
            case MULTIPLE_CHOICE -> choices(question, value, locale, raw);
            case FILE -> elements(value).stream().map(AnswerText::string).collect(Collectors.joining(", "));
            case BUDGET_TABLE -> rows(value, row -> budgetRow(row, locale));
            case INDICATOR_TABLE -> rows(value, AnswerText::indicatorRow);
        };
    }

    private static String choice(Question question, String value, Locale locale, boolean raw) {
        if (raw) {
            return value;
        }
        return question.choice(value).map(c -> c.label(locale)).orElse(value);
    }

    /** In the form's order of choices, so that ticking the same boxes in another order changes nothing. */
    private static String choices(Question question, JsonValue value, Locale locale, boolean raw) {
        Set<String> chosen = new LinkedHashSet<>();
        elements(value).forEach(element -> chosen.add(string(element)));
        List<String> texts = new ArrayList<>();
        for (Choice choice : question.choices()) {
            if (chosen.remove(choice.value())) {
                texts.add(choice(question, choice.value(), locale, raw));
            }
        }
        texts.addAll(chosen);
        boolean chinese = raw || "zh".equals(locale.getLanguage());
        return String.join(chinese ? "、" : ", ", texts);
    }

    private static String rows(JsonValue value, Function<JsonObject, String> row) {
        return elements(value).stream()
                .filter(JsonObject.class::isInstance)
                .map(element -> row.apply((JsonObject) element))
                .collect(Collectors.joining("\n"));
    }

    /** E.g. {@code 活动物料 / 宣传册: 3 × 200.00 = 600.00（自筹 100.00，配套 0.00）}. */
    private static String budgetRow(JsonObject cells, Locale locale) {
        BudgetLine line = Budget.line(cells);
        StringBuilder text = new StringBuilder();
        if (!line.category().isBlank()) {
            text.append(line.category().strip()).append(" / ");
        }
        text.append(line.item().strip())
                .append(": ")
                .append(Amounts.number(line.quantity()))
                .append(" × ")
                .append(Amounts.yuan(line.unitCost()))
                .append(" = ")
                .append(Amounts.yuan(line.total()));
        if (line.own().signum() != 0 || line.cofunding().signum() != 0) {
            boolean chinese = "zh".equals(locale.getLanguage());
            text.append(chinese ? "（自筹 " : " (own ")
                    .append(Amounts.yuan(line.own()))
                    .append(chinese ? "，配套 " : ", co-funding ")
                    .append(Amounts.yuan(line.cofunding()))
                    .append(chinese ? "）" : ")");
        }
        return text.toString();
    }

    /** E.g. {@code 受益老人: 0 → 200 人}, or {@code 受益老人: 200 人} without a baseline. */
    private static String indicatorRow(JsonObject cells) {
        StringBuilder text = new StringBuilder(strip(JsonValues.text(cells, "name"))).append(": ");
        BigDecimal baseline = JsonValues.number(cells, "baseline");
        if (baseline != null) {
            text.append(Amounts.number(baseline)).append(" → ");
        }
        BigDecimal target = JsonValues.number(cells, "target");
        text.append(target == null ? "" : Amounts.number(target));
        String unit = strip(JsonValues.text(cells, "unit"));
        if (!unit.isEmpty()) {
            text.append(' ').append(unit);
        }
        return text.toString();
    }

    private static List<JsonValue> elements(JsonValue value) {
        return value instanceof JsonArray array ? array : List.of(value);
    }

    private static String string(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
