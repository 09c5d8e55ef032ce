package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.seedbed.tenancy.boundary.Cities;

/** Platform maintenance: the nightly housekeeping, on demand. */
@Path("/v1/platform/housekeeping")
@RolesAllowed("PLATFORM_ADMIN")
@SecurityRequirement(name = "token")
@Produces(MediaType.APPLICATION_JSON)
public class HousekeepingResource {

    @Inject
    Cities cities;

    @POST
    @Operation(summary = "Purge used and expired links and tokens in the platform and every city, now")
    public Map<String, Integer> runNow() {
        CitiesResource.platformOnly();
        return cities.housekeepNow();
    }
}
