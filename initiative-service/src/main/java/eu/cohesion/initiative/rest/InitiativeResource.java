package eu.cohesion.initiative.rest;

import static eu.cohesion.initiative.domain.InitiativeAction.CHANGE_STATUS;
import static eu.cohesion.initiative.domain.InitiativeAction.CREATE_INITIATIVE;
import static eu.cohesion.initiative.domain.InitiativeAction.DELETE_INITIATIVE;
import static eu.cohesion.initiative.domain.InitiativeAction.EDIT_INITIATIVE;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_INITIATIVES;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativeAction;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.service.InitiativeCreation;
import eu.cohesion.initiative.service.InitiativeDirectory;
import eu.cohesion.initiative.service.InitiativeEditing;
import eu.cohesion.initiative.service.InitiativeQuery;
import eu.cohesion.initiative.service.InitiativeStatusChanges;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.paging.Sorting;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.ItemPage;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.Pages;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.kit.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatives", description = "Local integration initiatives and their lifecycle")
@SecurityRequirement(name = "oauth2")
public class InitiativeResource {

  private static final String SORT = "^(title|createdAt|updatedAt)" + Sorting.DIRECTION + "$";

  private final InitiativeDirectory directory;
  private final InitiativeCreation creation;
  private final InitiativeStatusChanges statusChanges;
  private final InitiativeEditing editing;
  private final CurrentActor actor;

  InitiativeResource(
      InitiativeDirectory directory,
      InitiativeCreation creation,
      InitiativeStatusChanges statusChanges,
      InitiativeEditing editing,
      CurrentActor actor) {
    this.directory = directory;
    this.creation = creation;
    this.statusChanges = statusChanges;
    this.editing = editing;
    this.actor = actor;
  }

  @GET
  @Permits(VIEW_INITIATIVES)
  @Operation(
      operationId = "listInitiatives",
      summary = "List initiatives",
      description =
          "Without city, a panel-member or city-coordinator lists its own town's; a network-admin"
              + " or integration-reader every town's. Without history. Filters: city, panelId,"
              + " status, theme, targetGroup, sdg; each repeatable (any of the values), all"
              + " combined; GET /initiatives/facets counts them.")
  @ProblemResponses({400, 401, 403})
  public RestResponse<ItemPage<InitiativeSummary, InitiativeAction>> list(
      @Valid @BeanParam ListFilterParams filters,
      @Valid @BeanParam PageParams paging,
      @Parameter(
              description =
                  "title, createdAt or updatedAt, then ,asc or ,desc; ties keep a stable order by"
                      + " id")
          @QueryParam("sort")
          @DefaultValue("createdAt,desc")
          @Pattern(regexp = SORT, message = "must be title, createdAt or updatedAt[,asc|,desc]")
          String sort,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    InitiativeQuery query = new InitiativeQuery(filters.filters(), paging.request(sort));
    return Pages.ok(
        ItemPage.of(
            directory.list(caller, query),
            initiative -> InitiativeSummary.of(initiative, caller),
            InitiativePermissions.TABLE,
            caller,
            CREATE_INITIATIVE),
        uri);
  }

  @GET
  @Path("/facets")
  @Permits(VIEW_INITIATIVES)
  @Operation(
      operationId = "countInitiativeFacets",
      summary = "Count the initiative list's facets",
      description =
          "Takes the list's filters. Every facet is counted in the database under every filter"
              + " but its own: a value's count is how many initiatives the list holds with that"
              + " value chosen instead. Towns the caller may not list never show.")
  @APIResponse(
      responseCode = "200",
      description = "The counts",
      content = @Content(schema = @Schema(implementation = InitiativeFacetsView.class)))
  @ProblemResponses({400, 401, 403})
  public InitiativeFacetsView facets(@Valid @BeanParam ListFilterParams filters) {
    return InitiativeFacetsView.of(directory.facets(actor.get(), filters.filters()));
  }

  @GET
  @Path("/{id}")
  @Permits(VIEW_INITIATIVES)
  @Operation(
      operationId = "getInitiative",
      summary = "Get one initiative with its history",
      description = "ETag carries the version to send back in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The initiative",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"3\""),
      content = @Content(schema = @Schema(implementation = InitiativeDetail.class)))
  @ProblemResponses({401, 403, 404})
  public Response get(@PathParam("id") UUID id) {
    return tagged(Response.ok(), directory.get(actor.get(), id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(CREATE_INITIATIVE)
  @Operation(
      operationId = "createInitiative",
      summary = "Start an initiative",
      description = "Starts as DRAFT. Announces eu.cohesion.initiative.created.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = {
        @Header(name = HttpHeaders.LOCATION, description = "URL of the new initiative"),
        @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"0\"")
      },
      content = @Content(schema = @Schema(implementation = InitiativeDetail.class)))
  @APIResponse(responseCode = "422", description = "The panel is not known to this service (yet)")
  @ProblemResponses({400, 401, 403})
  public Response create(@Valid @NotNull CreateInitiativeRequest body, @Context UriInfo uri) {
    Initiative initiative = creation.create(actor.get(), body.toCommand());
    return tagged(
        Response.created(uri.getAbsolutePathBuilder().path(initiative.id().toString()).build()),
        initiative);
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(CHANGE_STATUS)
  @Operation(
      operationId = "changeInitiativeStatus",
      summary = "Take a lifecycle step",
      description =
          "DRAFT → PROPOSED → APPROVED → PILOTING → UNDER_REVIEW → CONCLUDED (with outcome and"
              + " conclusion), or WITHDRAWN from any open state. Announces"
              + " eu.cohesion.initiative.status-changed and, when concluding, .concluded.")
  @APIResponse(
      responseCode = "200",
      description = "The initiative after the step",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = InitiativeDetail.class)))
  @APIResponse(responseCode = "422", description = "The lifecycle does not allow this step")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response transition(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull TransitionRequest body) {
    Initiative initiative =
        statusChanges.change(actor.get(), id, body.toCommand(VersionTag.version(ifMatch)));
    return tagged(Response.ok(), initiative);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(EDIT_INITIATIVE)
  @Operation(
      operationId = "editInitiative",
      summary = "Rewrite an initiative's content",
      description =
          "The whole content; what is left out is cleared. Until the initiative is CONCLUDED or"
              + " WITHDRAWN. Announces eu.cohesion.initiative.changed.")
  @APIResponse(
      responseCode = "200",
      description = "The initiative after the edit",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = InitiativeDetail.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The initiative is concluded or withdrawn, an SDG target is not of goals 10 and 11, a"
              + " currency is unknown, or a translation repeats the original language")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response edit(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull EditInitiativeRequest body) {
    Initiative initiative =
        editing.edit(actor.get(), id, body.toCommand(VersionTag.version(ifMatch)));
    return tagged(Response.ok(), initiative);
  }

  @DELETE
  @Path("/{id}")
  @Permits(DELETE_INITIATIVE)
  @Operation(
      operationId = "deleteInitiative",
      summary = "Delete a draft",
      description =
          "Only while DRAFT; later an initiative is withdrawn and stays on record. Announces"
              + " eu.cohesion.initiative.deleted.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "409", description = "The initiative is past DRAFT")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public void delete(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    editing.delete(actor.get(), id, VersionTag.version(ifMatch));
  }

  private Response tagged(Response.ResponseBuilder response, Initiative initiative) {
    return response
        .entity(InitiativeDetail.of(initiative, actor.get()))
        .tag(VersionTag.of(initiative.version()))
        .build();
  }
}
