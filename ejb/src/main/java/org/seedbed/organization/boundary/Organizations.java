package org.seedbed.organization.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.seedbed.account.control.AccountStore;
import org.seedbed.account.control.Callers;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.control.OrgUnitScope;
import org.seedbed.organization.control.OrganizationDetailsAssembler;
import org.seedbed.organization.control.OrganizationExport;
import org.seedbed.organization.control.OrganizationHistory;
import org.seedbed.organization.control.UnifiedSocialCreditCode;
import org.seedbed.organization.entity.MemberRole;
import org.seedbed.organization.entity.Membership;
import org.seedbed.organization.entity.Organization;
import org.seedbed.organization.entity.OrganizationDetails;
import org.seedbed.organization.entity.OrganizationKind;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.organization.search.OrganizationSearch;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;

/**
 * The organization registry of the city. NGO members create and edit their organizations'
 * profiles and submit them; program officers verify or reject them; everyone may read the
 * verified ones. A profile a caller may not see is "not found", whatever its state.
 */
@Stateless
@RolesAllowed({"NGO_MEMBER", "PROGRAM_OFFICER", "CITY_ADMIN"})
public class Organizations {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    AccountStore accounts;

    @Inject
    OrganizationDetailsAssembler assembler;

    @Inject
    OrgUnitScope orgUnitScope;

    @Inject
    CityCalendar calendar;

    @Inject
    Clock clock;

    /** A new profile in draft; the caller becomes its owner. */
    @RolesAllowed("NGO_MEMBER")
    public OrganizationView create(OrganizationForm form) {
        OrganizationDetails details = assembler.details(form, null);
        Instant now = Instant.now(clock);
        Organization organization = Organization.draft(details, now);
        em.persist(organization);
        em.persist(new Membership(organization, callers.current(), MemberRole.OWNER, now));
        em.flush();
        OrganizationView view = OrganizationView.of(organization, MemberRole.OWNER);
        audit.record("organization.created", "organization", organization.id(), null, view);
        return view;
    }

    /** An edit by a member; a verified profile whose identity changes goes back for verification. */
    @RolesAllowed("NGO_MEMBER")
    public OrganizationView update(long id, OrganizationForm form) {
        Organization organization = organization(id);
        MemberRole role = roleOf(organization).orElseThrow(() -> new NotFoundException("organization", id));
        if (form.version() != null && form.version() != organization.version()) {
            throw new ConflictException("organization.changedMeanwhile");
        }
        // The officer decides on exactly what was submitted.
        if (organization.awaitsReview()) {
            throw new ConflictException("organization.underReview");
        }
        OrganizationView before = OrganizationView.of(organization, role);
        boolean backToReview = organization.edit(assembler.details(form, organization.id()), Instant.now(clock));
        em.flush();
        OrganizationView after = OrganizationView.of(organization, role);
        audit.record(
                backToReview ? "organization.reverificationRequired" : "organization.updated",
                "organization",
                id,
                before,
                after);
        return after;
    }

    @RolesAllowed("NGO_MEMBER")
    public OrganizationView submit(long id) {
        Organization organization = organization(id);
        MemberRole role = roleOf(organization).orElseThrow(() -> new NotFoundException("organization", id));
        if (!organization.canBeSubmitted()) {
            throw new ConflictException("organization.notSubmittable", organization.status());
        }
        OrganizationView before = OrganizationView.of(organization, role);
        organization.submit(Instant.now(clock));
        em.flush();
        OrganizationView after = OrganizationView.of(organization, role);
        audit.record("organization.submitted", "organization", id, before, after);
        return after;
    }

