package eu.cohesion.panel.rest;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.ProblemDetail;
import eu.cohesion.kit.rest.Problems;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelComposition;
import eu.cohesion.panel.service.PanelCreation;
import eu.cohesion.panel.service.PanelDirectory;
import eu.cohesion.panel.service.PanelQuery;
import eu.cohesion.panel.service.PanelSort;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/panels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Panels", description = "Local Panels of Stakeholders")
public class PanelResource {

  private final PanelDirectory directory;
  private final PanelCreation creation;
  private final CurrentActor actor;

  PanelResource(PanelDirectory directory, PanelCreation creation, CurrentActor actor) {
    this.directory = directory;
    this.creation = creation;
    this.actor = actor;
  }

  @GET
  @PublicCache
  @PermitAll
  @Operation(
      summary = "List panels",
      description =
          "Anyone, signed in or not. Public summaries only (members as counts per pillar), paged"
              + " and sorted.")
  @APIResponse(
      responseCode = "200",
      description = "One page of panels",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PanelSummaryPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid paging, sort or filter",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public PanelSummaryPage list(
      @Valid @BeanParam PageParams paging,
      @Parameter(
              name = "sort",
              in = ParameterIn.QUERY,
              description = "name or createdAt, optionally followed by ,asc or ,desc",
              example = "createdAt,desc")
          @QueryParam("sort")
          @DefaultValue("name")
          @Pattern(
              regexp = "(name|createdAt)(,(asc|desc))?",
              message = "must be name or createdAt, optionally followed by ,asc or ,desc")
          String sort,
      @Parameter(
              name = "city",
              in = ParameterIn.QUERY,
              description = "Only this town's panels",
              example = "mechelen")
          @QueryParam("city")
          @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a town code")
          String city) {
    String[] order = sort.split(",");
    PanelQuery query =
        new PanelQuery(
            city,
            paging.page(),
            paging.size(),
            PanelSort.ofProperty(order[0]).orElseThrow(),
            order.length > 1 && order[1].equals("desc"));
    return PanelSummaryPage.of(directory.list(actor.get(), query));
  }

  @GET
  @Path("/{id}")
  @PublicCache
  @PermitAll
  @Operation(
      summary = "Get one panel",
      description =
          "Anyone, signed in or not. Public summary, with the members as counts per pillar.")
  @APIResponse(
      responseCode = "200",
      description = "The panel",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PanelSummary.class)))
  @APIResponse(
      responseCode = "404",
      description = "No panel with this id, or the id is not a UUID",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public PanelSummary get(@PathParam("id") UUID id) {
    return PanelSummary.of(directory.get(actor.get(), id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"city-coordinator", "network-admin"})
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Create a panel",
      description =
          "A city-coordinator for its own town (token claim city), a network-admin for any town."
              + " Announces eu.cohesion.panel.created on panel-events.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new panel",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PanelSummary.class)))
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
      description = "Not a coordinator of this town nor a network admin",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "409",
      description = "The town already has a panel of this name",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "422",
      description = "The town is not a partner of the network",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public Response create(@Valid @NotNull CreatePanelRequest body, @Context UriInfo uri) {
    Panel panel = creation.create(actor.get(), body.toCommand());
    return Response.created(uri.getAbsolutePathBuilder().path(panel.id().toString()).build())
        .entity(PanelSummary.of(panel, PanelComposition.EMPTY))
        .build();
  }
}
