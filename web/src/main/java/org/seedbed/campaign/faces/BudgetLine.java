package org.seedbed.campaign.faces;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of what a campaign's money pays for, read from the campaign's budget lines
 * ({@code [{"category", "item", "amount"}]}). Lines without an item or an amount are left out
 * rather than shown half.
 */
public record BudgetLine(String category, String item, BigDecimal amount) {

    static List<BudgetLine> of(JsonArray lines) {
        List<BudgetLine> read = new ArrayList<>();
        if (lines == null) {
            return read;
        }
        for (JsonValue value : lines) {
            if (!(value instanceof JsonObject line)) {
                continue;
            }
            String item = text(line.get("item"));
            if (item.isEmpty() || !(line.get("amount") instanceof JsonNumber amount)) {
                continue;
            }
            read.add(new BudgetLine(text(line.get("category")), item, amount.bigDecimalValue()));
        }
        return read;
    }

    static BigDecimal total(List<BudgetLine> lines) {
        return lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString().strip() : "";
    }
}
