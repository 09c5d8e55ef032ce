package org.seedbed.organization.control;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seedbed.export.control.Spreadsheets;
import org.seedbed.organization.boundary.OrganizationView;

/**
 * Writes organizations as CSV or XLSX in the import format (the same columns the registry import
 * reads, plus the status), so an export can be corrected and imported elsewhere.
 */
public final class OrganizationExport {

    static final List<String> COLUMNS = List.of(
            "uscc",
            "name_zh",
            "name_en",
            "kind",
            "registration",
            "authority",
            "founded_on",
            "org_unit",
            "service_areas",
            "staff",
            "social_workers",
            "volunteers",
            "annual_income",
            "contact_name",
            "contact_phone",
            "contact_email",
            "address",
            "status");

    private OrganizationExport() {}

    /** CSV with a byte order mark, so that Excel opens the Chinese text as UTF-8. */
    public static String csv(List<OrganizationView> organizations, Function<Long, String> unitPath) {
        return Spreadsheets.csv(COLUMNS, rows(organizations, unitPath));
    }

    public static byte[] xlsx(List<OrganizationView> organizations, Function<Long, String> unitPath) {
        return Spreadsheets.xlsx("organizations", COLUMNS, rows(organizations, unitPath));
    }

    private static List<List<Object>> rows(List<OrganizationView> organizations, Function<Long, String> unitPath) {
        return organizations.stream().map(o -> values(o, unitPath)).toList();
    }

    private static List<Object> values(OrganizationView o, Function<Long, String> unitPath) {
        return java.util.Arrays.asList(
                o.creditCode(),
                o.nameZh(),
                o.nameEn(),
                o.kind().name(),
                o.registration().name(),
                o.authority(),
                o.foundedOn() == null ? null : o.foundedOn().toString(),
                unitPath.apply(o.orgUnitId()),
                o.serviceAreas().stream().map(Enum::name).collect(Collectors.joining(";")),
                o.staff(),
                o.socialWorkers(),
                o.volunteers(),
                o.annualIncome(),
                o.contactName(),
                o.contactPhone(),
                o.contactEmail(),
                o.address(),
                o.status().name());
    }
}
