package org.seedbed.submission.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.seedbed.call.control.ApplicantFacts;
import org.seedbed.call.control.Eligibility;
import org.seedbed.call.control.EligibilityRules;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.control.OrgUnitScope;
import org.seedbed.organization.entity.Debarment;
import org.seedbed.organization.entity.Organization;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.submission.entity.Submission;
import org.seedbed.submission.entity.SubmissionStatus;

/** Gathers what the eligibility rules look at about an applicant, from the city's records, and evaluates them. */
@Stateless
public class ApplicantFactsReader {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    OrgUnitScope orgUnits;

    @Inject
    CityCalendar calendar;

    public List<Eligibility.Result> evaluate(Submission submission) {
        return Eligibility.evaluate(
                EligibilityRules.fromJson(submission.call().eligibility()),
                facts(submission.call(), submission.organization(), submission.id()));
    }

    public ApplicantFacts facts(FundingCall call, Organization organization, Long exceptSubmission) {
        LocalDate today = calendar.today();
        LocalDate debarredUntil = em.createNamedQuery(Debarment.ACTIVE_UNTIL, LocalDate.class)
                .setParameter("organizationId", organization.id())
                .setParameter("day", today)
                .getSingleResult();
        long others = em.createQuery(
                        "select count(s) from Submission s where s.call = :call and s.organization = :organization"
                                + " and s.status in :open and s.id <> :except",
                        Long.class)
                .setParameter("call", call)
                .setParameter("organization", organization)
                // Drafts do not count: only applications the city looks at.
                .setParameter(
                        "open",
                        List.of(
                                SubmissionStatus.SUBMITTED,
                                SubmissionStatus.ELIGIBLE,
                                SubmissionStatus.MORE_INFO_REQUESTED))
                .setParameter("except", exceptSubmission == null ? -1L : exceptSubmission)
                .getSingleResult();
        return new ApplicantFacts(
                organization.status() == OrganizationStatus.VERIFIED,
                organization.kind().name(),
                organization.foundedOn(),
                orgUnits.isWithin(organization.orgUnit().id(), call.orgUnit().id()),
                debarredUntil,
                (int) others,
                today);
    }
}
