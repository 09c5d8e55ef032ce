package org.seedbed.campaign.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.campaign.control.CampaignViews;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.campaign.entity.CampaignUpdate;
import org.seedbed.grant.control.GrantAccess;
import org.seedbed.grant.entity.Grant;
import org.seedbed.money.Money;
import org.seedbed.organization.boundary.DocumentContent;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.control.DocumentStore;
import org.seedbed.organization.entity.Organization;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;

/**
 * Public fundraising campaigns: officers create them for an organization's project and open them;
 * a verified organization's members create their own, which an officer approves or sends back with a
 * note. Active campaigns are public with their progress, gifts and updates.
 */
@Stateless
@PermitAll
public class Campaigns {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    CampaignViews views;

    @Inject
    GrantAccess access;

    @Inject
    DocumentStore store;

    @Inject
    CityCalendar calendar;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Campaigns taking gifts now, ending soonest first. */
    public List<CampaignView> active() {
        Instant now = Instant.now(clock);
        return em
                .createQuery(
                        "select c from Campaign c join fetch c.organization where c.status = :active"
                                + " and c.startsAt <= :now and c.endsAt > :now order by c.endsAt",
                        Campaign.class)
                .setParameter("active", Campaign.Status.ACTIVE)
                .setParameter("now", now)
                .getResultList()
                .stream()
                .map(views::summary)
                .toList();
    }

