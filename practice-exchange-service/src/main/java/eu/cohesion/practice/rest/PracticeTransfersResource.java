package eu.cohesion.practice.rest;

import static eu.cohesion.practice.domain.PracticeAction.REGISTER_TRANSFER;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.paging.Sorting;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.ItemPage;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.Pages;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.Transfer;
import eu.cohesion.practice.service.PracticeCatalogue;
import eu.cohesion.practice.service.TransferChanges;
import eu.cohesion.practice.service.TransferDirectory;
import eu.cohesion.practice.service.TransferQuery;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Where a practice travelled, and the registration of a town's interest in it. */
@Path("/practices/{id}/transfers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transfers", description = "Good practices travelling to other towns")
public class PracticeTransfersResource {

  static final String SORT = "^(createdAt|updatedAt)" + Sorting.DIRECTION + "$";
  static final String SORT_MESSAGE = "must be createdAt or updatedAt[,asc|,desc]";

  private final PracticeCatalogue catalogue;
  private final TransferDirectory directory;
  private final TransferChanges changes;
  private final CurrentActor actor;

  PracticeTransfersResource(
      PracticeCatalogue catalogue,
      TransferDirectory directory,
      TransferChanges changes,
      CurrentActor actor) {
    this.catalogue = catalogue;
    this.directory = directory;
    this.changes = changes;
    this.actor = actor;
  }

  @GET
  @PublicCache
  @Operation(
      operationId = "listPracticeTransfers",
      summary = "Where a practice travelled",
      description =
          "The practice's transfers to other towns, with town and state; anyone may read those of"
              + " a published practice. allowedActions holds REGISTER_TRANSFER when the caller's"
              + " town may register one.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @ProblemResponses({400, 404})
  public RestResponse<ItemPage<TransferSummary, PracticeAction>> list(
      @PathParam("id") UUID id,
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "createdAt or updatedAt, then ,asc or ,desc")
          @QueryParam("sort")
          @DefaultValue("createdAt,asc")
          @Pattern(regexp = SORT, message = SORT_MESSAGE)
          String sort,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    GoodPractice practice = catalogue.get(caller, id);
    return Pages.ok(
        ItemPage.of(
            directory
                .list(new TransferQuery(id, null, null, paging.request(sort)))
                .in(practice.cityCode()),
            TransferSummary::of,
            PracticePermissions.TABLE,
            caller,
            REGISTER_TRANSFER),
        uri);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(REGISTER_TRANSFER)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "registerTransfer",
      summary = "Register the caller's town's interest in a practice",
      description =
          "A city-coordinator, for its own town, on a published practice of another town; starts"
              + " INTERESTED. One open transfer per practice and town. Announces"
              + " eu.cohesion.transfer.changed on practice-events.")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      headers = {
        @Header(name = HttpHeaders.LOCATION, description = "URL of the new transfer"),
        @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"0\"")
      },
      content = @Content(schema = @Schema(implementation = TransferDetail.class)))
  @APIResponse(
      responseCode = "422",
      description = "The town already has an open transfer of this practice")
  @ProblemResponses({400, 401, 403, 404})
  public Response register(
      @PathParam("id") UUID id,
      @Valid @NotNull RegisterTransferRequest body,
      @Context UriInfo uri) {
    Transfer transfer = changes.register(actor.get(), id, body.note());
    return Response.created(
            uri.getBaseUriBuilder().path("transfers").path(transfer.id().toString()).build())
        .entity(TransferDetail.of(transfer, actor.get()))
        .tag(VersionTag.of(transfer.version()))
        .build();
  }
}
