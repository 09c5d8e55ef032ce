package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.seedbed.organization.boundary.ImportJobView;
import org.seedbed.organization.boundary.OrganizationImports;

/**
 * Bulk import of organizations from a registry export. Starting answers 202 with the job at
 * once; its progress and report are read from the job's URL until it is finished.
 */
@Path("/v1/organizations/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("CITY_ADMIN")
@SecurityRequirement(name = "token")
public class OrganizationImportsResource {

    /** A job as the API shows it, with problem messages in the caller's language. */
    public record ImportJobJson(
            String id,
            String fileName,
            boolean dryRun,
            String phase,
            int percent,
            boolean finished,
            Instant startedAt,
            Instant finishedAt,
            int rows,
            int validRows,
            int invalidRows,
            int created,
            boolean applied,
            int problemCount,
            List<RowProblemJson> problems,
            String failure) {

        static ImportJobJson of(ImportJobView job, Locale locale) {
            return new ImportJobJson(
                    job.id(),
                    job.fileName(),
                    job.dryRun(),
                    job.phase().name(),
                    job.percent(),
                    job.finished(),
                    job.startedAt(),
                    job.finishedAt(),
                    job.rows(),
                    job.validRows(),
                    job.invalidRows(),
                    job.created(),
                    job.applied(),
                    job.problemCount(),
                    job.problems().stream()
                            .map(p -> new RowProblemJson(
                                    p.line(), p.column(), p.problem().key(), p.message(locale)))
                            .toList(),
                    job.failure());
        }
    }

    /** One row's problem. */
    public record RowProblemJson(int line, String column, String key, String message) {}

    @Inject
    OrganizationImports imports;

    @POST
    @Consumes({
        "text/csv",
        MediaType.TEXT_PLAIN,
        MediaType.APPLICATION_OCTET_STREAM,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    })
    @Operation(summary = "Starts an import of a CSV or XLSX registry export (?fileName=x.xlsx&dryRun=true); 202")
    public Response start(
            InputStream body,
            @QueryParam("fileName") String fileName,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @HeaderParam("Content-Type") String contentType,
            @HeaderParam("Accept-Language") String language) {
        String name = fileName != null
                ? fileName
                : contentType != null && contentType.contains("spreadsheetml")
                        ? "organizations.xlsx"
                        : "organizations.csv";
        ImportJobView job = imports.start(name, body, dryRun);
        return Response.accepted(ImportJobJson.of(job, ApiLanguage.of(language)))
                .location(URI.create("organizations/imports/" + job.id()))
                .build();
    }

    @GET
    public List<ImportJobJson> recent(@HeaderParam("Accept-Language") String language) {
        Locale locale = ApiLanguage.of(language);
        return imports.recent().stream().map(j -> ImportJobJson.of(j, locale)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import's progress and, when finished, its report")
    public ImportJobJson job(@PathParam("id") String id, @HeaderParam("Accept-Language") String language) {
        return ImportJobJson.of(imports.job(id), ApiLanguage.of(language));
    }
}
