package org.seedbed.submission.faces;

import java.util.Locale;
import org.seedbed.call.boundary.CallView;

/** Names of a call's funding categories, for the pages that show a submission's category code. */
final class CallCategories {

    private CallCategories() {}

    /** The name in the locale's language, the code of a category the call dropped, or null for none. */
    static String name(CallView call, String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (call == null) {
            return code;
        }
        return call.categories().stream()
                .filter(c -> code.equals(c.code()))
                .map(c -> c.name(locale))
                .findFirst()
                .orElse(code);
    }
}
