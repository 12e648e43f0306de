package eu.cohesion.panel.rest;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.service.CityCatalogue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/cities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cities", description = "The partner towns of the network")
// Public: anonymous callers read the towns; a token adds what the caller may do in each.
@SecurityRequirementsSet({})
@SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
public class CityResource {

  private final CityCatalogue catalogue;
  private final CurrentActor actor;

  CityResource(CityCatalogue catalogue, CurrentActor actor) {
    this.catalogue = catalogue;
    this.actor = actor;
  }

  @GET
  @PublicCache
  @Operation(
      operationId = "listCities",
      summary = "List the partner towns",
      description = "Anyone, signed in or not. Sorted by name.")
  public List<CityView> list() {
    Actor caller = actor.get();
    return catalogue.all(caller).stream().map(city -> CityView.of(city, caller)).toList();
  }

  @GET
  @Path("/{code}")
  @PublicCache
  @Operation(
      operationId = "getCity",
      summary = "Get one partner town",
      description = "Anyone, signed in or not.")
  @ProblemResponses(404)
  public CityView get(@PathParam("code") String code) {
    Actor caller = actor.get();
    return CityView.of(catalogue.get(caller, code), caller);
  }
}
