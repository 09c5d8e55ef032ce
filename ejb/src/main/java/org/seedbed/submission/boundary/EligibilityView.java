package org.seedbed.submission.boundary;

import java.util.List;
import java.util.Locale;
import org.seedbed.problem.ProblemMessages;

/** One eligibility rule's outcome, with the message key and arguments that explain it. */
public record EligibilityView(String rule, boolean passed, String key, List<Object> args) {

    public String message(Locale locale) {
        return ProblemMessages.format(locale, key, args.toArray());
    }
}
