package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.seedbed.organization.boundary.DocumentContent;
import org.seedbed.organization.boundary.DocumentView;
import org.seedbed.organization.boundary.OrganizationDocuments;
import org.seedbed.organization.entity.DocumentType;
import org.seedbed.problem.InvalidInputException;

/** An organization's documents: members upload and remove; members and city staff download. */
@Path("/v1/organizations/{organizationId}/documents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"NGO_MEMBER", "PROGRAM_OFFICER", "CITY_ADMIN"})
@SecurityRequirement(name = "token")
public class OrganizationDocumentsResource {

    @Inject
    OrganizationDocuments documents;

    @GET
    public List<DocumentView> list(@PathParam("organizationId") long organizationId) {
        return documents.list(organizationId);
    }

    @POST
    @RolesAllowed("NGO_MEMBER")
    @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Uploads a document as the request body (?type=REGISTRATION_CERTIFICATE&fileName=...);"
                    + " PDF, JPEG or PNG by content, at most 10 MB")
    public Response upload(
            @PathParam("organizationId") long organizationId,
            @QueryParam("type") String type,
            @QueryParam("fileName") String fileName,
            InputStream body) {
        DocumentView stored = documents.upload(
                organizationId, QueryValues.enumValue(DocumentType.class, type, "type"), fileName, body);
        return Response.created(URI.create("documents/" + stored.id()))
                .entity(stored)
                .build();
    }

    @POST
    @RolesAllowed("NGO_MEMBER")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Uploads a document as a form: fields type and file")
    public Response uploadForm(
            @PathParam("organizationId") long organizationId,
            @FormParam("type") String type,
            @FormParam("file") EntityPart file) {
        if (file == null) {
            throw InvalidInputException.of("file", "document.empty");
        }
        DocumentView stored = documents.upload(
                organizationId,
                QueryValues.enumValue(DocumentType.class, type, "type"),
                file.getFileName().orElse(null),
                file.getContent());
        return Response.created(URI.create("documents/" + stored.id()))
                .entity(stored)
                .build();
    }

    @GET
    @Path("{documentId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The document's bytes, as an attachment")
    public Response content(
            @PathParam("organizationId") long organizationId, @PathParam("documentId") long documentId) {
        DocumentContent content = documents.content(organizationId, documentId);
        return Downloads.attachment(content);
    }

    @DELETE
    @Path("{documentId}")
    @RolesAllowed("NGO_MEMBER")
    public Response delete(@PathParam("organizationId") long organizationId, @PathParam("documentId") long documentId) {
        documents.delete(organizationId, documentId);
        return Response.noContent().build();
    }
}