    /** A campaign's page: public once approved; before that, for its organization and officers. */
    public CampaignView get(long id) {
        Campaign campaign = visible(id);
        return views.full(campaign, Instant.now(clock), calendar.today());
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public List<CampaignView> all(Campaign.Status status) {
        var query = em.createQuery(
                "select c from Campaign c join fetch c.organization"
                        + (status == null ? "" : " where c.status = :status")
                        + " order by c.createdAt desc",
                Campaign.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList().stream().map(views::summary).toList();
    }

    /** Campaigns of the organizations the caller belongs to. */
    @RolesAllowed("NGO_MEMBER")
    public List<CampaignView> mine() {
        return em
                .createQuery(
                        "select c from Campaign c join fetch c.organization where exists (select m from Membership m"
                                + " where m.organization = c.organization and m.user.id = :me) order by c.createdAt desc",
                        Campaign.class)
                .setParameter("me", callers.current().id())
                .getResultList()
                .stream()
                .map(views::summary)
                .toList();
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER"})
    public CampaignView create(CampaignForm form) {
        if (form == null || form.organizationId() == null) {
            throw InvalidInputException.of("organizationId", "campaign.organization.required");
        }
        Organization organization = em.find(Organization.class, form.organizationId());
        if (organization == null || !(callers.isStaff() || access.isMember(organization))) {
            throw InvalidInputException.of("organizationId", "campaign.organization.required");
        }
        if (organization.status() != OrganizationStatus.VERIFIED) {
            throw InvalidInputException.of("organizationId", "campaign.organization.unverified");
        }
        Grant grant = grant(form.grantId(), organization);
        Instant now = Instant.now(clock);
        Campaign campaign = new Campaign(organization, grant, calendar.currency(), callers.name(), now);
        campaign.describe(terms(form, campaign.currency()));
        em.persist(campaign);
        em.flush();
        audit.record("campaign.created", "campaign", campaign.id(), null, Map.of("title", campaign.titleZh()));
        return views.summary(campaign);
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER"})
    public CampaignView update(long id, CampaignForm form) {
        Campaign campaign = editable(id);
        if (form == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        if (form.version() != null && form.version() != campaign.version()) {
            throw new ConflictException("campaign.changedMeanwhile");
        }
        if (campaign.status() != Campaign.Status.DRAFT
                && campaign.status() != Campaign.Status.REJECTED
                && !callers.isStaff()) {
            throw new ConflictException("campaign.notEditable");
        }
        Campaign.Terms terms = terms(form, campaign.currency());
        transition(campaign, () -> campaign.describe(terms));
        em.flush();
        audit.record("campaign.updated", "campaign", id, null, Map.of("title", campaign.titleZh()));
        return views.summary(campaign);
    }

    /** An organization asks the officers to open its campaign. */
    @RolesAllowed("NGO_MEMBER")
    public CampaignView submit(long id) {
        Campaign campaign = editable(id);
        transition(campaign, campaign::submitForApproval);
        audit.record(
                "campaign.submitted",
                "campaign",
                id,
                null,
                Map.of("status", campaign.status().name()));
        return views.summary(campaign);
    }

    /** Opens the campaign: an officer's own draft, or an organization's request. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public CampaignView approve(long id) {
        Campaign campaign = campaign(id);
        transition(campaign, () -> campaign.approve(callers.name(), Instant.now(clock)));
        audit.record(
                "campaign.approved",
                "campaign",
                id,
                null,
                Map.of("status", campaign.status().name()));
        return views.summary(campaign);
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public CampaignView reject(long id, String note) {
        if (note == null || note.isBlank()) {
            throw InvalidInputException.of("note", "campaign.reject.note");
        }
        Campaign campaign = campaign(id);
        transition(campaign, () -> campaign.reject(callers.name(), note.strip(), Instant.now(clock)));
        audit.record("campaign.rejected", "campaign", id, null, Map.of("note", note.strip()));
        return views.summary(campaign);
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public CampaignView end(long id) {
        Campaign campaign = campaign(id);
        transition(campaign, campaign::end);
        audit.record("campaign.ended", "campaign", id, null, Map.of("status", "ENDED"));
        return views.summary(campaign);
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public CampaignView cancel(long id) {
        Campaign campaign = campaign(id);
        transition(campaign, campaign::cancel);
        audit.record("campaign.cancelled", "campaign", id, null, Map.of("status", "CANCELLED"));
        return views.summary(campaign);
    }

    /** News on the campaign page, by the organization or an officer. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER"})
    public CampaignView postUpdate(long id, String bodyZh, String bodyEn) {
        Campaign campaign = editable(id);
        if (bodyZh == null || bodyZh.isBlank()) {
            throw InvalidInputException.of("bodyZh", "campaign.update.required");
        }
        if (bodyZh.length() > 4000 || (bodyEn != null && bodyEn.length() > 4000)) {
            throw InvalidInputException.of("bodyZh", "field.tooLong", 4000);
        }
        em.persist(new CampaignUpdate(
                campaign,
                bodyZh.strip(),
                bodyEn == null || bodyEn.isBlank() ? null : bodyEn.strip(),
                callers.name(),
                Instant.now(clock)));
        em.flush();
        return views.full(campaign, Instant.now(clock), calendar.today());
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER"})
    public CampaignView setCover(long id, String fileName, InputStream content) {
        Campaign campaign = editable(id);
        DocumentStore.Accepted image = store.accept(content, fileName, "cover");
        if (!image.contentType().startsWith("image/")) {
            store.deleteAfterCommit(image.key());
            throw InvalidInputException.of("cover", "campaign.cover.image");
        }
        if (campaign.coverKey() != null) {
            store.deleteAfterCommit(campaign.coverKey());
        }
        campaign.cover(image.key(), image.fileName());
        return views.summary(campaign);
    }

    public DocumentContent cover(long id) {
        Campaign campaign = visible(id);
        if (campaign.coverKey() == null) {
            throw new NotFoundException("cover", id);
        }
        try {
            var file = store.file(campaign.coverKey());
            String type = campaign.coverName() != null
                            && campaign.coverName().toLowerCase().endsWith(".png")
                    ? "image/png"
                    : "image/jpeg";
            return new DocumentContent(campaign.coverName(), type, java.nio.file.Files.size(file), file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Campaign visible(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            throw new NotFoundException("campaign", id);
        }
        boolean published = campaign.status() == Campaign.Status.ACTIVE || campaign.status() == Campaign.Status.ENDED;
        if (!published && !callers.isStaff() && !access.isMember(campaign.organization())) {
            throw new NotFoundException("campaign", id);
        }
        return campaign;
    }

    private Campaign campaign(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            throw new NotFoundException("campaign", id);
        }
        return campaign;
    }

    /** Officers edit any campaign; members their organization's. */
    private Campaign editable(long id) {
        Campaign campaign = campaign(id);
        if (!callers.isStaff() && !access.isMember(campaign.organization())) {
            throw new NotFoundException("campaign", id);
        }
        return campaign;
    }

    private Grant grant(Long grantId, Organization organization) {
        if (grantId == null) {
            return null;
        }
        Grant grant = em.find(Grant.class, grantId);
        if (grant == null || !grant.organization().id().equals(organization.id())) {
            throw InvalidInputException.of("grantId", "campaign.grant.otherOrganization");
        }
        return grant;
    }

    private void transition(Campaign campaign, Runnable change) {
        try {
            change.run();
        } catch (IllegalStateException e) {
            throw new ConflictException("campaign.transition", campaign.status().name());
        }
    }

    private Campaign.Terms terms(CampaignForm form, String currency) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(form.titleZh())) {
            problems.add(FieldProblem.of("titleZh", "campaign.title.required"));
        } else if (form.titleZh().strip().length() > 200) {
            problems.add(FieldProblem.of("titleZh", "field.tooLong", 200));
        }
        if (form.titleEn() != null && form.titleEn().strip().length() > 200) {
            problems.add(FieldProblem.of("titleEn", "field.tooLong", 200));
        }
        if (blank(form.storyZh())) {
            problems.add(FieldProblem.of("storyZh", "campaign.story.required"));
        } else if (form.storyZh().length() > 20_000) {
            problems.add(FieldProblem.of("storyZh", "field.tooLong", 20_000));
        }
        BigDecimal goal = form.goal();
        if (goal == null || goal.signum() <= 0 || goal.stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of("goal", "campaign.goal.invalid"));
        }
        if (form.startsAt() == null || form.endsAt() == null || !form.endsAt().isAfter(form.startsAt())) {
            problems.add(FieldProblem.of("endsAt", "campaign.dates.invalid"));
        }
        JsonArrayBuilder lines = Json.createArrayBuilder();
        List<CampaignForm.BudgetLine> given = form.budgetLines() == null ? List.of() : form.budgetLines();
        for (int i = 0; i < given.size(); i++) {
            CampaignForm.BudgetLine line = given.get(i);
            if (line == null
                    || blank(line.item())
                    || line.amount() == null
                    || line.amount().signum() <= 0) {
                problems.add(FieldProblem.of("budgetLines[" + i + "]", "campaign.budgetLine.invalid"));
                continue;
            }
            lines.add(Json.createObjectBuilder()
                    .add(
                            "category",
                            line.category() == null ? "" : line.category().strip())
                    .add("item", line.item().strip())
                    .add("amount", line.amount()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Campaign.Terms(
                form.titleZh().strip(),
                blank(form.titleEn()) ? null : form.titleEn().strip(),
                form.storyZh().strip(),
                blank(form.storyEn()) ? null : form.storyEn().strip(),
                Money.ofMajor(goal, currency).minor(),
                form.startsAt(),
                form.endsAt(),
                lines.build().toString());
    }

    private boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
