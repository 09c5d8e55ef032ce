package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.seedbed.problem.NotFoundException;
import org.seedbed.search.boundary.SearchAnswer;
import org.seedbed.search.boundary.SearchQuery;
import org.seedbed.search.boundary.Searches;
import org.seedbed.search.web.SearchParameters;
import org.seedbed.tenancy.control.TenantContext;

/**
 * Searching the city: the public directory of listed organizations, calls and campaigns, and the
 * staff search of applications and grants. Both read the same parameters as the search pages
 * (see {@link SearchParameters}), so a page's address and the API's ask the same thing; a facet's
 * parameter repeats for several values, which are alternatives. The path shares {@code /v1} with
 * {@link AccountsResource}; RESTEasy serves both classes' methods there.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private static final String PARAMETERS = "Query parameters: q, words in Chinese or English (blank finds "
            + "everything); type, kind, area, unit (org unit ids, also finding what lies below), category, status, "
            + "year and amount (bands UNDER_50K, FROM_50K_TO_200K, FROM_200K_TO_1M, FROM_1M), each repeated for "
            + "several values, which are alternatives; minAmount and maxAmount in minor units (fen); sort: "
            + "relevance (default), newest, amount_desc, amount_asc or title; page from 0; size 1 to 100, "
            + "default 20. ";

    private static final String ANSWER = "The answer holds one page of hits with highlights (HTML: the matches "
            + "in <mark>, everything else escaped), the number of matches, and every facet with its values and "
            + "counts; org units and categories come with their names in Chinese and English.";

    @Inject
    Searches searches;

    @GET
    @Path("search")
    @PermitAll
    @Operation(
            summary = "Searches the city’s listed organizations, funding calls and campaigns",
            description = "type is organization, call or campaign. " + PARAMETERS + ANSWER)
    public SearchAnswer directory(@Context UriInfo uri) {
        return searches.directory(query(uri));
    }

    @GET
    @Path("staff/search")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Operation(
            summary = "Searches the city’s applications (never drafts) and grants, for staff",
            description = "type is submission or grant. " + PARAMETERS + ANSWER)
    public SearchAnswer staff(@Context UriInfo uri) {
        return searches.staff(query(uri));
    }

    private static SearchQuery query(UriInfo uri) {
        if (TenantContext.currentCity().isEmpty()) {
            // The platform's API has no documents: search belongs to a city.
            throw new NotFoundException("city", "");
        }
        return SearchParameters.read(uri.getQueryParameters());
    }
}
