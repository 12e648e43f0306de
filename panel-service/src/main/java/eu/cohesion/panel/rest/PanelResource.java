package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.CHANGE_PANEL_STATUS;
import static eu.cohesion.panel.domain.PanelAction.CREATE_PANEL;
import static eu.cohesion.panel.domain.PanelAction.EDIT_PANEL;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.paging.Sorting;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.ItemPage;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.Pages;
import eu.cohesion.kit.rest.Params;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelComposition;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.service.ComposedPanel;
import eu.cohesion.panel.service.PanelCreation;
import eu.cohesion.panel.service.PanelDirectory;
import eu.cohesion.panel.service.PanelEditing;
import eu.cohesion.panel.service.PanelQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/panels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Panels", description = "Local Panels of Stakeholders")
public class PanelResource {

  private static final String SORT = "^(name|createdAt|updatedAt)" + Sorting.DIRECTION + "$";

  private final PanelDirectory directory;
  private final PanelCreation creation;
  private final PanelEditing editing;
  private final CurrentActor actor;

  PanelResource(
      PanelDirectory directory, PanelCreation creation, PanelEditing editing, CurrentActor actor) {
    this.directory = directory;
    this.creation = creation;
    this.editing = editing;
    this.actor = actor;
  }

  @GET
  @PublicCache
  @Operation(
      operationId = "listPanels",
      summary = "List panels",
      description = "Anyone, signed in or not. Public summaries (members as counts per pillar).")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @ProblemResponses(400)
  public RestResponse<ItemPage<PanelSummary, PanelAction>> list(
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "name, createdAt or updatedAt, then ,asc or ,desc")
          @QueryParam("sort")
          @DefaultValue("name")
          @Pattern(regexp = SORT, message = "must be name, createdAt or updatedAt[,asc|,desc]")
          String sort,
      @Parameter(description = "Only this town's panels", example = "mechelen")
          @QueryParam("city")
          @Pattern(regexp = Params.TOWN, message = Params.TOWN_MESSAGE)
          String city,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    var panels = directory.list(caller, new PanelQuery(city, paging.request(sort)));
    return Pages.ok(
        ItemPage.of(
            panels, p -> PanelSummary.of(p, caller), PanelPermissions.TABLE, caller, CREATE_PANEL),
        uri);
  }

  @GET
  @Path("/{id}")
  @PublicCache
  @Operation(
      operationId = "getPanel",
      summary = "Get one panel",
      description =
          "Anyone, signed in or not: status, mandate, term, members as counts per pillar. ETag"
              + " carries the version to send back in If-Match.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @APIResponse(
      responseCode = "200",
      description = "The panel",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"3\""),
      content = @Content(schema = @Schema(implementation = PanelDetail.class)))
  @ProblemResponses(404)
  public Response get(@PathParam("id") UUID id) {
    ComposedPanel panel = directory.get(actor.get(), id);
    return tagged(panel);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(EDIT_PANEL)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "editPanel",
      summary = "Rewrite a panel's name, description, mandate and term",
      description = "Not once CLOSED. Announces eu.cohesion.panel.changed on panel-events.")
  @APIResponse(
      responseCode = "200",
      description = "The panel after the edit",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = PanelDetail.class)))
  @APIResponse(responseCode = "409", description = "Another panel of the town has this name")
  @APIResponse(
      responseCode = "422",
      description = "The panel is CLOSED, or the term ends before it starts")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response edit(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag the edit is based on", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull EditPanelRequest body) {
    Panel panel = editing.edit(actor.get(), id, body.toCommand(VersionTag.version(ifMatch)));
    return tagged(directory.composed(panel));
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(CHANGE_PANEL_STATUS)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "changePanelStatus",
      summary = "Take a lifecycle step",
      description =
          "FORMING → ACTIVE (needs a mandate and a term; one ACTIVE panel per town) → CLOSED, or"
              + " FORMING → CLOSED. Announces eu.cohesion.panel.status-changed.")
  @APIResponse(
      responseCode = "200",
      description = "The panel after the step",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = PanelDetail.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The lifecycle does not allow the step, the panel lacks mandate or term, or another"
              + " panel of the town is ACTIVE (named in the detail)")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response transition(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull PanelTransitionRequest body) {
    Panel panel =
        editing.changeStatus(actor.get(), id, body.toCommand(VersionTag.version(ifMatch)));
    return tagged(directory.composed(panel));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(CREATE_PANEL)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "createPanel",
      summary = "Create a panel",
      description = "Announces eu.cohesion.panel.created on panel-events.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new panel",
      headers = @Header(name = HttpHeaders.LOCATION, description = "URL of the new panel"),
      content = @Content(schema = @Schema(implementation = PanelSummary.class)))
  @APIResponse(responseCode = "409", description = "The town already has a panel of this name")
  @APIResponse(responseCode = "422", description = "The town is not a partner of the network")
  @ProblemResponses({400, 401, 403})
  public Response create(@Valid @NotNull CreatePanelRequest body, @Context UriInfo uri) {
    Actor caller = actor.get();
    Panel panel = creation.create(caller, body.toCommand());
    return Response.created(uri.getAbsolutePathBuilder().path(panel.id().toString()).build())
        .entity(PanelSummary.of(panel, PanelComposition.EMPTY, null, caller))
        .build();
  }

  private Response tagged(ComposedPanel panel) {
    return Response.ok(PanelDetail.of(panel, actor.get()))
        .tag(VersionTag.of(panel.panel().version()))
        .build();
  }
}
