package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.seedbed.search.boundary.SearchIndex;
import org.seedbed.tenancy.control.TenantRequest;
import org.seedbed.tenancy.web.CityResolution;

/**
 * Rebuilding the city's search documents from its database, for the city admin. Starting answers
 * 202 with the job at once; its progress is read from the job's URL until it is finished. Searches
 * keep working meanwhile, and running it again is safe.
 */
@Path("/v1/search-index")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("CITY_ADMIN")
@SecurityRequirement(name = "token")
public class SearchIndexResource {

    @Inject
    SearchIndex searchIndex;

    @Context
    HttpServletRequest request;

    @POST
    @Path("reindex")
    @Operation(summary = "Starts reindexing the city; 202 with the job, 409 while one is running")
    public Response reindex() {
        ReindexJobJson job = ReindexJobJson.of(searchIndex.reindexCity());
        return Response.accepted(job).location(jobLocation(job.id())).build();
    }

    @GET
    @Path("jobs")
    @Operation(summary = "The city's reindex jobs of the last day, newest first")
    public List<ReindexJobJson> jobs() {
        return searchIndex.cityJobs().stream().map(ReindexJobJson::of).toList();
    }

    @GET
    @Path("jobs/{id}")
    @Operation(summary = "A reindex job's progress and, city by city, its results")
    public ReindexJobJson job(@PathParam("id") String id) {
        return ReindexJobJson.of(searchIndex.cityJob(id));
    }

    /** The job's URL as the caller addressed the city: with its {@code /c/{city}} prefix or on its host. */
    private URI jobLocation(String id) {
        TenantRequest.Target target = CityResolution.of(request);
        String prefix = target == null ? "" : target.urlPrefix();
        return URI.create(request.getContextPath() + prefix + "/api/v1/search-index/jobs/" + id);
    }
}
