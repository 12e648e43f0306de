package eu.cohesion.panel.rest;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.panel.service.balance.NetworkComposition;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public portal's panel figures (docs/portal.md). */
@Path("/network")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network", description = "Public aggregates of the network's panels")
public class NetworkResource {

  private final NetworkComposition composition;
  private final CurrentActor actor;

  NetworkResource(NetworkComposition composition, CurrentActor actor) {
    this.composition = composition;
    this.actor = actor;
  }

  @GET
  @Path("/composition")
  @PublicCache
  @Operation(
      operationId = "getNetworkComposition",
      summary = "The network's panels as public aggregates",
      description =
          "Anyone, signed in or not; the same answer for every caller. Per town its ACTIVE"
              + " panel's active seats and seats per pillar, its balance score and state; the"
              + " network's towns, panels per status and seats per pillar. Every count below 5"
              + " is null with suppressed = true. No names, no population groups.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  public NetworkCompositionView get() {
    return NetworkCompositionView.of(composition.figures(actor.get()));
  }
}