    /** Verifies or rejects a submitted profile; a rejection needs a reason the NGO can act on. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public OrganizationView review(long id, ReviewForm form) {
        if (form == null || form.decision() == null) {
            throw InvalidInputException.of("decision", "organization.review.decisionRequired");
        }
        String note = form.note() == null ? null : form.note().trim();
        if (form.decision() == ReviewForm.Decision.REJECT && (note == null || note.isEmpty())) {
            throw InvalidInputException.of("note", "organization.review.reasonRequired");
        }
        if (note != null && note.length() > 1000) {
            throw InvalidInputException.of("note", "field.tooLong", 1000);
        }
        Organization organization = organization(id);
        if (form.version() != null && form.version() != organization.version()) {
            throw new ConflictException("organization.changedMeanwhile");
        }
        if (roleOf(organization).isPresent()) {
            throw new ConflictException("organization.review.ownOrganization");
        }
        if (!organization.awaitsReview()) {
            throw new ConflictException("organization.notAwaitingReview", organization.status());
        }
        OrganizationView before = OrganizationView.of(organization, null);
        Instant now = Instant.now(clock);
        if (form.decision() == ReviewForm.Decision.VERIFY) {
            organization.verify(callers.name(), note, now);
        } else {
            organization.reject(callers.name(), note, now);
        }
        em.flush();
        OrganizationView after = OrganizationView.of(organization, null);
        audit.record(
                form.decision() == ReviewForm.Decision.VERIFY ? "organization.verified" : "organization.rejected",
                "organization",
                id,
                before,
                after);
        assembler.notifyMembersOfReview(organization);
        return after;
    }

    /**
     * One profile: in full for its members and the city's staff, the public part of a verified
     * one for anyone else, and "not found" otherwise.
     */
    @PermitAll
    public OrganizationView find(long id) {
        Organization organization = organization(id);
        Optional<MemberRole> role = callers.isSignedIn() ? roleOf(organization) : Optional.empty();
        if (role.isPresent() || callers.isStaff()) {
            return OrganizationView.of(organization, role.orElse(null));
        }
        if (organization.status() == OrganizationStatus.VERIFIED) {
            return OrganizationView.of(organization, null).publicPart();
        }
        throw new NotFoundException("organization", id);
    }

    /** The organizations the caller belongs to. */
    @RolesAllowed("NGO_MEMBER")
    public List<OrganizationView> mine() {
        return em.createNamedQuery(Membership.OF_USER, Membership.class)
                .setParameter("userId", callers.current().id())
                .getResultStream()
                .map(m -> OrganizationView.of(m.organization(), m.role()))
                .sorted(Comparator.comparing(OrganizationView::nameZh))
                .toList();
    }

    /** Staff list: every organization of the city, filtered. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public OrganizationPage list(OrganizationFilter filter) {
        return page(filter);
    }

    /** The public directory: verified organizations only, whatever the filter asks. */
    @PermitAll
    public OrganizationPage directory(OrganizationFilter filter) {
        OrganizationPage page = page(filter.withStatus(OrganizationStatus.VERIFIED));
        // The database, not the index, has the last word on what is public.
        return new OrganizationPage(
                page.items().stream()
                        .filter(o -> o.status() == OrganizationStatus.VERIFIED)
                        .map(OrganizationView::publicPart)
                        .toList(),
                page.total(),
                page.page(),
                page.size());
    }

    /** Submitted profiles, longest waiting first. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public List<OrganizationView> reviewQueue() {
        return em.createQuery(
                        "select o from Organization o join fetch o.orgUnit where o.status = :status order by o.submittedAt",
                        Organization.class)
                .setParameter("status", OrganizationStatus.SUBMITTED)
                .getResultStream()
                .map(o -> OrganizationView.of(o, null))
                .toList();
    }

    /** Every audited change of the profile, newest first, with each changed field before and after. */
    public List<HistoryEntry> history(long id) {
        requireMemberOrStaff(organization(id));
        return OrganizationHistory.of(em, id);
    }

    public List<MemberView> members(long id) {
        requireMemberOrStaff(organization(id));
        return em.createNamedQuery(Membership.OF_ORGANIZATION, Membership.class)
                .setParameter("organizationId", id)
                .getResultStream()
                .map(MemberView::of)
                .sorted(Comparator.comparing(MemberView::role).thenComparing(MemberView::username))
                .toList();
    }

    /** An owner adds a registered NGO member of the city as owner or editor. */
    @RolesAllowed("NGO_MEMBER")
    public MemberView addMember(long id, NewMember form) {
        Organization organization = requireOwner(id);
        if (form == null || form.user() == null || form.user().isBlank()) {
            throw InvalidInputException.of("user", "organization.member.userRequired");
        }
        String who = form.user().trim();
        UserAccount user = (who.contains("@") ? accounts.byEmail(who) : accounts.byUsername(who))
                .filter(u -> u.roles().contains(org.seedbed.account.entity.Role.NGO_MEMBER))
                .orElseThrow(() -> InvalidInputException.of("user", "organization.member.unknown", who));
        MemberRole role = form.role() == null ? MemberRole.EDITOR : form.role();
        Membership existing = em.find(Membership.class, new Membership.Key(id, user.id()));
        MemberView before = existing == null ? null : MemberView.of(existing);
        Membership membership;
        if (existing != null) {
            if (existing.role() == MemberRole.OWNER && role != MemberRole.OWNER) {
                requireAnotherOwner(id, user.id());
            }
            existing.changeRole(role);
            membership = existing;
        } else {
            membership = new Membership(organization, user, role, Instant.now(clock));
            em.persist(membership);
        }
        MemberView view = MemberView.of(membership);
        audit.record("organization.memberSet", "organization", id, before, view);
        return view;
    }

