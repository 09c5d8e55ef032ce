package org.seedbed.organization.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.seedbed.organization.boundary.OrganizationForm;
import org.seedbed.organization.control.RegistrySheet.Column;
import org.seedbed.organization.entity.OrganizationKind;
import org.seedbed.organization.entity.RegistrationStatus;
import org.seedbed.organization.entity.ServiceArea;
import org.seedbed.problem.FieldProblem;

/**
 * Turns one registry row into a profile form, understanding the words registries use for kinds
 * ("民办非企业单位" is today's social service agency), registration states, service areas and
 * dates. Every problem of the row is reported, with the column it came from.
 */
public final class RegistryRow {

    /** A row turned into a form, or the problems that kept it from being one. */
    public record Outcome(int line, OrganizationForm form, List<FieldProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private static final Map<String, OrganizationKind> KINDS = new LinkedHashMap<>();
    private static final Map<String, RegistrationStatus> REGISTRATIONS = new LinkedHashMap<>();
    private static final Map<String, ServiceArea> AREAS = new LinkedHashMap<>();
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));

    static {
        KINDS.put("社会团体", OrganizationKind.SOCIAL_GROUP);
        KINDS.put("社团", OrganizationKind.SOCIAL_GROUP);
        KINDS.put("社会服务机构", OrganizationKind.SOCIAL_SERVICE_AGENCY);
        KINDS.put("民办非企业单位", OrganizationKind.SOCIAL_SERVICE_AGENCY);
        KINDS.put("民非", OrganizationKind.SOCIAL_SERVICE_AGENCY);
        KINDS.put("基金会", OrganizationKind.FOUNDATION);
        KINDS.put("社区社会组织", OrganizationKind.COMMUNITY_FILED);
        KINDS.put("备案社区社会组织", OrganizationKind.COMMUNITY_FILED);
        KINDS.put("备案", OrganizationKind.COMMUNITY_FILED);
        REGISTRATIONS.put("登记", RegistrationStatus.REGISTERED);
        REGISTRATIONS.put("已登记", RegistrationStatus.REGISTERED);
        REGISTRATIONS.put("正常", RegistrationStatus.REGISTERED);
        REGISTRATIONS.put("备案", RegistrationStatus.FILED);
        REGISTRATIONS.put("已备案", RegistrationStatus.FILED);
        REGISTRATIONS.put("筹备", RegistrationStatus.PREPARING);
        REGISTRATIONS.put("筹备中", RegistrationStatus.PREPARING);
        AREAS.put("为老", ServiceArea.ELDERLY);
        AREAS.put("养老", ServiceArea.ELDERLY);
        AREAS.put("助老", ServiceArea.ELDERLY);
        AREAS.put("儿童", ServiceArea.CHILDREN_YOUTH);
        AREAS.put("青少年", ServiceArea.CHILDREN_YOUTH);
        AREAS.put("儿童青少年", ServiceArea.CHILDREN_YOUTH);
        AREAS.put("助残", ServiceArea.DISABILITY);
        AREAS.put("残障", ServiceArea.DISABILITY);
        AREAS.put("社区治理", ServiceArea.COMMUNITY_GOVERNANCE);
        AREAS.put("环保", ServiceArea.ENVIRONMENT);
        AREAS.put("环境保护", ServiceArea.ENVIRONMENT);
        AREAS.put("文化", ServiceArea.CULTURE_SPORTS);
        AREAS.put("体育", ServiceArea.CULTURE_SPORTS);
        AREAS.put("文体", ServiceArea.CULTURE_SPORTS);
        AREAS.put("教育", ServiceArea.EDUCATION);
        AREAS.put("卫生", ServiceArea.HEALTH);
        AREAS.put("健康", ServiceArea.HEALTH);
        AREAS.put("济困", ServiceArea.POVERTY_RELIEF);
        AREAS.put("扶贫", ServiceArea.POVERTY_RELIEF);
        AREAS.put("志愿服务", ServiceArea.VOLUNTEERING);
        AREAS.put("志愿", ServiceArea.VOLUNTEERING);
        AREAS.put("法律援助", ServiceArea.LEGAL_AID);
        AREAS.put("法律", ServiceArea.LEGAL_AID);
        AREAS.put("其他", ServiceArea.OTHER);
    }

    private RegistryRow() {}

    /**
     * Maps a row; {@code orgUnits} resolves what the row names as its org unit (a path such as
     * "包河区/万年埠街道" or a unit name) to an id, or null when the city has no such unit.
     */
    public static Outcome of(RegistrySheet.Line line, Function<String, Long> orgUnits, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        OrganizationKind kind = kind(line.get(Column.KIND), problems);
        RegistrationStatus registration = registration(line.get(Column.REGISTRATION), kind, problems);
        LocalDate foundedOn = date(line.get(Column.FOUNDED_ON), problems);
        Long orgUnitId = null;
        String unit = line.get(Column.ORG_UNIT);
        if (unit == null) {
            problems.add(FieldProblem.of("org_unit", "import.orgUnit.missing"));
        } else {
            orgUnitId = orgUnits.apply(unit);
            if (orgUnitId == null) {
                problems.add(FieldProblem.of("org_unit", "import.orgUnit.unknown", unit));
            }
        }
        OrganizationForm form = new OrganizationForm(
                line.get(Column.NAME_ZH),
                line.get(Column.NAME_EN),
                kind,
                registration,
                line.get(Column.AUTHORITY),
                line.get(Column.CREDIT_CODE),
                foundedOn,
                orgUnitId,
                areas(line.get(Column.SERVICE_AREAS), problems),
                whole(line.get(Column.STAFF), "staff", problems),
                whole(line.get(Column.SOCIAL_WORKERS), "social_workers", problems),
                whole(line.get(Column.VOLUNTEERS), "volunteers", problems),
                money(line.get(Column.ANNUAL_INCOME), problems),
                line.get(Column.CONTACT_NAME),
                line.get(Column.CONTACT_PHONE),
                line.get(Column.CONTACT_EMAIL),
                line.get(Column.ADDRESS),
                null,
                null);
        List<FieldProblem> formProblems = OrganizationFormCheck.problems(form, today);
        for (FieldProblem problem : formProblems) {
            // The org unit and kind were reported above in the registry's own terms.
            if (!(problem.field().equals("orgUnitId")
                    || (problem.field().equals("kind") && kind == null && line.get(Column.KIND) != null))) {
                problems.add(problem);
            }
        }
        return new Outcome(line.number(), form, problems);
    }

    private static OrganizationKind kind(String value, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        OrganizationKind kind = KINDS.get(value.trim());
        if (kind == null) {
            kind = enumValue(OrganizationKind.class, value);
        }
        if (kind == null) {
            problems.add(FieldProblem.of("kind", "import.kind.unknown", value));
        }
        return kind;
    }

    private static RegistrationStatus registration(String value, OrganizationKind kind, List<FieldProblem> problems) {
        if (value == null) {
            return kind == OrganizationKind.COMMUNITY_FILED ? RegistrationStatus.FILED : RegistrationStatus.REGISTERED;
        }
        RegistrationStatus status = REGISTRATIONS.get(value.trim());
        if (status == null) {
            status = enumValue(RegistrationStatus.class, value);
        }
        if (status == null) {
            problems.add(FieldProblem.of("registration", "import.registration.unknown", value));
        }
        return status;
    }

    private static Set<ServiceArea> areas(String value, List<FieldProblem> problems) {
        Set<ServiceArea> areas = EnumSet.noneOf(ServiceArea.class);
        if (value == null) {
            return areas;
        }
        for (String part : value.split("[;；,，、|/]")) {
            String word = part.trim();
            if (word.isEmpty()) {
                continue;
            }
            ServiceArea area = AREAS.get(word);
            if (area == null) {
                area = enumValue(ServiceArea.class, word);
            }
            if (area == null) {
                problems.add(FieldProblem.of("service_areas", "import.area.unknown", word));
            } else {
                areas.add(area);
            }
        }
        return areas;
    }

    private static LocalDate date(String value, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        String text = value.trim();
        // An Excel day number that reached us as text.
        if (text.matches("\\d{5}")) {
            return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(text));
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing dates
            }
        }
        problems.add(FieldProblem.of("founded_on", "import.date.invalid", value));
        return null;
    }

    private static Integer whole(String value, String column, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.trim().replace(",", "")).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(FieldProblem.of(column, "import.number.invalid", value));
            return null;
        }
    }

    private static BigDecimal money(String value, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.trim().replace(",", "").replace("¥", "").replace("元", ""));
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of("annual_income", "import.number.invalid", value));
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
