package org.seedbed.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.control.TenantRegistry;
import org.seedbed.tenancy.entity.Tenant;

/** The city a page belongs to, for the header: its name in the page's language. */
@Named("brand")
@RequestScoped
public class CityBrand {

    @Inject
    TenantRegistry registry;

    @Inject
    Language language;

    private Optional<Tenant> city;

    public boolean isInCity() {
        return city().isPresent();
    }

    public String getName() {
        return city().map(t -> t.name(language.getLocale())).orElse("");
    }

    public String getSlug() {
        return city().map(Tenant::slug).orElse("");
    }

    public String getTimeZone() {
        return city().map(Tenant::timeZone).orElse("Asia/Shanghai");
    }

    private Optional<Tenant> city() {
        if (city == null) {
            city = TenantContext.currentCity().flatMap(registry::find);
        }
        return city;
    }
}
