package org.seedbed.incubation.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.seedbed.account.control.Callers;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.incubation.boundary.DimensionView;
import org.seedbed.incubation.boundary.IncubationDetail;
import org.seedbed.incubation.boundary.IncubationView;
import org.seedbed.incubation.entity.Incubation;
import org.seedbed.incubation.entity.IncubationStatus;
import org.seedbed.notification.control.MailTemplates;
import org.seedbed.notification.control.Mailer;
import org.seedbed.organization.entity.Membership;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.tenancy.control.TenantRegistry;

/**
 * Who may see and do what with an incubation: the applicant organization's members, its mentor
 * and the incubator's staff, and the city's program officers. Everyone else gets "not found".
 */
@Stateless
public class IncubationAccess {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Mailer mailer;

    @Inject
    TenantRegistry registry;

    public boolean isMember(long organizationId) {
        return callers.isSignedIn()
                && em.find(
                                Membership.class,
                                new Membership.Key(
                                        organizationId, callers.current().id()))
                        != null;
    }

    public Incubation applicantOf(long id) {
        Incubation incubation = incubation(id);
        if (!isMember(incubation.organization().id())) {
            throw new NotFoundException("incubation", id);
        }
        return incubation;
    }

    public Incubation readable(long id) {
        Incubation incubation = incubation(id);
        if (callers.isStaff()
                || accompanies(incubation)
                || isMember(incubation.organization().id())) {
            return incubation;
        }
        throw new NotFoundException("incubation", id);
    }

    /** Officers, the incubatee's mentor and the incubator's staff. */
    public Incubation accompanied(long id) {
        Incubation incubation = incubation(id);
        if (callers.isStaff() || accompanies(incubation)) {
            return incubation;
        }
        throw new NotFoundException("incubation", id);
    }

    private boolean accompanies(Incubation incubation) {
        if (!callers.isSignedIn()) {
            return false;
        }
        long me = callers.current().id();
        return (incubation.mentor() != null && incubation.mentor().id() == me)
                || incubation.incubator().isStaffedBy(me);
    }

    /**
     * An incubator takes no more incubatees than it has workstations, and a named workstation
     * holds one incubatee at a time.
     */
    public void requireCapacity(Incubation incubation, String workstation) {
        List<Incubation> others = em.createQuery(
                        "select i from Incubation i where i.incubator = :incubator and i.status = :incubating"
                                + " and i.id <> :self",
                        Incubation.class)
                .setParameter("incubator", incubation.incubator())
                .setParameter("incubating", IncubationStatus.INCUBATING)
                .setParameter("self", incubation.id())
                .getResultList();
        if (workstation != null && others.stream().anyMatch(i -> workstation.equals(i.workstation()))) {
            throw new ConflictException("incubation.workstation.taken", workstation);
        }
        if (others.size() >= incubation.incubator().workstations()) {
            throw new ConflictException(
                    "incubation.workstation.full", incubation.incubator().workstations());
        }
    }

    /** Mails the organization's members about a decision on their application or incubation. */
    public void notifyApplicants(Incubation incubation, String action) {
        String template =
                switch (action) {
                    case "incubation.admitted" -> "incubationAdmitted";
                    case "incubation.declined" -> "incubationDeclined";
                    case "incubation.graduated" -> "incubationGraduated";
                    case "incubation.exited" -> "incubationExited";
                    default -> null;
                };
        if (template == null) {
            return;
        }
        for (UserAccount user : members(incubation)) {
            mailer.send(MailTemplates.render(
                    user.email(),
                    user.locale(),
                    template,
                    registry.currentCityName(user.locale()),
                    user.displayName(),
                    incubation.organization().name(user.locale()),
                    incubation.incubator().name(user.locale()),
                    text(incubation.agreementStart()),
                    text(incubation.agreementEnd()),
                    incubation.decisionNote() == null
                            ? (incubation.closeReason() == null ? "" : incubation.closeReason())
                            : incubation.decisionNote()));
        }
    }

    public List<UserAccount> members(Incubation incubation) {
        return em.createNamedQuery(Membership.OF_ORGANIZATION, Membership.class)
                .setParameter("organizationId", incubation.organization().id())
                .getResultStream()
                .map(Membership::user)
                .toList();
    }

    public IncubationDetail detail(Incubation incubation, List<DimensionView> dimensions) {
        boolean staff = callers.isStaff();
        boolean accompanies = staff || accompanies(incubation);
        boolean member = isMember(incubation.organization().id());
        return new IncubationDetail(
                IncubationView.of(incubation),
                incubation.motivation(),
                incubation.needs(),
                incubation.decisionNote(),
                incubation.closeReason(),
                incubation.services().stream()
                        .map(s -> new IncubationDetail.ServiceView(
                                s.id(), s.service(), s.providedOn(), s.hours(), s.note(), s.recordedBy()))
                        .toList(),
                incubation.milestones().stream()
                        .map(m -> new IncubationDetail.MilestoneView(m.id(), m.title(), m.dueOn(), m.achievedOn()))
                        .toList(),
                incubation.assessments().stream()
                        .map(a -> new IncubationDetail.AssessmentView(
                                a.id(), a.kind(), a.assessedOn(), a.assessor(), a.comment(), a.scores(), a.overall()))
                        .toList(),
                dimensions,
                staff,
                accompanies && incubation.status() == IncubationStatus.INCUBATING,
                member && incubation.status() == IncubationStatus.APPLIED);
    }

    private Incubation incubation(long id) {
        return Optional.ofNullable(em.find(Incubation.class, id))
                .orElseThrow(() -> new NotFoundException("incubation", id));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
