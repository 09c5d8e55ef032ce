package org.seedbed.organization.control;

import org.seedbed.money.Money;
import org.seedbed.organization.boundary.OrganizationForm;
import org.seedbed.organization.entity.OrganizationDetails;
import org.seedbed.orgunit.entity.OrgUnit;

/** Turns a checked profile form into entity details: trimmed text, zero counts, income as money. */
public final class ProfileDetails {

    private ProfileDetails() {}

    /** Details from a form already checked, with its unit found and its code normalized. */
    public static OrganizationDetails of(OrganizationForm form, OrgUnit unit, String creditCode, String currency) {
        return new OrganizationDetails(
                form.nameZh().trim(),
                trim(form.nameEn()),
                form.kind(),
                form.registration(),
                trim(form.authority()),
                creditCode,
                form.foundedOn(),
                unit,
                form.serviceAreas(),
                orZero(form.staff()),
                orZero(form.socialWorkers()),
                orZero(form.volunteers()),
                form.annualIncome() == null ? null : Money.ofMajor(form.annualIncome(), currency),
                trim(form.contactName()),
                trim(form.contactPhone()),
                trim(form.contactEmail()),
                trim(form.address()),
                trim(form.description()));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
