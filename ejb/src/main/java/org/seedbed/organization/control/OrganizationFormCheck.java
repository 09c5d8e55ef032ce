package org.seedbed.organization.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.seedbed.organization.boundary.OrganizationForm;
import org.seedbed.organization.entity.OrganizationKind;
import org.seedbed.organization.entity.RegistrationStatus;
import org.seedbed.problem.FieldProblem;

/**
 * Checks a profile before it is stored, field by field, so that a person sees every problem at
 * once. The same rules apply to profiles typed on a page and to rows of an imported registry.
 */
public final class OrganizationFormCheck {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\- ]{5,30}$");
    private static final int MAX_COUNT = 1_000_000;

    private OrganizationFormCheck() {}

    public static List<FieldProblem> problems(OrganizationForm form, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "nameZh", form.nameZh(), "organization.nameZh.required", 120);
        maxLength(problems, "nameEn", form.nameEn(), 200);
        if (form.kind() == null) {
            problems.add(FieldProblem.of("kind", "organization.kind.required"));
        }
        if (form.registration() == null) {
            problems.add(FieldProblem.of("registration", "organization.registration.required"));
        } else if (form.kind() == OrganizationKind.COMMUNITY_FILED
                && form.registration() == RegistrationStatus.REGISTERED) {
            problems.add(FieldProblem.of("registration", "organization.filedIsNotRegistered"));
        }
        creditCode(problems, form);
        maxLength(problems, "authority", form.authority(), 120);
        if (form.foundedOn() != null && form.foundedOn().isAfter(today)) {
            problems.add(FieldProblem.of("foundedOn", "organization.foundedInFuture"));
        }
        if (form.orgUnitId() == null) {
            problems.add(FieldProblem.of("orgUnitId", "organization.orgUnit.required"));
        }
        count(problems, "staff", form.staff());
        count(problems, "socialWorkers", form.socialWorkers());
        count(problems, "volunteers", form.volunteers());
        income(problems, form.annualIncome());
        maxLength(problems, "contactName", form.contactName(), 60);
        if (!blank(form.contactPhone())
                && !PHONE.matcher(form.contactPhone().trim()).matches()) {
            problems.add(FieldProblem.of("contactPhone", "organization.phone.invalid"));
        }
        if (!blank(form.contactEmail())
                && (form.contactEmail().trim().length() > 254
                        || !EMAIL.matcher(form.contactEmail().trim()).matches())) {
            problems.add(FieldProblem.of("contactEmail", "organization.email.invalid"));
        }
        maxLength(problems, "address", form.address(), 200);
        maxLength(problems, "description", form.description(), 4000);
        return problems;
    }

    /** Registered organizations must give their code, and its kind character must match their kind. */
    private static void creditCode(List<FieldProblem> problems, OrganizationForm form) {
        boolean registered = form.registration() == RegistrationStatus.REGISTERED;
        if (blank(form.creditCode())) {
            if (registered && form.kind() != null && form.kind().requiresCreditCode()) {
                problems.add(FieldProblem.of("creditCode", "uscc.required"));
            }
            return;
        }
        Character expectedKind = form.kind() == null || !registered
                ? null
                : form.kind().creditCodeKind().orElse(null);
        problems.addAll(UnifiedSocialCreditCode.problems("creditCode", form.creditCode(), expectedKind));
    }

    private static void count(List<FieldProblem> problems, String field, Integer value) {
        if (value != null && (value < 0 || value > MAX_COUNT)) {
            problems.add(FieldProblem.of(field, "organization.count.range", MAX_COUNT));
        }
    }

    /** Whether an amount has no more decimals than the currency has minor units (2 for yuan, 0 for yen). */
    public static boolean fitsCurrency(BigDecimal amount, String currency) {
        return amount == null
                || amount.stripTrailingZeros().scale()
                        <= java.util.Currency.getInstance(currency).getDefaultFractionDigits();
    }

    private static void income(List<FieldProblem> problems, BigDecimal income) {
        if (income != null
                && (income.signum() < 0
                        || income.scale() > 2
                        || income.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0)) {
            problems.add(FieldProblem.of("annualIncome", "organization.income.invalid"));
        }
    }

    private static void required(List<FieldProblem> problems, String field, String value, String key, int max) {
        if (blank(value)) {
            problems.add(FieldProblem.of(field, key));
        } else {
            maxLength(problems, field, value, max);
        }
    }

    private static void maxLength(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            problems.add(FieldProblem.of(field, "field.tooLong", max));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
