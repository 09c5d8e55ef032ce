package org.seedbed.grant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.grant.control.CreditHistory;
import org.seedbed.grant.control.GrantAccess;
import org.seedbed.grant.entity.CreditNote;
import org.seedbed.grant.entity.Grant;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.entity.Debarment;
import org.seedbed.organization.entity.Organization;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;

/**
 * Organizations' credit records (信用档案): what their grants, evaluations and reports say, plus
 * violations and notes officers record, and debarments (an active one fails eligibility for every
 * call of the city). Screeners and the organization's own members read it; reviewers see its summary beside the application.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class CreditRecords {

    private static final int MAX_DEBARMENT_YEARS = 5;

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    GrantAccess access;

    @Inject
    CreditHistory history;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    CityCalendar calendar;

    @Inject
    Clock clock;

    /** Officers read every organization's record; members their own. Reviewers see a summary in their packet. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER"})
    public CreditRecordView of(long organizationId) {
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null || !(callers.isStaff() || access.isMember(organization))) {
            throw new NotFoundException("organization", organizationId);
        }
        return history.of(organization);
    }

    /** Records a violation, commendation or note, optionally about one of the organization's grants. */
    public CreditRecordView note(long organizationId, CreditNote.Kind kind, String text, Long grantId) {
        Organization organization = organization(organizationId);
        if (kind == null) {
            throw InvalidInputException.of("kind", "credit.kind.required");
        }
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw InvalidInputException.of("text", "credit.text.required");
        }
        Grant grant = null;
        if (grantId != null) {
            grant = access.grant(grantId);
            if (!grant.organization().id().equals(organization.id())) {
                throw new NotFoundException("grant", grantId);
            }
        }
        CreditNote note = new CreditNote(organization, grant, kind, text.strip(), callers.name(), Instant.now(clock));
        em.persist(note);
        em.flush();
        audit.record(
                "credit.noted",
                "organization",
                organizationId,
                null,
                Map.of("kind", kind.name(), "text", text.strip()));
        return of(organizationId);
    }

    /** Debars the organization from applying, from a day for a number of years (e.g. 3 after a serious violation). */
    public CreditRecordView debar(long organizationId, LocalDate startsOn, Integer years, String reason) {
        Organization organization = organization(organizationId);
        if (years == null || years < 1 || years > MAX_DEBARMENT_YEARS) {
            throw InvalidInputException.of("years", "credit.debarment.years", MAX_DEBARMENT_YEARS);
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "credit.debarment.reason");
        }
        LocalDate from = startsOn == null ? calendar.today() : startsOn;
        LocalDate until = from.plusYears(years).minusDays(1);
        em.persist(new Debarment(organization, from, until, reason.strip(), callers.name(), Instant.now(clock)));
        em.flush();
        audit.record(
                "credit.debarred",
                "organization",
                organizationId,
                null,
                Map.of("from", from.toString(), "until", until.toString(), "reason", reason.strip()));
        return of(organizationId);
    }

    private Organization organization(long id) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new NotFoundException("organization", id);
        }
        return organization;
    }
}
