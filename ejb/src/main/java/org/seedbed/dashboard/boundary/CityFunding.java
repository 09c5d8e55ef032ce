package org.seedbed.dashboard.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import org.seedbed.dashboard.control.FundingSheets;
import org.seedbed.dashboard.control.FundingSums;
import org.seedbed.export.control.Spreadsheets;
import org.seedbed.organization.control.CityCalendar;

/**
 * The current city's money on its dashboard: what applications asked, what grants awarded and
 * tranches paid out, by category, district and year; what donors gave and sponsors matched over
 * the last twelve months. See {@link FundingFigures} for what each sum counts.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class CityFunding {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    CityCalendar calendar;

    public FundingFigures figures() {
        return FundingSums.of(em, calendar.zone(), YearMonth.from(calendar.today()), calendar.currency());
    }

    /** Every series, one section each, as CSV with a byte order mark. */
    public String exportCsv() {
        return Spreadsheets.csv(FundingSheets.of(figures()));
    }

    /** Every series, one sheet each. */
    public byte[] exportXlsx() {
        return Spreadsheets.xlsx(FundingSheets.of(figures()));
    }
}
