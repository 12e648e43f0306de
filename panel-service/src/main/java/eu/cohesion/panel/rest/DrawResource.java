package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.CONFIRM_DRAW;
import static eu.cohesion.panel.domain.PanelAction.RUN_DRAW;
import static eu.cohesion.panel.domain.PanelAction.VIEW_POOL;

import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.paging.Sorting;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.ItemPage;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.Pages;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.SortitionDraw;
import eu.cohesion.panel.service.SortitionDraws;
import eu.cohesion.panel.service.SortitionDraws.DrawDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
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

@Path("/panels/{id}/draws")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sortition", description = "Candidate pools, quotas and draws of a panel")
public class DrawResource {

  private static final String SORT = "^(requestedAt|updatedAt)" + Sorting.DIRECTION + "$";

  private final SortitionDraws draws;
  private final CurrentActor actor;

  DrawResource(SortitionDraws draws, CurrentActor actor) {
    this.draws = draws;
    this.actor = actor;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(RUN_DRAW)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "startDraw",
      summary = "Draw a panel from the pool (LEXIMIN, asynchronous)",
      description =
          "Records a RUNNING draw and computes it in the background; poll GET …/draws/{drawId}"
              + " for progress. Quotas that obviously conflict are refused at once (422 naming"
              + " them); others end the draw FAILED with the conflicting quotas. Announces"
              + " eu.cohesion.panel.draw-completed when done.")
  @APIResponse(
      responseCode = "201",
      description = "Started; Location names the draw",
      headers = @Header(name = HttpHeaders.LOCATION, description = "URL of the draw"),
      content = @Content(schema = @Schema(implementation = DrawView.class)))
  @APIResponse(
      responseCode = "422",
      description = "No seats, no candidates, or quotas that cannot hold (conflicting named)",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = SortitionProblem.class)))
  @ProblemResponses({400, 401, 403, 404})
  public Response start(
      @PathParam("id") UUID id, @Valid @NotNull StartDrawRequest body, @Context UriInfo uri) {
    Actor caller = actor.get();
    SortitionDraw draw = draws.start(caller, id, body.seedValue());
    return Response.created(uri.getAbsolutePathBuilder().path(draw.id().toString()).build())
        .entity(DrawView.of(draw, Map.of(), caller))
        .tag(VersionTag.of(draw.version()))
        .build();
  }

  @GET
  @Permits(VIEW_POOL)
  @SecurityRequirement(name = "oauth2")
  @Operation(operationId = "listDraws", summary = "List a panel's draws, newest first by default")
  @ProblemResponses({400, 401, 403, 404})
  public RestResponse<ItemPage<DrawView, PanelAction>> list(
      @PathParam("id") UUID id,
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "requestedAt or updatedAt, then ,asc or ,desc")
          @QueryParam("sort")
          @DefaultValue("requestedAt,desc")
          @Pattern(regexp = SORT, message = "must be requestedAt or updatedAt[,asc|,desc]")
          String sort,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    return Pages.ok(
        ItemPage.of(
            draws.list(caller, id, paging.request(sort)),
            d -> DrawView.of(d, Map.of(), caller),
            PanelPermissions.TABLE,
            caller,
            RUN_DRAW),
        uri);
  }

  @GET
  @Path("/{drawId}")
  @Permits(VIEW_POOL)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "getDraw",
      summary = "Get a draw: status, progress, probabilities with names",
      description = "Poll while RUNNING (about once a second).")
  @APIResponse(
      responseCode = "200",
      description = "The draw",
      headers = @Header(name = HttpHeaders.ETAG, description = "The draw's version"),
      content = @Content(schema = @Schema(implementation = DrawView.class)))
  @ProblemResponses({401, 403, 404})
  public Response get(@PathParam("id") UUID id, @PathParam("drawId") UUID drawId) {
    Actor caller = actor.get();
    DrawDetails details = draws.get(caller, id, drawId);
    return Response.ok(DrawView.of(details.draw(), details.candidates(), caller))
        .tag(VersionTag.of(details.draw().version()))
        .build();
  }

  @GET
  @Path("/{drawId}/audit")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @Operation(
      operationId = "getDrawAudit",
      summary = "The published audit of a confirmed draw",
      description =
          "Anyone, signed in or not: seed, inputs digest, algorithm version, seats and every"
              + " candidate's probability by candidate id, never a name. 404 unless confirmed.")
  @APIResponse(
      responseCode = "200",
      description = "The audit",
      content = @Content(schema = @Schema(implementation = DrawView.class)))
  @ProblemResponses(404)
  public DrawView audit(@PathParam("id") UUID id, @PathParam("drawId") UUID drawId) {
    Actor caller = actor.get();
    return DrawView.audit(draws.audit(caller, id, drawId), caller);
  }

  @POST
  @Path("/{drawId}/confirmation")
  @Permits(CONFIRM_DRAW)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "confirmDraw",
      summary = "Confirm a draw: its panel joins",
      description =
          "The sampled candidates become members (eu.cohesion.panel.member-joined each), then"
              + " eu.cohesion.panel.draw-confirmed. One confirmed draw per pool version; 422 when"
              + " the pool changed since the draw.")
  @APIResponse(
      responseCode = "200",
      description = "Confirmed",
      content = @Content(schema = @Schema(implementation = DrawView.class)))
  @APIResponse(responseCode = "422", description = "Not done, pool changed, or already confirmed")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response confirm(
      @PathParam("id") UUID id,
      @PathParam("drawId") UUID drawId,
      @Parameter(description = "ETag of the draw as last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    Actor caller = actor.get();
    draws.confirm(caller, id, drawId, VersionTag.version(ifMatch));
    return get(id, drawId);
  }

  @POST
  @Path("/{drawId}/discard")
  @Permits(CONFIRM_DRAW)
  @SecurityRequirement(name = "oauth2")
  @Operation(operationId = "discardDraw", summary = "Discard a done or failed draw")
  @APIResponse(
      responseCode = "200",
      description = "Discarded",
      content = @Content(schema = @Schema(implementation = DrawView.class)))
  @APIResponse(responseCode = "422", description = "Running, confirmed or discarded already")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response discard(
      @PathParam("id") UUID id,
      @PathParam("drawId") UUID drawId,
      @Parameter(description = "ETag of the draw as last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    Actor caller = actor.get();
    draws.discard(caller, id, drawId, VersionTag.version(ifMatch));
    return get(id, drawId);
  }
}
