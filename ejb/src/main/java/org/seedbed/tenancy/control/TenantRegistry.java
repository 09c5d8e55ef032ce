package org.seedbed.tenancy.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.seedbed.tenancy.entity.Tenant;

/** Reads the city registry (platform schema) from any city's session. */
@Stateless
public class TenantRegistry {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    public Optional<Tenant> find(String slug) {
        return Optional.ofNullable(slug == null ? null : em.find(Tenant.class, slug));
    }

    public List<Tenant> all() {
        return em.createQuery("select t from Tenant t order by t.status, t.slug", Tenant.class)
                .getResultList();
    }

    public List<Tenant> active() {
        return em.createQuery(
                        "select t from Tenant t where t.status = org.seedbed.tenancy.entity.TenantStatus.ACTIVE order by t.slug",
                        Tenant.class)
                .getResultList();
    }

    /** The current city's name in {@code language}, or "Seedbed" on the platform site. */
    public String currentCityName(Locale language) {
        return TenantContext.currentCity()
                .flatMap(this::find)
                .map(t -> t.name(language))
                .orElse("Seedbed");
    }
}
