package org.seedbed.grant.faces;

import org.seedbed.faces.Texts;

/** Labels of the officers' grant pages that may be missing from the bundle. */
final class StaffTexts {

    private StaffTexts() {}

    /**
     * The name of an indicator of the city's catalogue; the code itself for an indicator the
     * city added later, which the bundle does not know.
     */
    static String indicator(String code) {
        if (code == null) {
            return "";
        }
        String key = "grantStaff.indicator." + code;
        String name = Texts.text(key);
        return key.equals(name) ? code : name;
    }
}
