package org.seedbed.incubation.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.seedbed.faces.Texts;
import org.seedbed.incubation.boundary.IncubationView;
import org.seedbed.incubation.entity.IncubationStatus;
import org.seedbed.organization.control.CityCalendar;

/** Agreement dates for the incubation pages: days left, counted in the city's own calendar. */
@Named
@RequestScoped
public class IncubationCalendar {

    /** Agreements that end within this many days are pointed out to officers and mentors. */
    static final int ENDING_SOON_DAYS = 30;

    @Inject
    CityCalendar calendar;

    private LocalDate today;

    public LocalDate getToday() {
        if (today == null) {
            today = calendar.today();
        }
        return today;
    }

    public long daysLeft(LocalDate end) {
        return end == null ? 0 : ChronoUnit.DAYS.between(getToday(), end);
    }

    /** A running agreement that ends within 30 days, or is past its end. */
    public boolean endingSoon(IncubationView incubation) {
        return incubation.status() == IncubationStatus.INCUBATING
                && incubation.agreementEnd() != null
                && daysLeft(incubation.agreementEnd()) <= ENDING_SOON_DAYS;
    }

    public boolean overdue(IncubationView incubation) {
        return incubation.status() == IncubationStatus.INCUBATING
                && incubation.agreementEnd() != null
                && daysLeft(incubation.agreementEnd()) < 0;
    }

    /** "12 days left", "ends today" or "ended 3 days ago". */
    public String daysLeftText(LocalDate end) {
        if (end == null) {
            return "";
        }
        long days = daysLeft(end);
        if (days > 0) {
            return Texts.text("incubation.days.left", days);
        }
        return days == 0 ? Texts.text("incubation.days.today") : Texts.text("incubation.days.ago", -days);
    }
}
