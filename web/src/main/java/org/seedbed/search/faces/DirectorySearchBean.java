package org.seedbed.search.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Set;
import org.seedbed.search.boundary.SearchAnswer;
import org.seedbed.search.boundary.SearchQuery;
import org.seedbed.search.boundary.Searches;
import org.seedbed.search.document.DocumentType;

/** The public search (search.xhtml): the city's listed organizations, calls and campaigns. */
@Named
@RequestScoped
public class DirectorySearchBean extends SearchScreen {

    private static final Map<DocumentType, String> PAGES = Map.of(
            DocumentType.ORGANIZATION, "/organization.xhtml",
            DocumentType.CALL, "/call.xhtml",
            DocumentType.CAMPAIGN, "/campaign.xhtml");

    @Inject
    Searches searches;

    @Override
    protected SearchAnswer search(SearchQuery query) {
        return searches.directory(query);
    }

    @Override
    protected Set<DocumentType> searched() {
        return DocumentType.PUBLIC;
    }

    @Override
    protected String pagePath() {
        return "/search.xhtml";
    }

    @Override
    protected String hitPath(DocumentType type) {
        return PAGES.get(type);
    }
}
