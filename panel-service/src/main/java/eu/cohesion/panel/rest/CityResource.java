package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.EDIT_CITY;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.City;
import eu.cohesion.panel.service.CityCatalogue;
import eu.cohesion.panel.service.balance.TownEditing;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/cities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cities", description = "The partner towns of the network")
public class CityResource {

  private final CityCatalogue catalogue;
  private final TownEditing editing;
  private final CurrentActor actor;

  CityResource(CityCatalogue catalogue, TownEditing editing, CurrentActor actor) {
    this.catalogue = catalogue;
    this.editing = editing;
    this.actor = actor;
  }

  @GET
  @PublicCache
  @Operation(
      operationId = "listCities",
      summary = "List the partner towns",
      description = "Anyone, signed in or not. Sorted by name.")
  // Public: anonymous callers read the towns; a token adds what the caller may do in each.
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
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
      description = "Anyone, signed in or not. The ETag is what an edit sends back in If-Match.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @APIResponse(
      responseCode = "200",
      description = "The town",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"3\""),
      content = @Content(schema = @Schema(implementation = CityView.class)))
  @ProblemResponses(404)
  public RestResponse<CityView> get(@PathParam("code") String code) {
    return tagged(catalogue.get(actor.get(), code));
  }

  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(EDIT_CITY)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "editCity",
      summary = "Edit a town's profile",
      description =
          "Network admins. Replaces languages, coordinates and demographic baseline; the town's"
              + " panels are reassessed against the new baseline. Announces eu.cohesion.city.changed"
              + " on panel-events.")
  @APIResponse(
      responseCode = "200",
      description = "The edited town",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = CityView.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "Fields that only together are wrong: one coordinate without the other, shares without"
              + " source or year, a year to come")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<CityView> edit(
      @PathParam("code") String code,
      @Parameter(required = true, description = "The ETag the edit is based on", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull EditCityRequest body) {
    return tagged(editing.edit(actor.get(), code, VersionTag.version(ifMatch), body::toProfile));
  }

  private RestResponse<CityView> tagged(City city) {
    return RestResponse.ResponseBuilder.ok(CityView.of(city, actor.get()))
        .tag(VersionTag.of(city.version()))
        .build();
  }
}
