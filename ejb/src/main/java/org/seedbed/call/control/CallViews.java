package org.seedbed.call.control;

import java.time.ZoneId;
import java.util.Objects;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.CategoryForm;
import org.seedbed.call.entity.ApplicationStage;
import org.seedbed.call.entity.FormVersion;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.money.Money;

/** Assembles call views: money in yuan, times in the city's zone, the form version applicants get. */
public final class CallViews {

    private CallViews() {}

    public static CallView of(FundingCall call, ZoneId zone, java.time.Instant now) {
        FormVersion current = call.currentForm().orElse(null);
        FormVersion intent = call.currentForm(ApplicationStage.INTENT).orElse(null);
        return new CallView(
                call.id(),
                call.orgUnit().id(),
                call.orgUnit().nameZh(),
                call.orgUnit().nameEn(),
                call.titleZh(),
                call.titleEn(),
                call.descriptionZh(),
                call.descriptionEn(),
                call.fundTotal().major(),
                call.currency(),
                major(call.budgetMinimum()),
                major(call.budgetCap()),
                call.cofundingPercent(),
                call.opensAt(),
                call.deadlineAt(),
                call.opensAt().atZone(zone).toLocalDateTime(),
                call.deadlineAt().atZone(zone).toLocalDateTime(),
                call.intentDeadlineAt(),
                call.intentDeadlineAt() == null
                        ? null
                        : call.intentDeadlineAt().atZone(zone).toLocalDateTime(),
                zone.getId(),
                call.reviewOn(),
                call.noticeOn(),
                call.startOn(),
                call.stages(),
                call.status(),
                call.categories().stream()
                        .map(c -> new CategoryForm(
                                c.code(),
                                c.nameZh(),
                                c.nameEn(),
                                c.budgetMinor() == null
                                        ? null
                                        : Money.ofMinor(c.budgetMinor(), call.currency())
                                                .major()))
                        .toList(),
                EligibilityRules.fromJson(call.eligibility()),
                current == null ? null : current.number(),
                current != null && !Objects.equals(current.definition(), call.formDraft()),
                intent == null ? null : intent.number(),
                intent != null && !Objects.equals(intent.definition(), call.intentFormDraft()),
                call.acceptsSubmissionsAt(now),
                call.acceptsIntentsAt(now),
                call.acceptsNewApplicationsAt(now),
                call.publishedAt(),
                call.version());
    }

    private static java.math.BigDecimal major(Money money) {
        return money == null ? null : money.major();
    }
}
