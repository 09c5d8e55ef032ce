package org.seedbed.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.seedbed.account.boundary.Users;
import org.seedbed.account.entity.Role;
import org.seedbed.audit.boundary.AuditLog;
import org.seedbed.audit.boundary.AuditRecord;
import org.seedbed.orgunit.boundary.OrgUnitView;
import org.seedbed.orgunit.boundary.OrgUnits;
import org.seedbed.orgunit.entity.OrgUnitLevel;
import org.seedbed.tenancy.boundary.Cities;
import org.seedbed.tenancy.boundary.CityView;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.entity.TenantStatus;

/**
 * The dashboard: what each role sees first. Admins get counts and the latest audit entries;
 * platform admins the cities; everyone the city's structure at a glance.
 */
@Named
@RequestScoped
public class DashboardBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Users users;

    @Inject
    AuditLog audit;

    @Inject
    Cities cities;

    private List<OrgUnitView> units = List.of();
    private Map<Role, Long> roleCounts = Map.of();
    private List<AuditRecord> recentChanges = List.of();
    private List<CityView> cityList = List.of();

    @PostConstruct
    void load() {
        if (TenantContext.currentCity().isPresent()) {
            units = orgUnits.all();
        }
        if (currentUser.hasRole("CITY_ADMIN") || currentUser.hasRole("PLATFORM_ADMIN")) {
            roleCounts = users.countByRole();
            recentChanges = audit.recent(10);
        }
        if (currentUser.hasRole("PLATFORM_ADMIN")) {
            cityList = cities.all();
        }
    }

    public long countAt(String level) {
        OrgUnitLevel wanted = OrgUnitLevel.valueOf(level);
        return units.stream().filter(u -> u.level() == wanted).count();
    }

    public long getActiveCities() {
        return cityList.stream().filter(c -> c.status() == TenantStatus.ACTIVE).count();
    }

    public long roleCount(String role) {
        return roleCounts.getOrDefault(Role.valueOf(role), 0L);
    }

    public List<AuditRecord> getRecentChanges() {
        return recentChanges;
    }

    public List<CityView> getCities() {
        return cityList;
    }
}
