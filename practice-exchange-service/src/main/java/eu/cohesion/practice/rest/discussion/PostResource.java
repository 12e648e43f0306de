package eu.cohesion.practice.rest.discussion;

import static eu.cohesion.practice.domain.PracticeAction.MODERATE_POSTS;
import static eu.cohesion.practice.domain.PracticeAction.REPORT_POST;

import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.practice.domain.discussion.DiscussionPost;
import eu.cohesion.practice.domain.discussion.Moderation;
import eu.cohesion.practice.rest.Permits;
import eu.cohesion.practice.service.discussion.DiscussionPosting;
import eu.cohesion.practice.service.discussion.DiscussionReading;
import eu.cohesion.practice.service.discussion.PostModeration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

/** One post of the discussion: read it, report it, and moderate it (docs/discussion.md). */
@Path("/posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discussion", description = "Questions and comments on practices, across towns")
public class PostResource {

  private final DiscussionReading reading;
  private final DiscussionPosting posting;
  private final PostModeration moderation;
  private final CurrentActor actor;

  PostResource(
      DiscussionReading reading,
      DiscussionPosting posting,
      PostModeration moderation,
      CurrentActor actor) {
    this.reading = reading;
    this.posting = posting;
    this.moderation = moderation;
    this.actor = actor;
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getPost",
      summary = "Get one question, comment or reply",
      description = "Anyone, signed in or not; a hidden post without its text.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @APIResponse(
      responseCode = "200",
      description = "The post",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"0\""),
      content = @Content(schema = @Schema(implementation = PostView.class)))
  @ProblemResponses({400, 404})
  public Response get(@PathParam("id") UUID id) {
    return tagged(reading.post(id));
  }

  @POST
  @Path("/{id}/reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(REPORT_POST)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "reportPost",
      summary = "Tell the moderators a post should not be there",
      description =
          "Anyone signed in, once per post (again changes nothing); puts the post in the"
              + " moderation queue. Counts towards the posting limit (429 with Retry-After).")
  @APIResponse(
      responseCode = "200",
      description = "Reported: the post",
      content = @Content(schema = @Schema(implementation = PostView.class)))
  @APIResponse(responseCode = "422", description = "Hidden already, or markup in the reason")
  @APIResponse(responseCode = "429", description = "Posting too fast; see Retry-After")
  @ProblemResponses({400, 401, 403, 404})
  public Response report(@PathParam("id") UUID id, @Valid @NotNull ReportPostRequest body) {
    return tagged(posting.report(actor.get(), id, body.reason()));
  }

  @POST
  @Path("/{id}/hide")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(MODERATE_POSTS)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "hidePost",
      summary = "Hide a post",
      description =
          "Network admins, with a reason (audited: who, when, why). Others then read \"hidden by"
              + " the moderators\". Announces eu.cohesion.post.hidden.")
  @APIResponse(
      responseCode = "200",
      description = "Hidden",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = PostView.class)))
  @APIResponse(responseCode = "422", description = "Hidden already, or markup in the reason")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response hide(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The post's ETag", example = "\"0\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull ModerationRequest body) {
    return moderate(id, ifMatch, Moderation.Step.HIDE, body);
  }

  @POST
  @Path("/{id}/restore")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(MODERATE_POSTS)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "restorePost",
      summary = "Restore a hidden post",
      description = "Network admins, with a reason (audited). Announces eu.cohesion.post.restored.")
  @APIResponse(
      responseCode = "200",
      description = "Visible again",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = PostView.class)))
  @APIResponse(responseCode = "422", description = "Not hidden, or markup in the reason")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response restore(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The post's ETag", example = "\"1\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull ModerationRequest body) {
    return moderate(id, ifMatch, Moderation.Step.RESTORE, body);
  }

  private Response moderate(UUID id, String ifMatch, Moderation.Step step, ModerationRequest body) {
    return tagged(
        moderation.moderate(actor.get(), id, VersionTag.version(ifMatch), step, body.reason()));
  }

  private Response tagged(DiscussionPost post) {
    return Response.ok(PostView.of(post, actor.get(), reading.answerOfItsQuestion(post)))
        .tag(VersionTag.of(post.version()))
        .build();
  }
}
