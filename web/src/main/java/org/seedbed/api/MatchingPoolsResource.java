package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.seedbed.campaign.boundary.MatchingPools;
import org.seedbed.campaign.boundary.PoolForm;
import org.seedbed.campaign.boundary.PoolView;

/** Sponsors' matching pools (配捐): officers set them up and close them; sponsors read their usage. */
@Path("/v1/matching-pools")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
@SecurityRequirement(name = "token")
public class MatchingPoolsResource {

    @Inject
    MatchingPools pools;

    @GET
    public List<PoolView> all() {
        return pools.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Creates a pool: {sponsorName, sponsorKind, scope: CAMPAIGN|CALL|CITY, campaignId|callId|eventDay,"
                            + " budget, ratio, perDonationCap, perDonorDailyCap, perProjectCap, minDonation, dailyRelease,"
                            + " dailyOpensAt, startsAt, endsAt, priority, shards}")
    public Response create(PoolForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(pools.create(form))
                .build();
    }

    @GET
    @Path("{id}")
    public PoolView get(@PathParam("id") long id) {
        return pools.get(id);
    }

    @POST
    @Path("{id}/closure")
    @Operation(summary = "Stops the pool matching new gifts")
    public PoolView close(@PathParam("id") long id) {
        return pools.close(id);
    }

    @GET
    @Path("sponsor/{token}")
    @PermitAll
    @Operation(summary = "The sponsor's view of their pool, by their private link")
    public PoolView sponsor(@PathParam("token") String token) {
        return pools.bySponsorToken(token);
    }
}
