package org.seedbed.search.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.faces.Texts;
import org.seedbed.search.boundary.ReindexJobView;
import org.seedbed.search.boundary.SearchIndex;
import org.seedbed.tenancy.boundary.Cities;
import org.seedbed.tenancy.boundary.CityView;
import org.seedbed.tenancy.entity.TenantStatus;

/**
 * The platform admin's reindex page (platform/search-index.xhtml): rebuilds the search documents of
 * every active city or of the chosen ones, one city after another.
 */
@Named
@ViewScoped
public class PlatformSearchIndexBean extends ReindexPage {

    private static final long serialVersionUID = 1L;

    @Inject
    SearchIndex searchIndex;

    @Inject
    Cities cities;

    private List<String> chosen = new ArrayList<>();
    private transient List<String> toReindex;
    private transient List<CityView> activeCities;

    public void reindexAll() {
        toReindex = List.of();
        start();
    }

    public void reindexChosen() {
        if (chosen == null || chosen.isEmpty()) {
            Texts.error("searchIndex.platform.noneChosen");
            return;
        }
        toReindex = List.copyOf(chosen);
        start();
    }

    @Override
    ReindexJobView startJob() {
        return searchIndex.reindexCities(toReindex);
    }

    @Override
    ReindexJobView find(String id) {
        return searchIndex.job(id);
    }

    @Override
    List<ReindexJobView> findRecent() {
        return searchIndex.allJobs();
    }

    /** The cities that can be reindexed, for the choice. */
    public List<CityView> getActiveCities() {
        if (activeCities == null) {
            activeCities = cities.all().stream()
                    .filter(c -> c.status() == TenantStatus.ACTIVE)
                    .toList();
        }
        return activeCities;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }
}
