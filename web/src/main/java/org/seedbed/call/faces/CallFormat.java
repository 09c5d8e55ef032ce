package org.seedbed.call.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import org.seedbed.call.boundary.CallView;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;

/**
 * Formatting for the call pages (calls.xhtml, call.xhtml, staff/calls.xhtml, staff/call.xhtml):
 * amounts in the call's currency, dates and times in the city's zone, a call's phase and the
 * days left to its deadline.
 */
@Named("callFormat")
@RequestScoped
public class CallFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Cities are in China; a zone the city did not give (or Java does not know) is Beijing time. */
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    /** A deadline this close is shown in warning colours. */
    private static final long SOON_DAYS = 7;

    @Inject
    Language language;

    public CallPhase phase(CallView call) {
        return CallPhase.of(call, Instant.now());
    }

    /** "¥300,000" (or "CN¥300,000" in English); cents only when there are some. */
    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return Texts.text("common.none");
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(language.getLocale());
        try {
            format.setCurrency(Currency.getInstance(currency == null ? "CNY" : currency));
        } catch (IllegalArgumentException unknown) {
            // A currency code Java does not know: the amount still reads right as yuan.
            format.setCurrency(Currency.getInstance("CNY"));
        }
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** What one project may ask for: "¥50,000 – ¥200,000", "up to ¥200,000", "at least ¥50,000". */
    public String perProject(CallView call) {
        BigDecimal minimum = call.budgetMinimum();
        BigDecimal cap = call.budgetCap();
        if (minimum != null && minimum.signum() > 0 && cap != null) {
            return Texts.text("call.perProject.range", money(minimum, call.currency()), money(cap, call.currency()));
        }
        if (cap != null) {
            return Texts.text("call.perProject.upTo", money(cap, call.currency()));
        }
        if (minimum != null && minimum.signum() > 0) {
            return Texts.text("call.perProject.atLeast", money(minimum, call.currency()));
        }
        return Texts.text("call.perProject.open");
    }

    public String date(LocalDate date) {
        return date == null ? Texts.text("common.none") : DATE.format(date);
    }

    public String dateTime(LocalDateTime time) {
        return time == null ? Texts.text("common.none") : DATE_TIME.format(time);
    }

    /** The zone as people call it, "China Time" or "中国时间", for times written in the city's zone. */
    public String zone(String zoneId) {
        return zoneOf(zoneId).getDisplayName(TextStyle.FULL, language.getLocale());
    }

    /** The deadline with its zone, as applicants must read it: "2025-03-31 17:00 (China Time)". */
    public String deadline(CallView call) {
        return Texts.text("call.timeInZone", dateTime(call.deadlineAtLocal()), zone(call.timeZone()));
    }

    /** A two-stage call's deadline for letters of intent, with its zone; "none" when it has none. */
    public String intentDeadline(CallView call) {
        return call.intentDeadlineAtLocal() == null
                ? Texts.text("common.none")
                : Texts.text("call.timeInZone", dateTime(call.intentDeadlineAtLocal()), zone(call.timeZone()));
    }

    public String opening(CallView call) {
        return Texts.text("call.timeInZone", dateTime(call.opensAtLocal()), zone(call.timeZone()));
    }

    /** "12 days left", "Closes today at 17:00"; empty unless the call takes applications now. */
    public String daysLeft(CallView call) {
        if (phase(call) != CallPhase.OPEN) {
            return "";
        }
        long days = daysUntil(call.deadlineAtLocal().toLocalDate(), call.timeZone());
        return days <= 0
                ? Texts.text(
                        "call.closesToday", call.deadlineAtLocal().toLocalTime().toString())
                : Texts.text("call.daysLeft", days);
    }

    public boolean closingSoon(CallView call) {
        return phase(call) == CallPhase.OPEN
                && daysUntil(call.deadlineAtLocal().toLocalDate(), call.timeZone()) <= SOON_DAYS;
    }

    /** The phase badge's text: "Open now", "Opens on 2025-03-01", "Closed", "Draft". */
    public String phaseText(CallView call) {
        CallPhase phase = phase(call);
        return phase == CallPhase.UPCOMING
                ? Texts.text("call.phase.UPCOMING", dateTime(call.opensAtLocal()))
                : Texts.text("call.phase." + phase.name());
    }

    private static long daysUntil(LocalDate day, String zoneId) {
        return ChronoUnit.DAYS.between(LocalDate.now(zoneOf(zoneId)), day);
    }

    static ZoneId zoneOf(String zoneId) {
        try {
            return zoneId == null ? DEFAULT_ZONE : ZoneId.of(zoneId);
        } catch (DateTimeException unknown) {
            return DEFAULT_ZONE;
        }
    }
}
