package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.seedbed.dashboard.boundary.CityFunding;
import org.seedbed.dashboard.boundary.FundingFigures;

/**
 * The city dashboard's figures for staff: funding requested, awarded and disbursed by category,
 * district and year, donations and matching by month, as JSON or as a spreadsheet.
 */
@Path("/v1/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
@SecurityRequirement(name = "token")
public class DashboardResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CityFunding funding;

    @GET
    @Path("funding")
    @Operation(
            summary = "The city's money in minor units: requested, awarded and disbursed by category, district"
                    + " and year; donations and matches of the last 12 months; totals")
    public FundingFigures funding() {
        return funding.figures();
    }

    @GET
    @Path("funding.csv")
    @Produces("text/csv")
    @Operation(summary = "Every funding, donation and matching series as CSV, one section each, amounts in yuan")
    public Response fundingCsv() {
        return attachment(funding.exportCsv(), "text/csv; charset=UTF-8", "funding.csv");
    }

    @GET
    @Path("funding.xlsx")
    @Produces(XLSX)
    @Operation(summary = "Every funding, donation and matching series as an Excel workbook, one sheet each")
    public Response fundingXlsx() {
        return attachment(funding.exportXlsx(), XLSX, "funding.xlsx");
    }

    private static Response attachment(Object content, String type, String fileName) {
        return Response.ok(content)
                .type(type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
