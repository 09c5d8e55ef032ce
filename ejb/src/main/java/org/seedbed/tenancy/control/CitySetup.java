package org.seedbed.tenancy.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.seedbed.account.control.AccountStore;
import org.seedbed.account.control.Passwords;
import org.seedbed.account.entity.Role;
import org.seedbed.account.entity.TokenPurpose;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.orgunit.entity.OrgUnit;
import org.seedbed.tenancy.boundary.CityView;
import org.seedbed.tenancy.boundary.NewCity;
import org.seedbed.tenancy.entity.Tenant;

/** The transactional steps of provisioning and retiring, each in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CitySetup {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    AccountStore accounts;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Step 1, platform schema: the registry row. */
    public CityView register(NewCity request, String actor) {
        Tenant tenant = new Tenant(request.city(), Instant.now(clock));
        em.persist(tenant);
        em.flush();
        CityView view = CityView.of(tenant);
        audit.recordAs(actor, "city.created", "city", tenant.slug(), null, view);
        return view;
    }

    /** Step 3, in the new city's schema (the caller selects the city): root unit and first admin. */
    public long seedCity(NewCity request, String actor) {
        Instant now = Instant.now(clock);
        em.persist(OrgUnit.cityRoot(request.city().nameZh(), request.city().nameEn(), now));
        Locale locale = Locale.forLanguageTag(request.city().locale());
        UserAccount admin = accounts.create(
                request.adminUsername(),
                request.adminEmail(),
                request.adminName() == null || request.adminName().isBlank()
                        ? request.adminUsername()
                        : request.adminName(),
                locale);
        admin.grant(Role.CITY_ADMIN);
        if (request.adminPassword() != null && !request.adminPassword().isEmpty()) {
            admin.setPasswordHash(passwords.hash(request.adminPassword()));
            admin.activate(now);
        } else {
            admin.activate(now);
            accounts.sendLink(
                    admin, TokenPurpose.SET_PASSWORD, "invite", request.city().name(locale));
        }
        em.flush();
        audit.recordAs(
                actor, "city.adminCreated", "user", admin.id(), null, org.seedbed.account.boundary.UserView.of(admin));
        return admin.id();
    }

    /** Compensation when a later step failed: the city was never usable. */
    public void unregister(String slug) {
        Tenant tenant = em.find(Tenant.class, slug);
        if (tenant != null) {
            em.remove(tenant);
        }
    }

    /** The last step of retirement, recorded once the schema is gone. */
    public void recordSchemaDropped(String slug, String schema, String actor) {
        audit.recordAs(actor, "city.schemaDropped", "city", slug, null, java.util.Map.of("schema", schema));
    }

    /** Step 1 of retirement: the city stops answering (all nodes, within the directory's refresh). */
    public void beginRetirement(String slug) {
        em.find(Tenant.class, slug).beginRetirement();
    }

    public void cancelRetirement(String slug) {
        em.find(Tenant.class, slug).cancelRetirement();
    }

    public CityView markRetired(String slug, String exportFile, String actor) {
        Tenant tenant = em.find(Tenant.class, slug);
        CityView before = CityView.of(tenant);
        tenant.retire(exportFile, Instant.now(clock));
        em.flush();
        CityView after = CityView.of(tenant);
        audit.recordAs(actor, "city.retired", "city", slug, before, after);
        return after;
    }
}
