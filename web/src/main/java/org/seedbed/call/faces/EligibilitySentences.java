package org.seedbed.call.faces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seedbed.call.control.EligibilityRules;
import org.seedbed.faces.Texts;

/**
 * A call's eligibility rules as sentences for applicants (call.xhtml) and, as a preview, for
 * officers (staff/call.xhtml): "Organizations verified by the city", "At most 1 application per
 * organization".
 */
final class EligibilitySentences {

    private EligibilitySentences() {}

    static List<String> of(EligibilityRules rules, String unitName, Locale language) {
        List<String> sentences = new ArrayList<>();
        if (rules == null) {
            return sentences;
        }
        if (rules.requireVerified()) {
            sentences.add(Texts.text("eligibilityRule.verified"));
        }
        if (rules.kinds().isEmpty()) {
            sentences.add(Texts.text("eligibilityRule.anyKind"));
        } else {
            List<String> kinds = rules.kinds().stream()
                    .map(kind -> Texts.text("kind." + kind))
                    .toList();
            String separator = "zh".equals(language.getLanguage()) ? "、" : ", ";
            sentences.add(Texts.text("eligibilityRule.kinds", String.join(separator, kinds)));
        }
        if (rules.minMonthsFounded() != null && rules.minMonthsFounded() > 0) {
            sentences.add(Texts.text("eligibilityRule.founded", rules.minMonthsFounded()));
        }
        if (rules.servesCallUnit()) {
            sentences.add(
                    unitName == null || unitName.isBlank()
                            ? Texts.text("eligibilityRule.servesUnit.any")
                            : Texts.text("eligibilityRule.servesUnit", unitName));
        }
        if (rules.notDebarred()) {
            sentences.add(Texts.text("eligibilityRule.notDebarred"));
        }
        if (rules.maxSubmissionsPerOrganization() != null) {
            sentences.add(Texts.text("eligibilityRule.maxSubmissions", rules.maxSubmissionsPerOrganization()));
        }
        return sentences;
    }
}
