package org.seedbed.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.notification.control.MailTemplates;
import org.seedbed.notification.control.Mailer;
import org.seedbed.platform.Settings;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.review.control.PanelSettings;
import org.seedbed.review.control.ReviewAccess;
import org.seedbed.review.control.Rubric;
import org.seedbed.review.entity.Expert;
import org.seedbed.review.entity.PanelMember;
import org.seedbed.review.entity.ReviewPanel;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.control.TenantRegistry;

/**
 * A call's review panel: officers set how it reviews and its rubric, and invite experts of the
 * pool by e-mail; experts accept (signing the confidentiality and conflict-of-interest
 * declaration) or decline.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class Panels {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    ReviewAccess access;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Mailer mailer;

    @Inject
    TenantRegistry registry;

    @Inject
    Clock clock;

    public PanelView panel(long callId) {
        return view(access.panel(callId));
    }

    public PanelView configure(long callId, PanelForm form) {
        ReviewPanel panel = access.panel(callId);
        if (form == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        if (form.version() != null && form.version() != panel.version()) {
            throw new ConflictException("panel.changedMeanwhile");
        }
        int needed = form.reviewersNeeded() == null ? panel.reviewersNeeded() : form.reviewersNeeded();
        if (needed < 1 || needed > 20) {
            throw InvalidInputException.of("reviewersNeeded", "panel.reviewers.range");
        }
        Map<String, Integer> byCategory = form.reviewersByCategory() == null
                ? PanelSettings.reviewersByCategory(panel.reviewersByCategory())
                : form.reviewersByCategory();
        for (var entry : byCategory.entrySet()) {
            if (panel.call().category(entry.getKey()).isEmpty()) {
                throw InvalidInputException.of("reviewersByCategory", "panel.category.unknown", entry.getKey());
            }
            if (entry.getValue() == null || entry.getValue() < 1 || entry.getValue() > 20) {
                throw InvalidInputException.of("reviewersByCategory", "panel.reviewers.range");
            }
        }
        BigDecimal spread = form.disagreementSd() == null ? panel.disagreementSd() : form.disagreementSd();
        if (spread.signum() <= 0 || spread.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw InvalidInputException.of("disagreementSd", "panel.spread.range");
        }
        PanelView before = view(panel);
        panel.configure(
                needed, PanelSettings.toJson(byCategory), form.blind() == null ? panel.blind() : form.blind(), spread);
        em.flush();
        PanelView after = view(panel);
        audit.record("panel.configured", "call", callId, settings(before), settings(after));
        return after;
    }

    /** Replaces the rubric; refused once any expert submitted a score sheet under the old one. */
    public PanelView editRubric(long callId, Rubric rubric) {
        ReviewPanel panel = access.panel(callId);
        if (rubric == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        var problems = rubric.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long submitted = em.createQuery(
                        "select count(s) from ScoreSheet s where s.assignment.panel = :p and s.status = :submitted",
                        Long.class)
                .setParameter("p", panel)
                .setParameter("submitted", org.seedbed.review.entity.ScoreSheet.Status.SUBMITTED)
                .getSingleResult();
        if (submitted > 0) {
            throw new ConflictException("rubric.inUse", submitted);
        }
        String before = panel.call().rubric();
        panel.call().editRubric(rubric.toJson());
        em.flush();
        audit.record("call.rubricEdited", "call", callId, before, panel.call().rubric());
        return view(panel);
    }

    public PanelView invite(long callId, long expertId, Integer maxLoad) {
        ReviewPanel panel = access.panel(callId);
        Expert expert = Optional.ofNullable(em.find(Expert.class, expertId))
                .orElseThrow(() -> new NotFoundException("expert", expertId));
        if (!expert.available()) {
            throw new ConflictException("panel.expertUnavailable", expert.user().displayName());
        }
        boolean already = !em.createQuery(
                        "select m from PanelMember m where m.panel = :p and m.expert = :e", PanelMember.class)
                .setParameter("p", panel)
                .setParameter("e", expert)
                .getResultList()
                .isEmpty();
        if (already) {
            throw new ConflictException("panel.alreadyInvited", expert.user().displayName());
        }
        int load = maxLoad == null ? expert.maxLoad() : maxLoad;
        if (load < 1 || load > expert.maxLoad()) {
            throw InvalidInputException.of("maxLoad", "panel.maxLoad.range", expert.maxLoad());
        }
        PanelMember member = new PanelMember(panel, expert, load, callers.name(), Instant.now(clock));
        em.persist(member);
        em.flush();
        audit.record("panel.invited", "call", callId, null, Map.of("expertId", expertId, "maxLoad", load));
        FundingCall call = panel.call();
        var user = expert.user();
        mailer.send(MailTemplates.render(
                user.email(),
                user.locale(),
                "panelInvitation",
                registry.currentCityName(user.locale()),
                user.displayName(),
                call.title(user.locale()),
                load,
                Settings.publicUrl() + "/c/" + TenantContext.currentOrPlatform() + "/reviewer/panels.xhtml"));
        return view(panel);
    }

    @RolesAllowed("REVIEWER")
    public List<MyPanelView> myPanels() {
        Expert me = access.maybeMe().orElse(null);
        if (me == null) {
            return List.of();
        }
        return em.createQuery(
                        "select m from PanelMember m join fetch m.panel where m.expert = :e"
                                + " order by m.invitedAt desc",
                        PanelMember.class)
                .setParameter("e", me)
                .getResultStream()
                .map(m -> new MyPanelView(
                        m.id(),
                        m.panel().call().id(),
                        m.panel().call().titleZh(),
                        m.panel().call().titleEn(),
                        m.status(),
                        m.maxLoad(),
                        m.invitedAt(),
                        m.answeredAt()))
                .toList();
    }

    /** The expert accepts by typing their name under the confidentiality and conflict-of-interest declaration. */
    @RolesAllowed("REVIEWER")
    public MyPanelView accept(long memberId, String signedName) {
        PanelMember member = myInvitation(memberId);
        if (signedName == null || signedName.isBlank()) {
            throw InvalidInputException.of("signedName", "panel.declaration.required");
        }
        if (!signedName.strip().equals(member.expert().user().displayName().strip())) {
            throw InvalidInputException.of(
                    "signedName",
                    "panel.declaration.name",
                    member.expert().user().displayName());
        }
        member.accept(signedName.strip(), Instant.now(clock));
        em.flush();
        audit.record(
                "panel.accepted",
                "call",
                member.panel().call().id(),
                null,
                Map.of("expertId", member.expert().id(), "declaration", member.declaration()));
        return myPanels().stream()
                .filter(p -> p.memberId() == memberId)
                .findFirst()
                .orElseThrow();
    }

    @RolesAllowed("REVIEWER")
    public MyPanelView decline(long memberId) {
        PanelMember member = myInvitation(memberId);
        member.decline(Instant.now(clock));
        em.flush();
        audit.record(
                "panel.declined",
                "call",
                member.panel().call().id(),
                null,
                Map.of("expertId", member.expert().id()));
        return myPanels().stream()
                .filter(p -> p.memberId() == memberId)
                .findFirst()
                .orElseThrow();
    }

    private PanelMember myInvitation(long memberId) {
        Expert me = access.me();
        PanelMember member = em.find(PanelMember.class, memberId);
        if (member == null || !member.expert().id().equals(me.id())) {
            throw new NotFoundException("invitation", memberId);
        }
        if (member.status() != PanelMember.Status.INVITED) {
            throw new ConflictException("panel.answered", member.status());
        }
        return member;
    }

    private static Map<String, Object> settings(PanelView v) {
        return Map.of(
                "reviewersNeeded", v.reviewersNeeded(),
                "reviewersByCategory", v.reviewersByCategory(),
                "blind", v.blind(),
                "disagreementSd", v.disagreementSd());
    }

    PanelView view(ReviewPanel panel) {
        List<PanelMemberView> members = em.createQuery(
                        "select m from PanelMember m join fetch m.expert where m.panel = :p" + " order by m.id",
                        PanelMember.class)
                .setParameter("p", panel)
                .getResultStream()
                .map(m -> new PanelMemberView(
                        m.id(),
                        m.expert().id(),
                        m.expert().user().displayName(),
                        m.expert().employer(),
                        m.expert().expertise(),
                        m.maxLoad(),
                        m.status(),
                        m.invitedAt(),
                        m.answeredAt(),
                        em.createQuery(
                                        "select count(a) from ReviewAssignment a where a.panel = :p and a.expert = :e",
                                        Long.class)
                                .setParameter("p", panel)
                                .setParameter("e", m.expert())
                                .getSingleResult()))
                .toList();
        FundingCall call = panel.call();
        return new PanelView(
                call.id(),
                call.titleZh(),
                call.titleEn(),
                panel.reviewersNeeded(),
                PanelSettings.reviewersByCategory(panel.reviewersByCategory()),
                panel.blind(),
                panel.assignmentsReleased(),
                panel.releasedAt(),
                panel.disagreementSd(),
                Rubric.fromJson(call.rubric()),
                members,
                panel.version());
    }
}
