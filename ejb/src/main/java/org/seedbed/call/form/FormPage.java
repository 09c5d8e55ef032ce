package org.seedbed.call.form;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One page (step) of an application form. */
public record FormPage(String key, String titleZh, String titleEn, List<Question> questions) {

    public FormPage {
        questions = questions == null
                ? List.of()
                : questions.stream().filter(Objects::nonNull).toList();
    }

    public String title(Locale locale) {
        return Texts.pick(locale, titleZh, titleEn);
    }
}
