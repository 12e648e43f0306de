package eu.cohesion.initiative.rest;

import static eu.cohesion.initiative.domain.InitiativeAction.MANAGE_INDICATORS;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_INITIATIVES;

import eu.cohesion.initiative.domain.Indicator;
import eu.cohesion.initiative.domain.InitiativeAction;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.service.IndicatorChanges;
import eu.cohesion.initiative.service.IndicatorDirectory;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/initiatives/{id}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "What an initiative measures, and its measurements")
@SecurityRequirement(name = "oauth2")
public class InitiativeIndicatorsResource {

  private static final String SORT = "^(name|createdAt|updatedAt)" + Sorting.DIRECTION + "$";

  private final IndicatorDirectory directory;
  private final IndicatorChanges changes;
  private final CurrentActor actor;

  InitiativeIndicatorsResource(
      IndicatorDirectory directory, IndicatorChanges changes, CurrentActor actor) {
    this.directory = directory;
    this.changes = changes;
    this.actor = actor;
  }

  @GET
  @Permits(VIEW_INITIATIVES)
  @Operation(
      operationId = "listIndicators",
      summary = "List an initiative's indicators",
      description = "Each with its measurements and progress; whoever sees the initiative.")
  @ProblemResponses({400, 401, 403, 404})
  public RestResponse<ItemPage<IndicatorView, InitiativeAction>> list(
      @PathParam("id") UUID id,
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "name, createdAt or updatedAt, then ,asc or ,desc")
          @QueryParam("sort")
          @DefaultValue("createdAt,asc")
          @Pattern(regexp = SORT, message = "must be name, createdAt or updatedAt[,asc|,desc]")
          String sort,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    return Pages.ok(
        ItemPage.of(
            directory.list(caller, id, paging.request(sort)),
            indicator -> IndicatorView.of(indicator, caller),
            InitiativePermissions.TABLE,
            caller,
            MANAGE_INDICATORS),
        uri);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(MANAGE_INDICATORS)
  @Operation(
      operationId = "createIndicator",
      summary = "Define an indicator of the initiative",
      description = "The town's coordinator or a network admin.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = {
        @Header(name = HttpHeaders.LOCATION, description = "URL of the new indicator"),
        @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"0\"")
      },
      content = @Content(schema = @Schema(implementation = IndicatorView.class)))
  @APIResponse(
      responseCode = "422",
      description = "The target does not lie beyond the baseline in the direction")
  @ProblemResponses({400, 401, 403, 404})
  public Response create(
      @PathParam("id") UUID id, @Valid @NotNull IndicatorRequest body, @Context UriInfo uri) {
    Indicator indicator = changes.create(actor.get(), id, body.toDefinition());
    return Response.created(
            uri.getBaseUriBuilder().path("indicators").path(indicator.id().toString()).build())
        .entity(IndicatorView.of(indicator, actor.get()))
        .tag(VersionTag.of(indicator.version()))
        .build();
  }
}
