package org.seedbed.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.seedbed.problem.InvalidInputException;

/** Query parameters parsed so that a bad value is a 400 naming the parameter, not a 404. */
final class QueryValues {

    private QueryValues() {}

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(parameter, "problem.parameter.invalid", parameter, value);
        }
    }

    static Long longValue(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(parameter, "problem.parameter.invalid", parameter, value);
        }
    }

    static LocalDate date(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(parameter, "problem.parameter.invalid", parameter, value);
        }
    }

    static int page(String value) {
        Long page = longValue(value, "page");
        if (page != null && (page < 0 || page > 100_000)) {
            throw InvalidInputException.of("page", "problem.parameter.invalid", "page", value);
        }
        return page == null ? 0 : page.intValue();
    }
}
