package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.seedbed.organization.boundary.HistoryEntry;
import org.seedbed.organization.boundary.MemberView;
import org.seedbed.organization.boundary.NewMember;
import org.seedbed.organization.boundary.OrganizationFilter;
import org.seedbed.organization.boundary.OrganizationForm;
import org.seedbed.organization.boundary.OrganizationPage;
import org.seedbed.organization.boundary.OrganizationStatistics;
import org.seedbed.organization.boundary.OrganizationView;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.organization.boundary.ReviewForm;
import org.seedbed.organization.entity.OrganizationKind;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.organization.entity.ServiceArea;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;

/**
 * The organization registry. Anyone reads the directory of verified organizations; NGO members
 * create, edit and submit their profiles; program officers review them and see everything.
 */
@Path("/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationsResource {

    @Inject
    Organizations organizations;

    @GET
    @PermitAll
    @Operation(summary = "The public directory: verified organizations, filtered and paged (page from 0)")
    public OrganizationPage directory(
            @QueryParam("q") String q,
            @QueryParam("kind") String kind,
            @QueryParam("area") String area,
            @QueryParam("orgUnit") String orgUnit,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return organizations.directory(filter(q, kind, null, area, orgUnit, page, size));
    }

    @GET
    @Path("registry")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Operation(summary = "Staff list of every organization of the city, with status filter")
    public OrganizationPage registry(
            @QueryParam("q") String q,
            @QueryParam("kind") String kind,
            @QueryParam("status") String status,
            @QueryParam("area") String area,
            @QueryParam("orgUnit") String orgUnit,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return organizations.list(filter(q, kind, status, area, orgUnit, page, size));
    }

    @GET
    @Path("export.csv")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @Produces("text/csv")
    @Operation(summary = "The filtered registry as CSV, in the import format")
    public Response exportCsv(
            @QueryParam("q") String q,
            @QueryParam("kind") String kind,
            @QueryParam("status") String status,
            @QueryParam("area") String area,
            @QueryParam("orgUnit") String orgUnit) {
        return Response.ok(organizations.exportCsv(filter(q, kind, status, area, orgUnit, null, null)))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"organizations.csv\"")
                .build();
    }

    @GET
    @Path("export.xlsx")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The filtered registry as an Excel workbook, in the import format")
    public Response exportXlsx(
            @QueryParam("q") String q,
            @QueryParam("kind") String kind,
            @QueryParam("status") String status,
            @QueryParam("area") String area,
            @QueryParam("orgUnit") String orgUnit) {
        return Response.ok(organizations.exportXlsx(filter(q, kind, status, area, orgUnit, null, null)))
                .header("Content-Disposition", "attachment; filename=\"organizations.xlsx\"")
                .build();
    }

    @GET
    @Path("mine")
    @RolesAllowed("NGO_MEMBER")
    @SecurityRequirement(name = "token")
    public List<OrganizationView> mine() {
        return organizations.mine();
    }

    @GET
    @Path("review-queue")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Operation(summary = "Submitted profiles awaiting verification, longest waiting first")
    public List<OrganizationView> reviewQueue() {
        return organizations.reviewQueue();
    }

    @GET
    @Path("statistics")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    public OrganizationStatistics statistics() {
        return organizations.statistics();
    }

    @GET
    @Path("credit-code-check")
    @PermitAll
    @Operation(summary = "Checks a Unified Social Credit Code (GB 32100-2015), optionally for a kind")
    public Map<String, Object> checkCreditCode(
            @QueryParam("code") String code,
            @QueryParam("kind") String kind,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        List<FieldProblem> problems =
                organizations.checkCreditCode(code, QueryValues.enumValue(OrganizationKind.class, kind, "kind"));
        var locale = ApiLanguage.of(acceptLanguage);
        return Map.of(
                "valid",
                problems.isEmpty(),
                "problems",
                problems.stream()
                        .map(p -> Map.of("field", p.field(), "message", p.message(locale)))
                        .toList());
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One profile: in full for its members and staff, the public part of a verified one otherwise")
    public OrganizationView one(@PathParam("id") long id) {
        return organizations.find(id);
    }

    @POST
    @RolesAllowed("NGO_MEMBER")
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a draft profile; the caller becomes its owner")
    public Response create(OrganizationForm form) {
        OrganizationView created = organizations.create(form);
        return Response.created(URI.create("organizations/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("NGO_MEMBER")
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edits a profile (send the version you read: a stale one is a 409)")
    public OrganizationView update(@PathParam("id") long id, OrganizationForm form) {
        return organizations.update(id, required(form));
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed("NGO_MEMBER")
    @SecurityRequirement(name = "token")
    @Operation(summary = "Submits a draft or rejected profile for verification")
    public OrganizationView submit(@PathParam("id") long id) {
        return organizations.submit(id);
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verifies or rejects a submitted profile: {decision: VERIFY|REJECT, note}")
    public OrganizationView review(@PathParam("id") long id, ReviewForm form) {
        return organizations.review(id, required(form));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({"NGO_MEMBER", "PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Operation(summary = "Every audited change of the profile with fields before and after")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return organizations.history(id);
    }

    @GET
    @Path("{id}/members")
    @RolesAllowed({"NGO_MEMBER", "PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    public List<MemberView> members(@PathParam("id") long id) {
        return organizations.members(id);
    }

    @POST
    @Path("{id}/members")
    @RolesAllowed("NGO_MEMBER")
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a registered NGO member of the city (username or e-mail) as OWNER or EDITOR")
    public MemberView addMember(@PathParam("id") long id, NewMember member) {
        return organizations.addMember(id, required(member));
    }

    @DELETE
    @Path("{id}/members/{userId}")
    @RolesAllowed("NGO_MEMBER")
    @SecurityRequirement(name = "token")
    public Response removeMember(@PathParam("id") long id, @PathParam("userId") long userId) {
        organizations.removeMember(id, userId);
        return Response.noContent().build();
    }

    private static OrganizationFilter filter(
            String q, String kind, String status, String area, String orgUnit, String page, String size) {
        return new OrganizationFilter(
                q,
                QueryValues.enumValue(OrganizationKind.class, kind, "kind"),
                QueryValues.enumValue(OrganizationStatus.class, status, "status"),
                QueryValues.enumValue(ServiceArea.class, area, "area"),
                QueryValues.longValue(orgUnit, "orgUnit"),
                QueryValues.page(page),
                size == null ? 20 : Limits.parse(size, 20));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        return body;
    }
}
