package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.control.TenantDirectory;

/** Readiness: answers 200 when the database answers, 503 otherwise. For load balancers. */
@Path("/v1/health")
@PermitAll
public class HealthResource {

    @Resource(lookup = "java:jboss/datasources/SeedbedDS")
    DataSource dataSource;

    @Inject
    TenantDirectory directory;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Readiness of this node (database reachable)")
    public Response health() {
        boolean databaseUp;
        try (Connection connection = dataSource.getConnection()) {
            databaseUp = connection.isValid(2);
        } catch (SQLException e) {
            databaseUp = false;
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("status", databaseUp ? "UP" : "DOWN");
        body.put("database", databaseUp ? "UP" : "DOWN");
        if (TenantContext.currentCity().isEmpty()) {
            // How many cities there are is the platform's business, not a city's.
            body.put("activeCities", directory.activeCities().size());
        }
        return Response.status(databaseUp ? 200 : 503).entity(body).build();
    }
}
