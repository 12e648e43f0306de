package eu.cohesion.practice.rest;

import static eu.cohesion.practice.domain.PracticeAction.ANSWER_TRANSFER;
import static eu.cohesion.practice.domain.PracticeAction.MOVE_TRANSFER;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.ItemPage;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.Pages;
import eu.cohesion.kit.rest.Params;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.Transfer;
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

/** Transfers: read by anyone, moved by the adopting town, answered by the practice's town. */
@Path("/transfers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transfers", description = "Good practices travelling to other towns")
public class TransferResource {

  private final TransferDirectory directory;
  private final TransferChanges changes;
  private final CurrentActor actor;

  TransferResource(TransferDirectory directory, TransferChanges changes, CurrentActor actor) {
    this.directory = directory;
    this.changes = changes;
    this.actor = actor;
  }

  @GET
  @PublicCache
  @Operation(
      operationId = "listTransfers",
      summary = "List transfers",
      description =
          "Transfers of published practices, for anyone: those a town takes part in (city: as"
              + " the practice's town or the adopting one), or those an adopting initiative adapts"
              + " (initiativeId: 'adapted from practice X of town Y').")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @ProblemResponses({400})
  public RestResponse<ItemPage<TransferSummary, PracticeAction>> list(
      @Parameter(description = "Only transfers this town takes part in", example = "mechelen")
          @QueryParam("city")
          @Pattern(regexp = Params.TOWN, message = Params.TOWN_MESSAGE)
          String city,
      @Parameter(
              description = "Only transfers adapted by this initiative",
              schema = @Schema(format = "uuid"))
          @QueryParam("initiativeId")
          @Pattern(regexp = Params.UUID, message = Params.UUID_MESSAGE)
          String initiativeId,
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "createdAt or updatedAt, then ,asc or ,desc")
          @QueryParam("sort")
          @DefaultValue("updatedAt,desc")
          @Pattern(
              regexp = PracticeTransfersResource.SORT,
              message = PracticeTransfersResource.SORT_MESSAGE)
          String sort,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    UUID initiative = initiativeId == null ? null : UUID.fromString(initiativeId);
    return Pages.ok(
        ItemPage.of(
            directory.list(new TransferQuery(null, city, initiative, paging.request(sort))),
            TransferSummary::of,
            PracticePermissions.TABLE,
            caller),
        uri);
  }

  @GET
  @Path("/{id}")
  @PublicCache
  @Operation(
      operationId = "getTransfer",
      summary = "Get one transfer",
      description =
          "Anyone, for a published practice; the next steps and what the caller may do are named.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @APIResponse(
      responseCode = "200",
      description = "The transfer",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"3\""),
      content = @Content(schema = @Schema(implementation = TransferDetail.class)))
  @ProblemResponses(404)
  public RestResponse<TransferDetail> get(@PathParam("id") UUID id) {
    return tagged(directory.get(actor.get(), id));
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(MOVE_TRANSFER)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "moveTransfer",
      summary = "Take a transfer step",
      description =
          "The adopting town's coordinator: INTERESTED → ADAPTING (initiativeId) → TRANSFERRED"
              + " (text: what was changed), or ABANDONED (text: why) from either open state."
              + " Announces eu.cohesion.transfer.changed.")
  @APIResponse(
      responseCode = "200",
      description = "The transfer after the step",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = TransferDetail.class)))
  @APIResponse(
      responseCode = "422",
      description = "The lifecycle does not allow this step, or the step lacks what it needs")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<TransferDetail> move(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull TransferStepRequest body) {
    return tagged(
        changes.move(
            actor.get(),
            id,
            VersionTag.version(ifMatch),
            body.to(),
            body.initiativeId(),
            body.text()));
  }

  @PUT
  @Path("/{id}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(ANSWER_TRANSFER)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "answerTransfer",
      summary = "Answer a transfer",
      description =
          "The practice's town's coordinator, in any state; replaces an earlier answer. Announces"
              + " eu.cohesion.transfer.changed.")
  @APIResponse(
      responseCode = "200",
      description = "The answered transfer",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = TransferDetail.class)))
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<TransferDetail> answer(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull TransferAnswerRequest body) {
    return tagged(changes.answer(actor.get(), id, VersionTag.version(ifMatch), body.text()));
  }

  private RestResponse<TransferDetail> tagged(Transfer transfer) {
    return RestResponse.ResponseBuilder.ok(TransferDetail.of(transfer, actor.get()))
        .tag(VersionTag.of(transfer.version()))
        .build();
  }
}
