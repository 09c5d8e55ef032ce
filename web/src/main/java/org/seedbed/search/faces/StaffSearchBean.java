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

/** The staff search (staff/search.xhtml): the city's applications, drafts aside, and grants. */
@Named
@RequestScoped
public class StaffSearchBean extends SearchScreen {

    private static final Map<DocumentType, String> PAGES = Map.of(
            DocumentType.SUBMISSION, "/staff/submission.xhtml",
            DocumentType.GRANT, "/staff/grant.xhtml");

    @Inject
    Searches searches;

    @Override
    protected SearchAnswer search(SearchQuery query) {
        return searches.staff(query);
    }

    @Override
    protected Set<DocumentType> searched() {
        return DocumentType.STAFF;
    }

    @Override
    protected String pagePath() {
        return "/staff/search.xhtml";
    }

    @Override
    protected String hitPath(DocumentType type) {
        return PAGES.get(type);
    }
}
