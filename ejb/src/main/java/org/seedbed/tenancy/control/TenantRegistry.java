package org.seedbed.tenancy.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.seedbed.tenancy.entity.Tenant;

/**
 * Reads the city registry. Always through a session of the platform, whatever city the caller
 * works for: a city on a datasource of its own has no platform schema in its database. Reads run
 * outside the caller's transaction (suspended), so the platform's connection is never the pooled
 * connection the caller's city session holds in its transaction (that one points at the city's
 * schema), and the session releases its connection when it closes, not again at a commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantRegistry {

    @PersistenceUnit(unitName = "seedbed")
    EntityManagerFactory emf;

    public Optional<Tenant> find(String slug) {
        return slug == null ? Optional.empty() : Optional.ofNullable(inPlatform(s -> s.find(Tenant.class, slug)));
    }

    public List<Tenant> all() {
        return inPlatform(s -> s.createQuery("select t from Tenant t order by t.status, t.slug", Tenant.class)
                .getResultList());
    }

    public List<Tenant> active() {
        return inPlatform(s -> s.createQuery(
                        "select t from Tenant t where t.status = org.seedbed.tenancy.entity.TenantStatus.ACTIVE"
                                + " order by t.slug",
                        Tenant.class)
                .getResultList());
    }

    /** The current city's name in {@code language}, or "Seedbed" on the platform site. */
    public String currentCityName(Locale language) {
        return TenantContext.currentCity()
                .flatMap(this::find)
                .map(t -> t.name(language))
                .orElse("Seedbed");
    }

    private <T> T inPlatform(Function<Session, T> read) {
        try (Session session = emf.unwrap(SessionFactory.class)
                .withOptions()
                .tenantIdentifier(TenantSlug.PLATFORM)
                .openSession()) {
            return read.apply(session);
        }
    }
}
