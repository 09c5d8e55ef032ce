package org.seedbed.dashboard.boundary;

import java.util.List;

/**
 * The city's money for the dashboard, in minor units (fen) of {@code currency}, the currency every
 * call and campaign of the city is made in.
 *
 * <p>Requested sums what submitted applications ask for (drafts and withdrawn ones do not count).
 * Awarded sums the grants; a terminated grant counts only what was released before it ended, since
 * the rest will never be paid. Disbursed sums released tranches, of terminated grants too; money
 * recovered after a termination is not deducted. Donated sums gifts that are the campaigns' (paid,
 * or disputed and not lost) less what was refunded of them, and matched what sponsors' pools
 * committed to those gifts: the same rules as a campaign's raised and matched totals.
 *
 * @param totals all the city's money, since the first call and the first gift
 * @param byCategory by the category applications chose, largest request first
 * @param byDistrict by the district of the call's org unit, largest request first
 * @param byYear by the year the call opened in the city's time zone, oldest first, with no gaps
 * @param months the last twelve months, oldest first, the current one included
 */
public record FundingFigures(
        String currency,
        Totals totals,
        List<Row> byCategory,
        List<Row> byDistrict,
        List<Row> byYear,
        List<Month> months) {

    public record Totals(
            long requestedMinor, long awardedMinor, long disbursedMinor, long donatedMinor, long matchedMinor) {}

    /**
     * One group of calls' money. For a category the key is its code (null for applications without
     * one) and the names those of the most recent call that has it; for a district the key is the
     * org unit's id, calls of the city itself counting under the city's root unit; for a year the key
     * and both names are the year.
     */
    public record Row(
            String key, String nameZh, String nameEn, long requestedMinor, long awardedMinor, long disbursedMinor) {}

    /** One month ("2025-03", in the city's time zone), gifts counted in the month they were paid. */
    public record Month(String month, long donatedMinor, long matchedMinor) {}
}
