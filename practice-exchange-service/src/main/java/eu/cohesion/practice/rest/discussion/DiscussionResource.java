package eu.cohesion.practice.rest.discussion;

import static eu.cohesion.practice.domain.PracticeAction.ASK_QUESTION;
import static eu.cohesion.practice.domain.PracticeAction.COMMENT_ON_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.MARK_ANSWER;
import static eu.cohesion.practice.domain.PracticeAction.REPLY_TO_POST;

import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.paging.Sorting;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.ItemPage;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.Pages;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.discussion.DiscussionPost;
import eu.cohesion.practice.domain.discussion.PostKind;
import eu.cohesion.practice.rest.Permits;
import eu.cohesion.practice.service.discussion.AnswerMarking;
import eu.cohesion.practice.service.discussion.Conversation;
import eu.cohesion.practice.service.discussion.DiscussionPosting;
import eu.cohesion.practice.service.discussion.DiscussionReading;
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
import java.util.List;
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

/** Questions, comments and replies on a published practice (docs/discussion.md). */
@Path("/practices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discussion", description = "Questions and comments on practices, across towns")
public class DiscussionResource {

  private static final String SORT = "^(createdAt|updatedAt)" + Sorting.DIRECTION + "$";
  private static final String SORT_MESSAGE = "must be createdAt or updatedAt[,asc|,desc]";
  private static final String WRITE_RULES =
      " Plain text only: markup (HTML tags, entities) is a 422 markup-refused. Each person may post"
          + " (questions, comments, replies and reports together) 5 times at once, then 10 times"
          + " per 10 minutes: beyond, 429 with Retry-After.";

  private final DiscussionReading reading;
  private final DiscussionPosting posting;
  private final AnswerMarking answers;
  private final CurrentActor actor;

  DiscussionResource(
      DiscussionReading reading,
      DiscussionPosting posting,
      AnswerMarking answers,
      CurrentActor actor) {
    this.reading = reading;
    this.posting = posting;
    this.answers = answers;
    this.actor = actor;
  }

  @GET
  @Path("/{id}/questions")
  @Operation(
      operationId = "listPracticeQuestions",
      summary = "List the questions on a published practice",
      description = "Anyone, signed in or not. Hidden questions keep their place without text.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @ProblemResponses({400, 404})
  public RestResponse<ItemPage<QuestionSummary, PracticeAction>> questions(
      @PathParam("id") UUID id,
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "createdAt or updatedAt, then ,asc or ,desc")
          @QueryParam("sort")
          @DefaultValue("createdAt,desc")
          @Pattern(regexp = SORT, message = SORT_MESSAGE)
          String sort,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    return Pages.ok(
        ItemPage.of(
            reading.questions(id, paging.request(sort)),
            counted -> QuestionSummary.of(counted, caller),
            PracticePermissions.TABLE,
            caller,
            ASK_QUESTION),
        uri);
  }

  @POST
  @Path("/{id}/questions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(ASK_QUESTION)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "askQuestion",
      summary = "Ask a question on a published practice",
      description =
          "Panel members and coordinators of any town. Announces eu.cohesion.question.asked."
              + WRITE_RULES)
  @APIResponse(
      responseCode = "201",
      description = "Asked",
      headers = {
        @Header(name = HttpHeaders.LOCATION, description = "URL of the question's thread"),
        @Header(name = HttpHeaders.ETAG, description = "The question's version, quoted: \"0\"")
      },
      content = @Content(schema = @Schema(implementation = PostThread.class)))
  @APIResponse(responseCode = "422", description = "Markup, or a text too short or too long")
  @APIResponse(responseCode = "429", description = "Posting too fast; see Retry-After")
  @ProblemResponses({400, 401, 403, 404})
  public Response ask(
      @PathParam("id") UUID id, @Valid @NotNull AskQuestionRequest body, @Context UriInfo uri) {
    DiscussionPost question = posting.ask(actor.get(), id, body.title(), body.body());
    return thread(
        Response.created(uri.getAbsolutePathBuilder().path(question.id().toString()).build()),
        reading.question(id, question.id()));
  }

  @GET
  @Path("/{id}/questions/{questionId}")
  @Operation(
      operationId = "getQuestionThread",
      summary = "Get a question with its replies",
      description = "Anyone, signed in or not. The ETag is the question's version (markAnswer).")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @APIResponse(
      responseCode = "200",
      description = "The thread",
      headers = @Header(name = HttpHeaders.ETAG, description = "The question's version, quoted"),
      content = @Content(schema = @Schema(implementation = PostThread.class)))
  @ProblemResponses({400, 404})
  public Response question(@PathParam("id") UUID id, @PathParam("questionId") UUID questionId) {
    return thread(Response.ok(), reading.question(id, questionId));
  }

