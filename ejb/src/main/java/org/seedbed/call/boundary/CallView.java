package org.seedbed.call.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.seedbed.call.control.EligibilityRules;
import org.seedbed.call.entity.CallStages;
import org.seedbed.call.entity.CallStatus;

/**
 * A call as pages and the API show it: times both as instants and as the city's wall-clock time,
 * whether it accepts applications now, and which form versions applicants get (a two-stage call
 * has a letter-of-intent form besides its proposal form).
 */
public record CallView(
        long id,
        long orgUnitId,
        String orgUnitNameZh,
        String orgUnitNameEn,
        String titleZh,
        String titleEn,
        String descriptionZh,
        String descriptionEn,
        BigDecimal fundTotal,
        String currency,
        BigDecimal budgetMinimum,
        BigDecimal budgetCap,
        Integer cofundingPercent,
        Instant opensAt,
        Instant deadlineAt,
        LocalDateTime opensAtLocal,
        LocalDateTime deadlineAtLocal,
        Instant intentDeadlineAt,
        LocalDateTime intentDeadlineAtLocal,
        String timeZone,
        LocalDate reviewOn,
        LocalDate noticeOn,
        LocalDate startOn,
        CallStages stages,
        CallStatus status,
        List<CategoryForm> categories,
        EligibilityRules eligibility,
        Integer formVersion,
        boolean formChangedSincePublished,
        Integer intentFormVersion,
        boolean intentFormChangedSincePublished,
        boolean acceptingSubmissions,
        boolean acceptingIntents,
        boolean acceptingNewApplications,
        Instant publishedAt,
        long version) {

    public String title(Locale language) {
        return "zh".equals(language.getLanguage()) || titleEn == null || titleEn.isBlank() ? titleZh : titleEn;
    }

    public String description(Locale language) {
        return "zh".equals(language.getLanguage()) || descriptionEn == null || descriptionEn.isBlank()
                ? descriptionZh
                : descriptionEn;
    }

    public String orgUnitName(Locale language) {
        return "zh".equals(language.getLanguage()) || orgUnitNameEn == null || orgUnitNameEn.isBlank()
                ? orgUnitNameZh
                : orgUnitNameEn;
    }
}
