package org.seedbed.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.seedbed.orgunit.boundary.OrgUnitView;
import org.seedbed.orgunit.boundary.OrgUnits;
import org.seedbed.orgunit.entity.OrgUnitLevel;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.control.TenantRegistry;
import org.seedbed.tenancy.entity.Tenant;

/** The public home: a city's page (its districts) or, on the platform site, the list of cities. */
@Named
@RequestScoped
public class HomeBean {

    @Inject
    OrgUnits orgUnits;

    @Inject
    TenantRegistry registry;

    @Inject
    Language language;

    private List<OrgUnitView> units;

    public List<OrgUnitView> getDistricts() {
        return units().stream().filter(u -> u.level() == OrgUnitLevel.DISTRICT).toList();
    }

    public long count(String level) {
        OrgUnitLevel wanted = OrgUnitLevel.valueOf(level);
        return units().stream().filter(u -> u.level() == wanted).count();
    }

    public List<OrgUnitView> childrenOf(OrgUnitView parent) {
        return units().stream()
                .filter(u -> parent.id() == (u.parentId() == null ? -1 : u.parentId()))
                .toList();
    }

    public String name(OrgUnitView unit) {
        return unit.name(language.getLocale());
    }

    public List<Tenant> getCities() {
        return registry.active();
    }

    public String cityName(Tenant tenant) {
        return tenant.name(language.getLocale());
    }

    private List<OrgUnitView> units() {
        if (units == null) {
            units = TenantContext.currentCity().isPresent() ? orgUnits.all() : List.of();
        }
        return units;
    }
}
