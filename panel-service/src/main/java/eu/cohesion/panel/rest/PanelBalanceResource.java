package eu.cohesion.panel.rest;

import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.service.balance.PanelBalancing;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/panels/{id}/balance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Balance", description = "What a well-balanced panel is, and how each panel measures")
public class PanelBalanceResource {

  private final PanelBalancing balancing;
  private final CurrentActor actor;

  PanelBalanceResource(PanelBalancing balancing, CurrentActor actor) {
    this.balancing = balancing;
    this.actor = actor;
  }

  @GET
  @Operation(
      operationId = "getPanelBalance",
      summary = "A panel's balance",
      description =
          "Anyone, signed in or not: score, seats per pillar, gaps and the smallest changes that"
              + " close them. Population-group counts below 5 are withheld (null) from all but"
              + " the town's coordinators and network admins.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @ProblemResponses(404)
  public PanelBalanceView get(@PathParam("id") UUID id) {
    Actor caller = actor.get();
    return PanelBalanceView.of(balancing.assess(caller, id), caller);
  }
}
