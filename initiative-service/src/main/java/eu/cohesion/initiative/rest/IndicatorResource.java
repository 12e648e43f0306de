package eu.cohesion.initiative.rest;

import static eu.cohesion.initiative.domain.InitiativeAction.ADD_MEASUREMENT;
import static eu.cohesion.initiative.domain.InitiativeAction.MANAGE_INDICATORS;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_INITIATIVES;

import eu.cohesion.initiative.domain.Indicator;
import eu.cohesion.initiative.service.IndicatorChanges;
import eu.cohesion.initiative.service.IndicatorDirectory;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.VersionTag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/indicators/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "What an initiative measures, and its measurements")
@SecurityRequirement(name = "oauth2")
public class IndicatorResource {

  private final IndicatorDirectory directory;
  private final IndicatorChanges changes;
  private final CurrentActor actor;

  IndicatorResource(IndicatorDirectory directory, IndicatorChanges changes, CurrentActor actor) {
    this.directory = directory;
    this.changes = changes;
    this.actor = actor;
  }

  @GET
  @Permits(VIEW_INITIATIVES)
  @Operation(
      operationId = "getIndicator",
      summary = "Get one indicator with its measurements and progress",
      description = "ETag carries the version to send back in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The indicator",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"3\""),
      content = @Content(schema = @Schema(implementation = IndicatorView.class)))
  @ProblemResponses({401, 403, 404})
  public Response get(@PathParam("id") UUID id) {
    return tagged(directory.get(actor.get(), id));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(MANAGE_INDICATORS)
  @Operation(
      operationId = "editIndicator",
      summary = "Change an indicator's name, unit, baseline, target or direction")
  @APIResponse(
      responseCode = "200",
      description = "The indicator after the change",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = IndicatorView.class)))
  @APIResponse(
      responseCode = "422",
      description = "The target does not lie beyond the baseline in the direction")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response edit(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull IndicatorRequest body) {
    return tagged(changes.edit(actor.get(), id, VersionTag.version(ifMatch), body.toDefinition()));
  }

  @DELETE
  @Permits(MANAGE_INDICATORS)
  @Operation(operationId = "deleteIndicator", summary = "Delete an indicator and its measurements")
  @APIResponse(responseCode = "204", description = "Deleted")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response delete(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    changes.delete(actor.get(), id, VersionTag.version(ifMatch));
    return Response.noContent().build();
  }

  @POST
  @Path("/measurements")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(ADD_MEASUREMENT)
  @Operation(
      operationId = "addMeasurement",
      summary = "Add a measurement",
      description =
          "The town's coordinator, a network admin, or the town's statistics office as an"
              + " integration client (role integration-writer, bound to its town by the city"
              + " claim). No If-Match: measurements only add up. Announces"
              + " eu.cohesion.indicator.measured.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      headers = {
        @Header(name = HttpHeaders.LOCATION, description = "URL of the new measurement"),
        @Header(name = HttpHeaders.ETAG, description = "The indicator's new version, quoted")
      },
      content = @Content(schema = @Schema(implementation = RecordedMeasurement.class)))
  @ProblemResponses({400, 401, 403, 404})
  public Response measure(
      @PathParam("id") UUID id, @Valid @NotNull MeasurementRequest body, @Context UriInfo uri) {
    IndicatorChanges.Recorded recorded = changes.measure(actor.get(), id, body.toReading());
    return Response.created(
            uri.getAbsolutePathBuilder().path(recorded.measurement().id().toString()).build())
        .entity(RecordedMeasurement.of(recorded))
        .tag(VersionTag.of(recorded.indicator().version()))
        .build();
  }

  @DELETE
  @Path("/measurements/{measurementId}")
  @Permits(MANAGE_INDICATORS)
  @Operation(operationId = "removeMeasurement", summary = "Remove a measurement entered by mistake")
  @APIResponse(
      responseCode = "200",
      description = "The indicator without the measurement",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = IndicatorView.class)))
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response removeMeasurement(
      @PathParam("id") UUID id,
      @PathParam("measurementId") UUID measurementId,
      @Parameter(required = true, description = "The indicator's ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    return tagged(
        changes.removeMeasurement(actor.get(), id, measurementId, VersionTag.version(ifMatch)));
  }

  private Response tagged(Indicator indicator) {
    return Response.ok(IndicatorView.of(indicator, actor.get()))
        .tag(VersionTag.of(indicator.version()))
        .build();
  }
}