    @RolesAllowed("NGO_MEMBER")
    public void removeMember(long id, long userId) {
        requireOwner(id);
        Membership membership = Optional.ofNullable(em.find(Membership.class, new Membership.Key(id, userId)))
                .orElseThrow(() -> new NotFoundException("member", userId));
        if (membership.role() == MemberRole.OWNER) {
            requireAnotherOwner(id, userId);
        }
        MemberView before = MemberView.of(membership);
        em.remove(membership);
        audit.record("organization.memberRemoved", "organization", id, before, null);
    }

    /** Checks a credit code as typed, before the whole profile is saved. */
    @PermitAll
    public List<FieldProblem> checkCreditCode(String code, OrganizationKind kind) {
        Character expected = kind == null ? null : kind.creditCodeKind().orElse(null);
        return UnifiedSocialCreditCode.problems("creditCode", code == null ? "" : code, expected);
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public OrganizationStatistics statistics() {
        return org.seedbed.organization.control.OrganizationCounts.of(em);
    }

    /** Whether the caller is a member of the organization (for other features' access rules). */
    @PermitAll
    public boolean isMember(long organizationId) {
        return callers.isSignedIn() && roleOf(organization(organizationId)).isPresent();
    }

    private OrganizationPage page(OrganizationFilter filter) {
        int size = Math.max(1, Math.min(filter.size(), 200));
        int page = Math.max(0, filter.page());
        OrganizationSearch.Hits hits = OrganizationSearch.matching(
                em,
                new OrganizationSearch.Query(
                        filter.text(),
                        filter.kind(),
                        filter.status(),
                        filter.area(),
                        filter.orgUnitId() == null ? null : orgUnitScope.unitAndBelow(filter.orgUnitId()),
                        page * size,
                        size));
        return new OrganizationPage(
                hits.organizations().stream()
                        .map(o -> OrganizationView.of(o, null))
                        .toList(),
                hits.total(),
                page,
                size);
    }

    /** The filtered list as CSV in the import format. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public String exportCsv(OrganizationFilter filter) {
        var paths = orgUnitScope.paths();
        return OrganizationExport.csv(allMatching(filter), paths::get);
    }

    /** The filtered list as an XLSX workbook in the import format. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public byte[] exportXlsx(OrganizationFilter filter) {
        var paths = orgUnitScope.paths();
        return OrganizationExport.xlsx(allMatching(filter), paths::get);
    }

    /** All matches of a filter, for exports, in name order (not limited to one page). */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public List<OrganizationView> allMatching(OrganizationFilter filter) {
        List<OrganizationView> all = new ArrayList<>();
        int size = 1000;
        for (int page = 0; ; page++) {
            OrganizationSearch.Hits hits = OrganizationSearch.matching(
                    em,
                    new OrganizationSearch.Query(
                            filter.text(),
                            filter.kind(),
                            filter.status(),
                            filter.area(),
                            filter.orgUnitId() == null ? null : orgUnitScope.unitAndBelow(filter.orgUnitId()),
                            page * size,
                            size));
            hits.organizations().forEach(o -> all.add(OrganizationView.of(o, null)));
            em.clear();
            if (hits.organizations().size() < size) {
                return all;
            }
        }
    }

    private Organization requireOwner(long id) {
        Organization organization = organization(id);
        MemberRole role = roleOf(organization).orElseThrow(() -> new NotFoundException("organization", id));
        if (role != MemberRole.OWNER) {
            throw new ConflictException("organization.member.ownersOnly");
        }
        return organization;
    }

    private void requireAnotherOwner(long organizationId, long leavingUserId) {
        long owners = em.createQuery(
                        "select count(m) from Membership m where m.organization.id = :id and m.role = :owner"
                                + " and m.user.id <> :leaving",
                        Long.class)
                .setParameter("id", organizationId)
                .setParameter("owner", MemberRole.OWNER)
                .setParameter("leaving", leavingUserId)
                .getSingleResult();
        if (owners == 0) {
            throw new ConflictException("organization.member.lastOwner");
        }
    }

    private void requireMemberOrStaff(Organization organization) {
        if (!callers.isStaff() && roleOf(organization).isEmpty()) {
            throw new NotFoundException("organization", organization.id());
        }
    }

    private Optional<MemberRole> roleOf(Organization organization) {
        if (!callers.isSignedIn()) {
            return Optional.empty();
        }
        Membership membership = em.find(
                Membership.class,
                new Membership.Key(organization.id(), callers.current().id()));
        return Optional.ofNullable(membership).map(Membership::role);
    }

    private Organization organization(long id) {
        return Optional.ofNullable(em.find(Organization.class, id))
                .orElseThrow(() -> new NotFoundException("organization", id));
    }
}
