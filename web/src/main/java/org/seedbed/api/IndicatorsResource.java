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
import java.util.List;
import org.seedbed.grant.boundary.IndicatorTotals;
import org.seedbed.grant.boundary.IndicatorView;
import org.seedbed.grant.boundary.Indicators;

/** The city's outcome indicator catalogue and the indicators' totals over grants. */
@Path("/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
@SecurityRequirement(name = "token")
public class IndicatorsResource {

    @Inject
    Indicators indicators;

    @GET
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER", "EVALUATOR"})
    public List<IndicatorView> catalogue() {
        return indicators.catalogue();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("CITY_ADMIN")
    @Operation(summary = "Adds an indicator: {code, nameZh, nameEn, unitZh, unitEn}")
    public IndicatorView add(IndicatorView indicator) {
        return indicators.add(indicator);
    }

    @PUT
    @Path("{code}/active")
    @RolesAllowed("CITY_ADMIN")
    public IndicatorView reactivate(@PathParam("code") String code) {
        return indicators.setActive(code, true);
    }

    @DELETE
    @Path("{code}/active")
    @RolesAllowed("CITY_ADMIN")
    @Operation(summary = "Retires the indicator from new grants")
    public IndicatorView retire(@PathParam("code") String code) {
        return indicators.setActive(code, false);
    }

    @GET
    @Path("totals")
    @Operation(summary = "Targets and latest approved actuals summed over grants: ?by=CATEGORY|ORG_UNIT|YEAR")
    public List<IndicatorTotals> totals(@QueryParam("by") String by) {
        return indicators.totals(QueryValues.enumValue(Indicators.Grouping.class, by, "by"));
    }
}
