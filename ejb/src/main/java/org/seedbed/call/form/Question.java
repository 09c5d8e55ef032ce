package org.seedbed.call.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of an application form. Lengths bound text answers (in characters); {@code min} and {@code
 * max} bound number and money answers; choices apply to choice questions only.
 */
public record Question(
        String key,
        QuestionType type,
        String labelZh,
        String labelEn,
        String helpZh,
        String helpEn,
        boolean required,
        Integer minLength,
        Integer maxLength,
        BigDecimal min,
        BigDecimal max,
        List<Choice> choices) {

    public Question {
        choices = choices == null
                ? List.of()
                : choices.stream().filter(Objects::nonNull).toList();
    }

    public String label(Locale locale) {
        return Texts.pick(locale, labelZh, labelEn);
    }

    public String help(Locale locale) {
        return Texts.pick(locale, helpZh, helpEn);
    }

    public Optional<Choice> choice(String value) {
        return choices.stream().filter(c -> Objects.equals(c.value(), value)).findFirst();
    }
}
