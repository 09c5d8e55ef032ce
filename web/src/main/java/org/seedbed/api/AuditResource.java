package org.seedbed.api;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.seedbed.audit.boundary.AuditLog;
import org.seedbed.audit.boundary.AuditRecord;

/** The audit trail of the city (or of the platform). */
@Path("/v1/audit")
@RolesAllowed({"CITY_ADMIN", "PLATFORM_ADMIN"})
@SecurityRequirement(name = "token")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    public List<AuditRecord> recent(
            @QueryParam("subjectType") String subjectType,
            @QueryParam("subjectId") String subjectId,
            @QueryParam("limit") String limitParam) {
        int limit = Limits.parse(limitParam, 100);
        if (subjectType != null && subjectId != null) {
            return audit.of(subjectType, subjectId);
        }
        return audit.recent(limit);
    }
}
