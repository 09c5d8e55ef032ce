package org.seedbed.campaign.faces;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The fraud flags of a donation as officers read them: the settlement keeps them as one text of
 * names separated by spaces (VELOCITY, SMALL_REPEAT, BLOCKED, CARD_VELOCITY, AMOUNT_MISMATCH,
 * PARTIAL_REFUND). Flags that mean money may be wrong are shown in red, the others in amber.
 */
final class StaffDonationFlags {

    /** Known flags; a flag the pages have no text for is shown by its name. */
    static final List<String> KNOWN =
            List.of("VELOCITY", "SMALL_REPEAT", "BLOCKED", "CARD_VELOCITY", "AMOUNT_MISMATCH", "PARTIAL_REFUND");

    private static final Set<String> SERIOUS = Set.of("BLOCKED", "AMOUNT_MISMATCH");

    private StaffDonationFlags() {}

    /** The flags in the order they were raised, each once. */
    static List<String> of(String flags) {
        if (flags == null || flags.isBlank()) {
            return List.of();
        }
        return Arrays.stream(flags.strip().split("[\\s,]+"))
                .filter(flag -> !flag.isEmpty())
                .distinct()
                .toList();
    }

    static boolean known(String flag) {
        return KNOWN.contains(flag);
    }

    static boolean serious(String flag) {
        return SERIOUS.contains(flag);
    }
}
