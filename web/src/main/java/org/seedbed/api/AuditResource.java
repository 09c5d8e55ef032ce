package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.seedbed.audit.boundary.AuditLog;
import org.seedbed.audit.boundary.AuditRecord;
import org.seedbed.audit.control.AuditChain;

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

    @GET
    @Path("verification")
    @Operation(summary = "Recomputes the audit hash chain: intact, or the first entry changed or removed")
    public AuditChain.Verification verify() {
        return audit.verify();
    }

    @GET
    @Path("export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The audit trail with its hashes as an Excel workbook")
    public Response exportXlsx() {
        return Response.ok(audit.exportXlsx())
                .header("Content-Disposition", "attachment; filename=\"audit.xlsx\"")
                .build();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The audit trail with its hashes as CSV")
    public Response exportCsv() {
        return Response.ok(audit.exportCsv())
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
                .build();
    }
}
