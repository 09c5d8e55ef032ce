package org.seedbed.incubation.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.seedbed.incubation.boundary.IncubatorView;
import org.seedbed.incubation.boundary.Incubators;
import org.seedbed.orgunit.entity.OrgUnitLevel;
import org.seedbed.tenancy.control.TenantContext;

/** Public page incubators.xhtml: the city's "1+N" incubators, grouped by tier. */
@Named
@RequestScoped
public class IncubatorPlatformBean {

    /** One tier of the platform: the district parks, the street bases or the community bases. */
    public record Tier(OrgUnitLevel level, List<IncubatorView> incubators) {}

    @Inject
    Incubators incubators;

    private List<IncubatorView> all;

    public List<IncubatorView> getAll() {
        if (all == null) {
            // The platform site has no incubators of its own; only a city's site lists them.
            all = TenantContext.currentCity().isPresent()
                    ? incubators.all().stream().filter(IncubatorView::active).toList()
                    : List.of();
        }
        return all;
    }

    public List<Tier> getTiers() {
        return List.of(OrgUnitLevel.DISTRICT, OrgUnitLevel.STREET, OrgUnitLevel.COMMUNITY).stream()
                .map(level -> new Tier(
                        level, getAll().stream().filter(i -> i.tier() == level).toList()))
                .toList();
    }

    public long getWorkstations() {
        return getAll().stream().mapToLong(IncubatorView::workstations).sum();
    }

    public long getWorkstationsFree() {
        return getAll().stream().mapToLong(IncubatorView::workstationsFree).sum();
    }

    public long getIncubating() {
        return getAll().stream().mapToLong(IncubatorView::incubating).sum();
    }

    public long getGraduated() {
        return getAll().stream().mapToLong(IncubatorView::graduated).sum();
    }

    /** Share of workstations taken, 0 to 100, for the small bar on each card. */
    public static long percentTaken(IncubatorView incubator) {
        if (incubator.workstations() <= 0) {
            return 0;
        }
        return Math.min(100, Math.round(incubator.workstationsTaken() * 100.0 / incubator.workstations()));
    }

    public long percent(IncubatorView incubator) {
        return percentTaken(incubator);
    }
}
