package org.seedbed.tenancy.control;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.seedbed.problem.FieldProblem;
import org.seedbed.tenancy.entity.TenantSpec;

/** Checks a city specification field by field, reporting every problem at once. */
public final class TenantSpecCheck {

    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern JNDI_NAME = Pattern.compile("java:[A-Za-z0-9_/:.-]+");

    private TenantSpecCheck() {}

    public static List<FieldProblem> problemsOf(TenantSpec spec) {
        List<FieldProblem> problems = new ArrayList<>();
        if (spec.slug() == null || spec.slug().isEmpty()) {
            problems.add(FieldProblem.of("slug", "city.slug.required"));
        } else if (!TenantSlug.isWellFormed(spec.slug())) {
            problems.add(FieldProblem.of("slug", "city.slug.shape", spec.slug()));
        }
        if (spec.nameZh() == null || spec.nameZh().isEmpty()) {
            problems.add(FieldProblem.of("nameZh", "city.nameZh.required"));
        } else if (spec.nameZh().length() > 100) {
            problems.add(FieldProblem.of("nameZh", "field.tooLong", 100));
        }
        if (spec.nameEn() == null || spec.nameEn().isEmpty()) {
            problems.add(FieldProblem.of("nameEn", "city.nameEn.required"));
        } else if (spec.nameEn().length() > 100) {
            problems.add(FieldProblem.of("nameEn", "field.tooLong", 100));
        }
        for (String host : spec.hostNames()) {
            if (!HOST_NAME.matcher(host).matches()) {
                problems.add(FieldProblem.of("hostNames", "city.hostName.shape", host));
            }
        }
        if (!isSupportedLocale(spec.locale())) {
            problems.add(FieldProblem.of("locale", "city.locale.unsupported", spec.locale()));
        }
        if (!isCurrency(spec.currency())) {
            problems.add(FieldProblem.of("currency", "city.currency.unknown", spec.currency()));
        }
        if (!isZone(spec.timeZone())) {
            problems.add(FieldProblem.of("timeZone", "city.timeZone.unknown", spec.timeZone()));
        }
        if (spec.datasource() != null && !JNDI_NAME.matcher(spec.datasource()).matches()) {
            problems.add(FieldProblem.of("datasource", "city.datasource.shape", spec.datasource()));
        }
        return problems;
    }

    private static boolean isSupportedLocale(String tag) {
        if (tag == null) {
            return false;
        }
        String language = Locale.forLanguageTag(tag).getLanguage();
        return language.equals("zh") || language.equals("en");
    }

    private static boolean isCurrency(String code) {
        try {
            return code != null && Currency.getInstance(code) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isZone(String zone) {
        try {
            return zone != null && ZoneId.of(zone) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