  @POST
  @Path("/{id}/questions/{questionId}/replies")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(REPLY_TO_POST)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "replyToQuestion",
      summary = "Reply to a question",
      description = "Signed-in people of any town; not to a hidden question." + WRITE_RULES)
  @APIResponse(
      responseCode = "201",
      description = "Replied: the question's thread",
      headers = {
        @Header(name = HttpHeaders.LOCATION, description = "URL of the question's thread"),
        @Header(name = HttpHeaders.ETAG, description = "The question's version, quoted")
      },
      content = @Content(schema = @Schema(implementation = PostThread.class)))
  @APIResponse(responseCode = "422", description = "Markup, a bad length, or a hidden question")
  @APIResponse(responseCode = "429", description = "Posting too fast; see Retry-After")
  @ProblemResponses({400, 401, 403, 404})
  public Response replyToQuestion(
      @PathParam("id") UUID id,
      @PathParam("questionId") UUID questionId,
      @Valid @NotNull PostTextRequest body,
      @Context UriInfo uri) {
    posting.reply(actor.get(), id, questionId, PostKind.QUESTION, body.body());
    return thread(
        Response.created(
            uri.getBaseUriBuilder()
                .path("practices/{id}/questions/{questionId}")
                .build(id, questionId)),
        reading.question(id, questionId));
  }

  @PUT
  @Path("/{id}/questions/{questionId}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(MARK_ANSWER)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "markAnswer",
      summary = "Mark the reply that answers a question",
      description =
          "The coordinator of the practice's own town (or a network admin); one answer per"
              + " question, a new mark replaces the old. Announces eu.cohesion.question.answered.")
  @APIResponse(
      responseCode = "200",
      description = "The thread with its answer",
      headers = @Header(name = HttpHeaders.ETAG, description = "The question's new version"),
      content = @Content(schema = @Schema(implementation = PostThread.class)))
  @APIResponse(
      responseCode = "422",
      description = "Not a visible reply of this question, or the answer already")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response markAnswer(
      @PathParam("id") UUID id,
      @PathParam("questionId") UUID questionId,
      @Parameter(required = true, description = "The question's ETag", example = "\"0\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull MarkAnswerRequest body) {
    answers.mark(actor.get(), id, questionId, VersionTag.version(ifMatch), body.replyId());
    return thread(Response.ok(), reading.question(id, questionId));
  }

  @GET
  @Path("/{id}/comments")
  @Operation(
      operationId = "listPracticeComments",
      summary = "List the comments on a published practice, each with its replies",
      description = "Anyone, signed in or not. Hidden comments keep their place without text.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @ProblemResponses({400, 404})
  public RestResponse<ItemPage<PostThread, PracticeAction>> comments(
      @PathParam("id") UUID id,
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "createdAt or updatedAt, then ,asc or ,desc")
          @QueryParam("sort")
          @DefaultValue("createdAt,asc")
          @Pattern(regexp = SORT, message = SORT_MESSAGE)
          String sort,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    return Pages.ok(
        ItemPage.of(
            reading.comments(id, paging.request(sort)),
            thread -> PostThread.of(thread, caller),
            PracticePermissions.TABLE,
            caller,
            COMMENT_ON_PRACTICE),
        uri);
  }

  @POST
  @Path("/{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(COMMENT_ON_PRACTICE)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "commentOnPractice",
      summary = "Comment on a published practice",
      description = "Panel members and coordinators of any town." + WRITE_RULES)
  @APIResponse(
      responseCode = "201",
      description = "Commented: the comment's thread",
      headers = @Header(name = HttpHeaders.LOCATION, description = "URL of the comment"),
      content = @Content(schema = @Schema(implementation = PostThread.class)))
  @APIResponse(responseCode = "422", description = "Markup, or a text too short or too long")
  @APIResponse(responseCode = "429", description = "Posting too fast; see Retry-After")
  @ProblemResponses({400, 401, 403, 404})
  public Response comment(
      @PathParam("id") UUID id, @Valid @NotNull PostTextRequest body, @Context UriInfo uri) {
    DiscussionPost comment = posting.comment(actor.get(), id, body.body());
    return Response.created(uri.getBaseUriBuilder().path("posts/{postId}").build(comment.id()))
        .entity(PostThread.of(new Conversation(comment, List.of()), actor.get()))
        .tag(VersionTag.of(comment.version()))
        .build();
  }

  @POST
  @Path("/{id}/comments/{commentId}/replies")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(REPLY_TO_POST)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "replyToComment",
      summary = "Reply to a comment",
      description = "Signed-in people of any town; not to a hidden comment." + WRITE_RULES)
  @APIResponse(
      responseCode = "201",
      description = "Replied",
      headers = @Header(name = HttpHeaders.LOCATION, description = "URL of the reply"),
      content = @Content(schema = @Schema(implementation = PostView.class)))
  @APIResponse(responseCode = "422", description = "Markup, a bad length, or a hidden comment")
  @APIResponse(responseCode = "429", description = "Posting too fast; see Retry-After")
  @ProblemResponses({400, 401, 403, 404})
  public Response replyToComment(
      @PathParam("id") UUID id,
      @PathParam("commentId") UUID commentId,
      @Valid @NotNull PostTextRequest body,
      @Context UriInfo uri) {
    DiscussionPost reply = posting.reply(actor.get(), id, commentId, PostKind.COMMENT, body.body());
    return Response.created(uri.getBaseUriBuilder().path("posts/{postId}").build(reply.id()))
        .entity(PostView.of(reply, actor.get(), null))
        .tag(VersionTag.of(reply.version()))
        .build();
  }

  private Response thread(Response.ResponseBuilder response, Conversation thread) {
    return response
        .entity(PostThread.of(thread, actor.get()))
        .tag(VersionTag.of(thread.post().version()))
        .build();
  }
}
