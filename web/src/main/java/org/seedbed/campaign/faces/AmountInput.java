package org.seedbed.campaign.faces;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The amount a donor types, read as people write it on a phone: full-width digits of a Chinese
 * keyboard, a yuan sign or "元", spaces and thousands separators are all fine. What is left must be
 * a plain positive number; limits and decimals are the use case's to check.
 */
final class AmountInput {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,12}(\\.\\d{1,12})?|\\.\\d{1,12}");

    private AmountInput() {}

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The amount, or empty when the text is blank or no amount. */
    static Optional<BigDecimal> parse(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        // NFKC turns full-width digits, the full-width point and the full-width yuan sign into ASCII ones.
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\s,¥元]", "")
                .replace("CNY", "")
                .replace("RMB", "");
        if (!NUMBER.matcher(plain).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }
}
