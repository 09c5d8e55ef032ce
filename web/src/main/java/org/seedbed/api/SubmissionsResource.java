package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.net.URI;
import java.util.List;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.organization.boundary.DocumentContent;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.submission.boundary.AttachmentView;
import org.seedbed.submission.boundary.DraftForm;
import org.seedbed.submission.boundary.InvitationForm;
import org.seedbed.submission.boundary.NewSubmission;
import org.seedbed.submission.boundary.ReadinessView;
import org.seedbed.submission.boundary.RevisionView;
import org.seedbed.submission.boundary.ScreeningForm;
import org.seedbed.submission.boundary.SubmissionAttachments;
import org.seedbed.submission.boundary.SubmissionFilter;
import org.seedbed.submission.boundary.SubmissionView;
import org.seedbed.submission.boundary.Submissions;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * Applications to calls: applicants (owner scope) start, save, check, submit and withdraw theirs;
 * officers (officer scope) list a call's submissions and screen them.
 */
@Path("/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"NGO_MEMBER", "PROGRAM_OFFICER", "CITY_ADMIN"})
@SecurityRequirement(name = "token")
public class SubmissionsResource {

    @Inject
    Submissions submissions;

    @Inject
    SubmissionAttachments attachments;

    @GET
    @Operation(
            summary =
                    "Officers: the submissions of a call (?call=), filtered by status, category, orgUnit, eligible, q")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public List<SubmissionView> ofCall(
            @QueryParam("call") String call,
            @QueryParam("status") String status,
            @QueryParam("category") String category,
            @QueryParam("orgUnit") String orgUnit,
            @QueryParam("eligible") String eligible,
            @QueryParam("q") String q) {
        return submissions.ofCall(callId(call), filter(status, category, orgUnit, eligible, q));
    }

    private static long callId(String call) {
        Long callId = QueryValues.longValue(call, "call");
        if (callId == null) {
            throw InvalidInputException.of("call", "submission.call.required");
        }
        return callId;
    }

    private static SubmissionFilter filter(String status, String category, String orgUnit, String eligible, String q) {
        return new SubmissionFilter(
                QueryValues.enumValue(SubmissionStatus.class, status, "status"),
                category == null || category.isBlank() ? null : category,
                QueryValues.longValue(orgUnit, "orgUnit"),
                eligible == null || eligible.isBlank() ? null : Boolean.valueOf(eligible),
                q == null || q.isBlank() ? null : q);
    }

    @GET
    @Path("export.csv")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @Produces("text/csv")
    @Operation(summary = "A call’s submissions as CSV, with the same filters as the list")
    public Response exportCsv(
            @QueryParam("call") String call,
            @QueryParam("status") String status,
            @QueryParam("category") String category,
            @QueryParam("orgUnit") String orgUnit,
            @QueryParam("eligible") String eligible,
            @QueryParam("q") String q) {
        return Response.ok(submissions.exportCsv(callId(call), filter(status, category, orgUnit, eligible, q)))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"submissions.csv\"")
                .build();
    }

    @GET
    @Path("export.xlsx")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "A call’s submissions as an Excel workbook, with the same filters as the list")
    public Response exportXlsx(
            @QueryParam("call") String call,
            @QueryParam("status") String status,
            @QueryParam("category") String category,
            @QueryParam("orgUnit") String orgUnit,
            @QueryParam("eligible") String eligible,
            @QueryParam("q") String q) {
        return Response.ok(submissions.exportXlsx(callId(call), filter(status, category, orgUnit, eligible, q)))
                .header("Content-Disposition", "attachment; filename=\"submissions.xlsx\"")
                .build();
    }

    @GET
    @Path("{id}/print.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The printable application as PDF (Chinese text embedded); ?lang=zh|en, else Accept-Language")
    public Response print(
            @PathParam("id") long id,
            @QueryParam("lang") String lang,
            @jakarta.ws.rs.HeaderParam("Accept-Language") String acceptLanguage) {
        java.util.Locale locale = ApiLanguage.of(lang == null || lang.isBlank() ? acceptLanguage : lang);
        SubmissionView submission = submissions.find(id);
        String name = submission.receiptNo() == null ? "submission-" + id : submission.receiptNo();
        return Response.ok(submissions.printable(id, locale))
                .header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"")
                .build();
    }

    @GET
    @Path("mine")
    @RolesAllowed("NGO_MEMBER")
    public List<SubmissionView> mine() {
        return submissions.mine();
    }

    @POST
    @RolesAllowed("NGO_MEMBER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Starts a draft for one of the caller’s organizations: {callId, organizationId, title}")
    public Response start(NewSubmission form) {
        SubmissionView created = submissions.start(form);
        return Response.created(URI.create("submissions/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public SubmissionView one(@PathParam("id") long id) {
        return submissions.find(id);
    }

    @GET
    @Path("{id}/form")
    @Operation(summary = "The form version this submission answers")
    public FormDefinition form(@PathParam("id") long id) {
        return submissions.form(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("NGO_MEMBER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves the draft: {title, categoryCode, answers, version}; a stale version is a 409")
    public SubmissionView save(@PathParam("id") long id, DraftForm form) {
        return submissions.save(id, form);
    }

    @GET
    @Path("{id}/readiness")
    @Operation(summary = "What is missing, the eligibility results and the budget totals, before submitting")
    public ReadinessView readiness(@PathParam("id") long id) {
        return submissions.readiness(id);
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed("NGO_MEMBER")
    @Operation(summary = "Submits (?version=); refused after the deadline whatever the client says")
    public SubmissionView submit(@PathParam("id") long id, @QueryParam("version") String version) {
        return submissions.submit(id, QueryValues.longValue(version, "version"));
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed("NGO_MEMBER")
    public SubmissionView withdraw(@PathParam("id") long id) {
        return submissions.withdraw(id);
    }

    @POST
    @Path("{id}/screening")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Screening decision: {decision: ELIGIBLE|INELIGIBLE|MORE_INFO_REQUESTED, note, reopenUntil}")
    public SubmissionView screen(@PathParam("id") long id, ScreeningForm form) {
        return submissions.screen(id, form);
    }

    @POST
    @Path("{id}/invitation")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Two-stage calls: invites a submitted letter of intent to a full proposal {note, version}")
    public SubmissionView invite(@PathParam("id") long id, InvitationForm form) {
        return submissions.invite(id, form);
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "Submitted revisions with what changed between them")
    public List<RevisionView> revisions(@PathParam("id") long id) {
        return submissions.revisions(id);
    }

    @POST
    @Path("{id}/attachments")
    @RolesAllowed("NGO_MEMBER")
    @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Attaches a file to a file question (?question=&fileName=); PDF, JPEG or PNG, at most 10 MB")
    public Response attach(
            @PathParam("id") long id,
            @QueryParam("question") String question,
            @QueryParam("fileName") String fileName,
            InputStream body) {
        AttachmentView stored = attachments.upload(id, question, fileName, body);
        return Response.created(URI.create("submissions/" + id + "/attachments/" + stored.id()))
                .entity(stored)
                .build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({"NGO_MEMBER", "PROGRAM_OFFICER", "CITY_ADMIN", "REVIEWER"})
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        DocumentContent content = attachments.content(id, attachmentId);
        return Downloads.attachment(content);
    }

    @DELETE
    @Path("{id}/attachments/{attachmentId}")
    @RolesAllowed("NGO_MEMBER")
    public Response detach(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        attachments.delete(id, attachmentId);
        return Response.noContent().build();
    }
}
