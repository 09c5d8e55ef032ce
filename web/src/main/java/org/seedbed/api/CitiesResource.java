package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.tenancy.boundary.Cities;
import org.seedbed.tenancy.boundary.CityCreated;
import org.seedbed.tenancy.boundary.CityView;
import org.seedbed.tenancy.boundary.NewCity;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.entity.TenantSpec;

/** Cities, for platform admins, on the platform site only. */
@Path("/v1/platform/cities")
@RolesAllowed("PLATFORM_ADMIN")
@SecurityRequirement(name = "token")
@Produces(MediaType.APPLICATION_JSON)
public class CitiesResource {

    /** The body of {@code POST /api/v1/platform/cities}. */
    public record CityRequest(
            String slug,
            String nameZh,
            String nameEn,
            List<String> hostNames,
            String locale,
            String currency,
            String timeZone,
            String datasource,
            String adminUsername,
            String adminEmail,
            String adminName,
            String adminPassword) {}

    @Inject
    Cities cities;

    @GET
    @Operation(summary = "All cities, active and retired")
    public List<CityView> all() {
        platformOnly();
        return cities.all();
    }

    @GET
    @Path("{slug}")
    public CityView one(@PathParam("slug") String slug) {
        platformOnly();
        return cities.find(slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a city: its schema, migrations, root org unit and first city admin")
    public Response create(CityRequest body) {
        platformOnly();
        if (body == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        CityCreated created = cities.create(new NewCity(
                new TenantSpec(
                        body.slug(),
                        body.nameZh(),
                        body.nameEn(),
                        body.hostNames(),
                        body.locale(),
                        body.currency(),
                        body.timeZone(),
                        body.datasource()),
                body.adminUsername(),
                body.adminEmail(),
                body.adminName(),
                body.adminPassword()));
        return Response.created(
                        URI.create("/api/v1/platform/cities/" + created.city().slug()))
                .entity(created)
                .build();
    }

    @POST
    @Path("{slug}/retirement")
    @Operation(summary = "Retire a city: export all its data to a file, then drop its schema")
    public CityView retire(@PathParam("slug") String slug) {
        platformOnly();
        return cities.retire(slug);
    }

    static void platformOnly() {
        if (TenantContext.currentCity().isPresent()) {
            throw new NotFoundException("resource", "platform");
        }
    }
}
