package eu.cohesion.initiative.rest;

import static eu.cohesion.initiative.domain.InitiativeAction.CLOSE_REVIEW_ROUND;
import static eu.cohesion.initiative.domain.InitiativeAction.OPEN_REVIEW_ROUND;
import static eu.cohesion.initiative.domain.InitiativeAction.SUBMIT_REVIEW;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_INITIATIVES;

import eu.cohesion.initiative.domain.Review;
import eu.cohesion.initiative.service.ReviewRoundView;
import eu.cohesion.initiative.service.ReviewRounds;
import eu.cohesion.initiative.service.ReviewSubmission;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.Params;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.kit.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/review-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "The panel's review rounds of initiatives under review")
@SecurityRequirement(name = "oauth2")
public class ReviewRoundResource {

  private final ReviewRounds rounds;
  private final ReviewSubmission submission;
  private final CurrentActor actor;

  ReviewRoundResource(ReviewRounds rounds, ReviewSubmission submission, CurrentActor actor) {
    this.rounds = rounds;
    this.submission = submission;
    this.actor = actor;
  }

  @GET
  @Path("/latest")
  @Permits(VIEW_INITIATIVES)
  @Operation(
      operationId = "getInitiativeReviewState",
      summary = "An initiative's latest review round",
      description = "With allowedActions saying whether the caller may open a new round.")
  @APIResponse(
      responseCode = "200",
      description = "The state of the initiative's review",
      content = @Content(schema = @Schema(implementation = InitiativeReviewState.class)))
  @ProblemResponses({400, 401, 403, 404})
  public InitiativeReviewState latest(
      @Parameter(
              required = true,
              description = "The initiative",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @QueryParam("initiativeId")
          @NotNull
          @Pattern(regexp = Params.UUID, message = Params.UUID_MESSAGE)
          String initiativeId) {
    Actor caller = actor.get();
    UUID id = UUID.fromString(initiativeId);
    var latest = rounds.latest(caller, id);
    return InitiativeReviewState.of(rounds.initiativeOf(id), latest, caller);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(OPEN_REVIEW_ROUND)
  @Operation(
      operationId = "openReviewRound",
      summary = "Open a review round",
      description =
          "On an initiative UNDER_REVIEW without an open round. The eligible reviewers are the"
              + " panel's active members with a login, now. Announces"
              + " eu.cohesion.review-round.opened.")
  @APIResponse(
      responseCode = "201",
      description = "Opened",
      headers = {
        @Header(name = HttpHeaders.LOCATION, description = "URL of the new round"),
        @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"0\"")
      },
      content = @Content(schema = @Schema(implementation = ReviewRoundDetail.class)))
  @APIResponse(
      responseCode = "422",
      description = "Not under review, a round is open already, or nobody could review")
  @ProblemResponses({400, 401, 403, 404})
  public Response open(@Valid @NotNull OpenReviewRoundRequest body, @Context UriInfo uri) {
    ReviewRoundView view = rounds.open(actor.get(), body.initiativeId(), body.closesAt());
    return tagged(
        Response.created(uri.getAbsolutePathBuilder().path(view.round().id().toString()).build()),
        view);
  }

  @GET
  @Path("/{roundId}")
  @Permits(VIEW_INITIATIVES)
  @Operation(operationId = "getReviewRound", summary = "Get one review round")
  @APIResponse(
      responseCode = "200",
      description = "The round",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted"),
      content = @Content(schema = @Schema(implementation = ReviewRoundDetail.class)))
  @ProblemResponses({401, 403, 404})
  public Response get(@PathParam("roundId") UUID roundId) {
    return tagged(Response.ok(), rounds.get(actor.get(), roundId));
  }

  @POST
  @Path("/{roundId}/close")
  @Permits(CLOSE_REVIEW_ROUND)
  @Operation(
      operationId = "closeReviewRound",
      summary = "Close a review round",
      description =
          "Once its quorum holds (by default half of the eligible reviewers and every pillar"
              + " present on the panel). Announces eu.cohesion.review-round.closed.")
  @APIResponse(
      responseCode = "200",
      description = "The closed round with its results",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = ReviewRoundDetail.class)))
  @APIResponse(
      responseCode = "422",
      description = "Quorum not met (the problem's missing lists what), or closed already")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response close(
      @PathParam("roundId") UUID roundId,
      @Parameter(required = true, description = "The round's ETag last read", example = "\"0\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    return tagged(Response.ok(), rounds.close(actor.get(), roundId, VersionTag.version(ifMatch)));
  }

  @POST
  @Path("/{roundId}/reviews")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(SUBMIT_REVIEW)
  @Operation(
      operationId = "submitReview",
      summary = "Submit my review",
      description = "Once per eligible reviewer and round, while it is open.")
  @APIResponse(
      responseCode = "201",
      description = "Submitted",
      headers = {
        @Header(name = HttpHeaders.LOCATION, description = "URL of my review"),
        @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"0\"")
      },
      content = @Content(schema = @Schema(implementation = ReviewDetail.class)))
  @APIResponse(responseCode = "409", description = "Reviewed already: change the review instead")
  @APIResponse(responseCode = "422", description = "The round is closed")
  @ProblemResponses({400, 401, 403, 404})
  public Response submit(
      @PathParam("roundId") UUID roundId,
      @Valid @NotNull ReviewRequest body,
      @Context UriInfo uri) {
    Review review = submission.submit(actor.get(), roundId, body.scores());
    return tagged(Response.created(uri.getAbsolutePathBuilder().path("mine").build()), review);
  }

  @GET
  @Path("/{roundId}/reviews/mine")
  @Permits(SUBMIT_REVIEW)
  @Operation(operationId = "getMyReview", summary = "My review in a round")
  @APIResponse(
      responseCode = "200",
      description = "My review",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted"),
      content = @Content(schema = @Schema(implementation = ReviewDetail.class)))
  @ProblemResponses({401, 403, 404})
  public Response mine(@PathParam("roundId") UUID roundId) {
    return tagged(Response.ok(), submission.mine(actor.get(), roundId));
  }

  @PUT
  @Path("/{roundId}/reviews/mine")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(SUBMIT_REVIEW)
  @Operation(
      operationId = "reviseMyReview",
      summary = "Change my review",
      description = "Replaces every score and reason, while the round is open.")
  @APIResponse(
      responseCode = "200",
      description = "My review after the change",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = ReviewDetail.class)))
  @APIResponse(responseCode = "422", description = "The round is closed")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response revise(
      @PathParam("roundId") UUID roundId,
      @Parameter(required = true, description = "My review's ETag last read", example = "\"0\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull ReviewRequest body) {
    return tagged(
        Response.ok(),
        submission.revise(actor.get(), roundId, VersionTag.version(ifMatch), body.scores()));
  }

  private Response tagged(Response.ResponseBuilder response, ReviewRoundView view) {
    return response
        .entity(ReviewRoundDetail.of(view, actor.get()))
        .tag(VersionTag.of(view.round().version()))
        .build();
  }

  private static Response tagged(Response.ResponseBuilder response, Review review) {
    return response.entity(ReviewDetail.of(review)).tag(VersionTag.of(review.version())).build();
  }
}
