package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.service.InitiativeCreation;
import eu.cohesion.initiative.service.InitiativeDirectory;
import eu.cohesion.initiative.service.InitiativeQuery;
import eu.cohesion.initiative.service.InitiativeSort;
import eu.cohesion.initiative.service.InitiativeStatusChanges;
import eu.cohesion.kit.problem.IfMatchRequiredException;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.ProblemDetail;
import eu.cohesion.kit.rest.Problems;
import eu.cohesion.kit.rest.VersionTag;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatives", description = "Local integration initiatives and their lifecycle")
@SecurityRequirement(name = "bearer")
public class InitiativeResource {

  // Typed query parameters would answer a bad value with 404 (JAX-RS): patterns make it a 400.
  private static final String UUID_PATTERN =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
  private static final String STATUS_PATTERN =
      "DRAFT|PROPOSED|APPROVED|PILOTING|UNDER_REVIEW|CONCLUDED|WITHDRAWN";

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
  @RolesAllowed({"panel-member", "city-coordinator", "network-admin", "integration-reader"})
  @Operation(
      summary = "List initiatives",
      description =
          "A panel-member or city-coordinator lists its own town's (city defaults to it; another"
              + " town is 403); a network-admin or integration-reader any town's, or all without"
              + " city. Paged and sorted; without history.")
  @APIResponse(
      responseCode = "200",
      description = "One page of initiatives",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InitiativeSummaryPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid paging, sort or filter",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "403",
      description = "Another town than the caller's, or a caller without a readable town",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public InitiativeSummaryPage list(
      @Parameter(
              name = "city",
              in = ParameterIn.QUERY,
              description = "Only this town's initiatives")
          @QueryParam("city")
          @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a town code")
          String city,
      @Parameter(
              name = "panelId",
              in = ParameterIn.QUERY,
              description = "Only this panel's initiatives")
          @QueryParam("panelId")
          @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
          String panelId,
      @Parameter(
              name = "status",
              in = ParameterIn.QUERY,
              description = "Only initiatives in this state",
              schema = @Schema(implementation = InitiativeStatus.class))
          @QueryParam("status")
          @Pattern(regexp = STATUS_PATTERN, message = "must be one of " + STATUS_PATTERN)
          String status,
      @Valid @BeanParam PageParams paging,
      @Parameter(
              name = "sort",
              in = ParameterIn.QUERY,
              description =
                  "title, createdAt or updatedAt, optionally followed by ,asc or ,desc;"
                      + " newest first by default",
              example = "updatedAt,desc")
          @QueryParam("sort")
          @DefaultValue("createdAt,desc")
          @Pattern(
              regexp = "(title|createdAt|updatedAt)(,(asc|desc))?",
              message =
                  "must be title, createdAt or updatedAt, optionally followed by ,asc or ,desc")
          String sort) {
    String[] order = sort.split(",");
    InitiativeQuery query =
        new InitiativeQuery(
            city,
            panelId == null ? null : UUID.fromString(panelId),
            status == null ? null : InitiativeStatus.valueOf(status),
            paging.page(),
            paging.size(),
            InitiativeSort.ofProperty(order[0]).orElseThrow(),
            order.length > 1 && order[1].equals("desc"));
    return InitiativeSummaryPage.of(directory.list(actor.get(), query));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({"panel-member", "city-coordinator", "network-admin", "integration-reader"})
  @Operation(
      summary = "Get one initiative with its history",
      description =
          "A panel-member or city-coordinator of the initiative's town, a network-admin, an"
              + " integration-reader. ETag carries the version to send back in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The initiative",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InitiativeDetail.class)))
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "403",
      description = "An initiative of another town than the caller's",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "404",
      description = "No initiative with this id, or the id is not a UUID",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public Response get(@PathParam("id") UUID id) {
    return withTag(Response.ok(), directory.get(actor.get(), id)).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"city-coordinator", "network-admin"})
  @Operation(
      summary = "Start an initiative",
      description =
          "A city-coordinator for a panel of its own town (token claim city), a network-admin for"
              + " any panel. Starts as DRAFT. Announces eu.cohesion.initiative.created on"
              + " initiative-events.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new initiative, ETag carries its version",
      headers = {
        @Header(name = HttpHeaders.LOCATION, description = "URL of the new initiative"),
        @Header(name = HttpHeaders.ETAG, description = "The version, quoted")
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InitiativeDetail.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid or unreadable body",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a coordinator of the panel's town nor a network admin",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The panel is not known to this service (yet): panel-events may still be on their way",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public Response create(@Valid @NotNull CreateInitiativeRequest body, @Context UriInfo uri) {
    Initiative initiative = creation.create(actor.get(), body.toCommand());
    return withTag(
            Response.created(uri.getAbsolutePathBuilder().path(initiative.id().toString()).build()),
            initiative)
        .build();
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"city-coordinator", "network-admin"})
  @Operation(
      summary = "Take a lifecycle step",
      description =
          "A city-coordinator of the initiative's town, a network-admin. DRAFT → PROPOSED →"
              + " APPROVED → PILOTING → UNDER_REVIEW → CONCLUDED (with outcome and conclusion),"
              + " or WITHDRAWN from any open state. Announces eu.cohesion.initiative"
              + ".status-changed and, when concluding, eu.cohesion.initiative.concluded.")
  @APIResponse(
      responseCode = "200",
      description = "The initiative after the step; ETag carries its new version",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InitiativeDetail.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid or unreadable body or If-Match; outcome/conclusion missing when concluding or"
              + " given for another step",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a coordinator of the initiative's town nor a network admin",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "404",
      description = "No initiative with this id",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "409",
      description = "If-Match names an older version: reload and try again",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "422",
      description = "The lifecycle does not allow this step; detail names the allowed ones",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "428",
      description = "If-Match is missing",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public Response transition(
      @PathParam("id") UUID id,
      @Parameter(
              in = ParameterIn.HEADER,
              required = true,
              description = "The version last read (the ETag)",
              example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(
              regexp = VersionTag.IF_MATCH_PATTERN,
              message = "must be the version of the initiative's ETag, e.g. \"3\"")
          String ifMatch,
      @Valid @NotNull TransitionRequest body) {
    if (ifMatch == null) {
      throw new IfMatchRequiredException();
    }
    Initiative initiative =
        statusChanges.change(actor.get(), id, body.toCommand(VersionTag.version(ifMatch)));
    return withTag(Response.ok(), initiative).build();
  }

  private static Response.ResponseBuilder withTag(
      Response.ResponseBuilder response, Initiative initiative) {
    return response
        .entity(InitiativeDetail.of(initiative))
        .tag(VersionTag.of(initiative.version()));
  }
}
