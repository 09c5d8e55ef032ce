package org.seedbed.call.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.seedbed.call.control.EligibilityRules;
import org.seedbed.call.entity.CallStages;

/**
 * A call as officers write it. Amounts are in yuan (major units of the city's currency); opening
 * and deadlines are wall-clock times in the city's time zone, as the call announces them. A
 * two-stage call also has a deadline for letters of intent, before the proposals' deadline.
 */
public record CallForm(
        Long orgUnitId,
        String titleZh,
        String titleEn,
        String descriptionZh,
        String descriptionEn,
        BigDecimal fundTotal,
        BigDecimal budgetMinimum,
        BigDecimal budgetCap,
        Integer cofundingPercent,
        LocalDateTime opensAt,
        LocalDateTime deadlineAt,
        LocalDateTime intentDeadlineAt,
        LocalDate reviewOn,
        LocalDate noticeOn,
        LocalDate startOn,
        CallStages stages,
        List<CategoryForm> categories,
        EligibilityRules eligibility,
        Long version) {}
