package org.seedbed.organization.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.notification.control.MailTemplates;
import org.seedbed.notification.control.Mailer;
import org.seedbed.organization.boundary.OrganizationForm;
import org.seedbed.organization.entity.Membership;
import org.seedbed.organization.entity.Organization;
import org.seedbed.organization.entity.OrganizationDetails;
import org.seedbed.orgunit.entity.OrgUnit;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.tenancy.control.TenantRegistry;

/**
 * Turns a submitted form into checked details (every field problem at once, a unique credit code,
 * a known org unit), and tells members the outcome of a review.
 */
@Stateless
public class OrganizationDetailsAssembler {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    CityCalendar calendar;

    @Inject
    Mailer mailer;

    @Inject
    TenantRegistry registry;

    public OrganizationDetails details(OrganizationForm form, Long editedId) {
        if (form == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        List<FieldProblem> problems = new ArrayList<>(OrganizationFormCheck.problems(form, calendar.today()));
        String code = OrganizationFormCheck.blank(form.creditCode())
                ? null
                : UnifiedSocialCreditCode.normalize(form.creditCode());
        if (code != null && problems.stream().noneMatch(p -> p.field().equals("creditCode"))) {
            em.createNamedQuery(Organization.BY_CREDIT_CODE, Organization.class)
                    .setParameter("code", code)
                    .getResultStream()
                    .filter(other -> !other.id().equals(editedId))
                    .findFirst()
                    .ifPresent(other -> problems.add(FieldProblem.of("creditCode", "uscc.taken", code)));
        }
        if (!OrganizationFormCheck.fitsCurrency(form.annualIncome(), calendar.currency())) {
            problems.add(FieldProblem.of("annualIncome", "organization.income.invalid"));
        }
        OrgUnit unit = form.orgUnitId() == null ? null : em.find(OrgUnit.class, form.orgUnitId());
        if (form.orgUnitId() != null && unit == null) {
            problems.add(FieldProblem.of("orgUnitId", "organization.orgUnit.unknown", form.orgUnitId()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return ProfileDetails.of(form, unit, code, calendar.currency());
    }

    /** Mails every member the outcome of a review, in their own language, after the decision commits. */
    public void notifyMembersOfReview(Organization organization) {
        String template =
                switch (organization.status()) {
                    case VERIFIED -> "organizationVerified";
                    case REJECTED -> "organizationRejected";
                    default -> null;
                };
        if (template == null) {
            return;
        }
        for (Membership member : em.createNamedQuery(Membership.OF_ORGANIZATION, Membership.class)
                .setParameter("organizationId", organization.id())
                .getResultList()) {
            var user = member.user();
            mailer.send(MailTemplates.render(
                    user.email(),
                    user.locale(),
                    template,
                    registry.currentCityName(user.locale()),
                    user.displayName(),
                    organization.name(user.locale()),
                    organization.reviewNote() == null ? "" : organization.reviewNote()));
        }
    }
}
