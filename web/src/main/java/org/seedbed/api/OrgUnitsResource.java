package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.seedbed.orgunit.boundary.ImportReport;
import org.seedbed.orgunit.boundary.OrgUnitForm;
import org.seedbed.orgunit.boundary.OrgUnitView;
import org.seedbed.orgunit.boundary.OrgUnits;
import org.seedbed.problem.InvalidInputException;

/** The city's org unit tree. Reading is public; changes need the city admin role. */
@Path("/v1/org-units")
@Produces(MediaType.APPLICATION_JSON)
public class OrgUnitsResource {

    @Inject
    OrgUnits orgUnits;

    @GET
    @PermitAll
    @Operation(summary = "All org units of the city, top-down; with q, those whose name matches q, best first")
    public List<OrgUnitView> all(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        return q == null ? orgUnits.all() : orgUnits.search(q, Limits.parse(limit, 20));
    }

    @GET
    @Path("export.csv")
    @PermitAll
    @Produces("text/csv")
    @Operation(summary = "The whole tree as CSV (path,name_en,code), ready to import elsewhere")
    public Response export() {
        return Response.ok(orgUnits.exportCsv())
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"org-units.csv\"")
                .build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    public OrgUnitView one(@PathParam("id") long id) {
        return orgUnits.find(id);
    }

    @POST
    @RolesAllowed("CITY_ADMIN")
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(OrgUnitForm form) {
        OrgUnitView created = orgUnits.create(required(form));
        return Response.created(URI.create("org-units/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("CITY_ADMIN")
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrgUnitView update(@PathParam("id") long id, OrgUnitForm form) {
        return orgUnits.update(id, required(form));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("CITY_ADMIN")
    @SecurityRequirement(name = "token")
    public Response delete(@PathParam("id") long id) {
        orgUnits.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @RolesAllowed("CITY_ADMIN")
    @SecurityRequirement(name = "token")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import org units from CSV (path,name_en[,code]); all rows or none")
    public Response importCsv(InputStream csv, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        ImportReport report = orgUnits.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8), dryRun);
        if (!report.applied()) {
            throw new InvalidInputException(report.problems());
        }
        return Response.ok(report).build();
    }

    private static OrgUnitForm required(OrgUnitForm form) {
        if (form == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        return form;
    }
}
