package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.search.boundary.SearchIndex;

/**
 * Rebuilding the search documents of some or all cities, for platform admins, on the platform site
 * only. One job covers the cities one after another; its progress names the city it is on.
 */
@Path("/v1/platform/search-index")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PLATFORM_ADMIN")
@SecurityRequirement(name = "token")
public class PlatformSearchIndexResource {

    @Inject
    SearchIndex searchIndex;

    /** The body is read as text so that a bare POST (no body, no content type) means every city. */
    @POST
    @Path("reindex")
    @Operation(
            summary = "Starts reindexing the cities of a JSON body {cities: [slug, …]}, or every active city"
                    + " without a body or with an empty list; 202 with the job, 409 while one of them is"
                    + " being reindexed")
    public Response reindex(String body) {
        CitiesResource.platformOnly();
        ReindexJobJson job = ReindexJobJson.of(searchIndex.reindexCities(cities(body)));
        return Response.accepted(job)
                .location(URI.create("/api/v1/platform/search-index/jobs/" + job.id()))
                .build();
    }

    @GET
    @Path("jobs")
    @Operation(summary = "Reindex jobs of every city from the last day, newest first")
    public List<ReindexJobJson> jobs() {
        CitiesResource.platformOnly();
        return searchIndex.allJobs().stream().map(ReindexJobJson::of).toList();
    }

    @GET
    @Path("jobs/{id}")
    @Operation(summary = "A reindex job's progress, the city it is on and each finished city's result")
    public ReindexJobJson job(@PathParam("id") String id) {
        CitiesResource.platformOnly();
        return ReindexJobJson.of(searchIndex.job(id));
    }

    /** The slugs named in the body; none means every active city. */
    private static List<String> cities(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            json = reader.readObject();
        }
        JsonValue named = json.get("cities");
        if (named == null || named.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(named instanceof JsonArray array)) {
            throw InvalidInputException.of("cities", "problem.parameter.invalid", "cities", named.toString());
        }
        List<String> slugs = new ArrayList<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonString slug)) {
                throw InvalidInputException.of("cities", "problem.parameter.invalid", "cities", value.toString());
            }
            slugs.add(slug.getString());
        }
        return slugs;
    }
}
