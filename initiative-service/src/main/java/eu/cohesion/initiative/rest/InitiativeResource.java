package eu.cohesion.initiative.rest;

import static eu.cohesion.initiative.domain.InitiativeAction.CHANGE_STATUS;
import static eu.cohesion.initiative.domain.InitiativeAction.CREATE_INITIATIVE;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_INITIATIVES;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativeAction;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.service.InitiativeCreation;
import eu.cohesion.initiative.service.InitiativeDirectory;
import eu.cohesion.initiative.service.InitiativeQuery;
import eu.cohesion.initiative.service.InitiativeStatusChanges;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.paging.Sorting;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.ItemPage;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.Pages;
import eu.cohesion.kit.rest.Params;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.kit.security.Actor;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
  private static final String STATUS =
      "^(DRAFT|PROPOSED|APPROVED|PILOTING|UNDER_REVIEW|CONCLUDED|WITHDRAWN)$";

  private final InitiativeDirectory directory;
  private final InitiativeCreation creation;
  private final InitiativeStatusChanges statusChanges;
  private final CurrentActor actor;

  InitiativeResource(
      InitiativeDirectory directory,
      InitiativeCreation creation,
      InitiativeStatusChanges statusChanges,
      CurrentActor actor) {
    this.directory = directory;
    this.creation = creation;
    this.statusChanges = statusChanges;
    this.actor = actor;
  }

  @GET
  @Permits(VIEW_INITIATIVES)
  @Operation(
      operationId = "listInitiatives",
      summary = "List initiatives",
      description =
          "Without city, a panel-member or city-coordinator lists its own town's; a network-admin"
              + " or integration-reader every town's. Without history.")
  @ProblemResponses({400, 401, 403})
  public RestResponse<ItemPage<InitiativeSummary, InitiativeAction>> list(
      @Parameter(description = "Only this town's initiatives", example = "mechelen")
          @QueryParam("city")
          @Pattern(regexp = Params.TOWN, message = Params.TOWN_MESSAGE)
          String city,
      @Parameter(
              description = "Only this panel's initiatives",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @QueryParam("panelId")
          @Pattern(regexp = Params.UUID, message = Params.UUID_MESSAGE)
          String panelId,
      @Parameter(
              description = "Only initiatives in this state",
              schema = @Schema(implementation = InitiativeStatus.class))
          @QueryParam("status")
          @Pattern(regexp = STATUS, message = "must be one of " + STATUS)
          String status,
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "title, createdAt or updatedAt, then ,asc or ,desc")
          @QueryParam("sort")
          @DefaultValue("createdAt,desc")
          @Pattern(regexp = SORT, message = "must be title, createdAt or updatedAt[,asc|,desc]")
          String sort,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    InitiativeQuery query =
        new InitiativeQuery(
            city,
            panelId == null ? null : UUID.fromString(panelId),
            status == null ? null : InitiativeStatus.valueOf(status),
            paging.request(sort));
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

  private Response tagged(Response.ResponseBuilder response, Initiative initiative) {
    return response
        .entity(InitiativeDetail.of(initiative, actor.get()))
        .tag(VersionTag.of(initiative.version()))
        .build();
  }
}
