package eu.cohesion.initiative.rest;

import static eu.cohesion.initiative.domain.InitiativeAction.ANSWER_SURVEY;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_PUBLIC_SURVEY_RESULTS;

import eu.cohesion.initiative.service.SurveyAnswering;
import eu.cohesion.initiative.service.SurveyQrCode;
import eu.cohesion.initiative.service.SurveyResultsQuery;
import eu.cohesion.kit.openapi.ProblemResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What residents reach without signing in, by the survey's public token. Nothing about the caller
 * is stored (docs/survey.md); {@link SurveyAnswerLimits} guards the answering.
 */
@Path("/public/surveys/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public surveys", description = "Answering a survey anonymously")
public class PublicSurveyResource {

  static final String TOKEN = "^[A-Za-z0-9_-]{20,64}$";
  private static final String TOKEN_MESSAGE = "must be a survey token";

  private final SurveyAnswering answering;
  private final SurveyResultsQuery results;
  private final SurveyQrCode qr;

  PublicSurveyResource(SurveyAnswering answering, SurveyResultsQuery results, SurveyQrCode qr) {
    this.answering = answering;
    this.results = results;
    this.qr = qr;
  }

  @GET
  @Permits(ANSWER_SURVEY)
  @Operation(
      operationId = "getPublicSurvey",
      summary = "The survey to answer",
      description = "Open or closed surveys; a draft is not found.")
  @APIResponse(
      responseCode = "200",
      description = "The survey",
      content = @Content(schema = @Schema(implementation = PublicSurveyView.class)))
  @ProblemResponses({400, 404})
  public PublicSurveyView get(
      @PathParam("token") @Pattern(regexp = TOKEN, message = TOKEN_MESSAGE) String token) {
    return PublicSurveyView.of(answering.published(token));
  }

  @POST
  @Path("/responses")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(ANSWER_SURVEY)
  @Operation(
      operationId = "answerPublicSurvey",
      summary = "Answer the survey anonymously",
      description =
          "No sign-in; stores no address, no user agent, no time. Free text is screened for"
              + " e-mail addresses and phone numbers, which are removed before storage.")
  @APIResponse(responseCode = "204", description = "Recorded")
  @APIResponse(responseCode = "409", description = "This browser has answered already")
  @APIResponse(responseCode = "413", description = "The body is larger than 16 KiB")
  @APIResponse(responseCode = "422", description = "Closed, or the answers do not fit the survey")
  @APIResponse(
      responseCode = "429",
      description = "Too many requests from this client; see Retry-After")
  @ProblemResponses({400, 404})
  public Response answer(
      @PathParam("token") @Pattern(regexp = TOKEN, message = TOKEN_MESSAGE) String token,
      @Valid @NotNull SurveyAnswerRequest body,
      @Context ContainerRequestContext request) {
    answering.answer(
        token, body.answerToken(), SurveyAnswerLimits.clientKey(request), body.toAnswers());
    return Response.noContent().build();
  }

  @GET
  @Path("/results")
  @Permits(VIEW_PUBLIC_SURVEY_RESULTS)
  @Operation(
      operationId = "getPublicSurveyResults",
      summary = "Public results, from five responses on",
      description = "Counts, means, distributions and approved quotes only; 403 below five.")
  @APIResponse(
      responseCode = "200",
      description = "The results",
      content = @Content(schema = @Schema(implementation = SurveyResultsView.class)))
  @APIResponse(responseCode = "403", description = "Fewer than five responses yet")
  @ProblemResponses({400, 404})
  public SurveyResultsView results(
      @PathParam("token") @Pattern(regexp = TOKEN, message = TOKEN_MESSAGE) String token) {
    return SurveyResultsView.forPublic(results.forPublic(token));
  }

  @GET
  @Path("/qr.svg")
  @Produces("image/svg+xml")
  @Permits(ANSWER_SURVEY)
  @Operation(
      operationId = "getPublicSurveyQrCode",
      summary = "QR code of the public link, to print",
      description = "SVG encoding the web app's /s/{token} link.")
  @APIResponse(
      responseCode = "200",
      description = "The QR code",
      content =
          @Content(
              mediaType = "image/svg+xml",
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
  @ProblemResponses({400, 404})
  public Response qrCode(
      @PathParam("token") @Pattern(regexp = TOKEN, message = TOKEN_MESSAGE) String token) {
    answering.published(token);
    return Response.ok(qr.svg(token)).build();
  }
}
