package org.seedbed.campaign.faces;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The preset amounts of the donation form as the city admin types them: yuan separated by commas,
 * Chinese commas (，、) and spaces included, so "10, 50，100" reads as 10, 50 and 100.
 */
final class PaymentPresets {

    private PaymentPresets() {}

    /** The amounts in the order typed; empty when a part is no number (an empty text gives none). */
    static Optional<List<BigDecimal>> parse(String text) {
        List<BigDecimal> amounts = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return Optional.of(amounts);
        }
        for (String part : text.strip().split("[,，、;；\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String number = part.startsWith("¥") || part.startsWith("￥") ? part.substring(1) : part;
            try {
                amounts.add(new BigDecimal(number));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        return Optional.of(amounts);
    }

    /** "10, 50, 100": the amounts as the admin would type them. */
    static String format(List<BigDecimal> amounts) {
        if (amounts == null) {
            return "";
        }
        return amounts.stream().map(a -> a.stripTrailingZeros().toPlainString()).collect(Collectors.joining(", "));
    }
}
