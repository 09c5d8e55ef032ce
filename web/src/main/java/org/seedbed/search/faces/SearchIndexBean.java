package org.seedbed.search.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.seedbed.search.boundary.ReindexJobView;
import org.seedbed.search.boundary.SearchIndex;

/** The city admin's reindex page (admin/search-index.xhtml): rebuilds the city's search documents. */
@Named
@ViewScoped
public class SearchIndexBean extends ReindexPage {

    private static final long serialVersionUID = 1L;

    @Inject
    SearchIndex searchIndex;

    public void reindex() {
        start();
    }

    @Override
    ReindexJobView startJob() {
        return searchIndex.reindexCity();
    }

    @Override
    ReindexJobView find(String id) {
        return searchIndex.cityJob(id);
    }

    @Override
    List<ReindexJobView> findRecent() {
        return searchIndex.cityJobs();
    }
}
