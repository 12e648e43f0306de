package eu.cohesion.panel.rest;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.ProblemDetail;
import eu.cohesion.kit.rest.Problems;
import eu.cohesion.panel.service.CityCatalogue;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/cities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cities", description = "The partner towns of the network")
public class CityResource {

  private final CityCatalogue catalogue;
  private final CurrentActor actor;

  CityResource(CityCatalogue catalogue, CurrentActor actor) {
    this.catalogue = catalogue;
    this.actor = actor;
  }

  @GET
  @PublicCache
  @PermitAll
  @Operation(
      summary = "List the partner towns",
      description = "Anyone, signed in or not. Sorted by name.")
  @APIResponse(
      responseCode = "200",
      description = "All towns",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = CityView.class)))
  public List<CityView> list() {
    return catalogue.all(actor.get()).stream().map(CityView::of).toList();
  }

  @GET
  @Path("/{code}")
  @PublicCache
  @PermitAll
  @Operation(summary = "Get one partner town", description = "Anyone, signed in or not.")
  @APIResponse(
      responseCode = "200",
      description = "The town",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CityView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No town with this code",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public CityView get(@PathParam("code") String code) {
    return CityView.of(catalogue.get(actor.get(), code));
  }
}
