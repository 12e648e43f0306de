package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.service.InitiativeStatistics;
import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.rest.CurrentActor;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public portal's initiative figures (docs/portal.md). */
@Path("/network")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network", description = "Public counts of the network's initiatives")
public class NetworkStatisticsResource {

  private final InitiativeStatistics statistics;
  private final CurrentActor actor;

  NetworkStatisticsResource(InitiativeStatistics statistics, CurrentActor actor) {
    this.statistics = statistics;
    this.actor = actor;
  }

  @GET
  @Path("/initiatives")
  @PublicCache
  @Operation(
      operationId = "getInitiativeStatistics",
      summary = "Initiatives counted by status and theme",
      description =
          "Anyone, signed in or not; the same answer for every caller. Counts per status (every"
              + " status but DRAFT) and per theme, and how many are running (APPROVED, PILOTING,"
              + " UNDER_REVIEW), for the network and per town. Drafts are never counted.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  public InitiativeStatisticsView get() {
    return InitiativeStatisticsView.of(statistics.figures(actor.get()));
  }
}
