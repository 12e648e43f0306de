package eu.cohesion.initiative.rest;

import static eu.cohesion.initiative.domain.InitiativeAction.MANAGE_SURVEY;
import static eu.cohesion.initiative.domain.InitiativeAction.MODERATE_SURVEY_QUOTES;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_SURVEY;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_SURVEY_RESULTS;

import eu.cohesion.initiative.domain.Survey;
import eu.cohesion.initiative.domain.SurveyQuote;
import eu.cohesion.initiative.service.SurveyDesign;
import eu.cohesion.initiative.service.SurveyQuoteModeration;
import eu.cohesion.initiative.service.SurveyResultsQuery;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.VersionTag;
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

@Path("/initiatives/{id}/survey")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys", description = "Residents' anonymous feedback on an initiative")
@SecurityRequirement(name = "oauth2")
public class SurveyResource {

  private final SurveyDesign design;
  private final SurveyResultsQuery results;
  private final SurveyQuoteModeration moderation;
  private final CurrentActor actor;

  SurveyResource(
      SurveyDesign design,
      SurveyResultsQuery results,
      SurveyQuoteModeration moderation,
      CurrentActor actor) {
    this.design = design;
    this.results = results;
    this.moderation = moderation;
    this.actor = actor;
  }

  @GET
  @Permits(VIEW_SURVEY)
  @Operation(
      operationId = "getInitiativeSurvey",
      summary = "The initiative's survey, if any, and what the caller may do",
      description = "survey is null while the initiative has none. ETag when there is one.")
  @APIResponse(
      responseCode = "200",
      description = "The survey slot",
      headers = @Header(name = HttpHeaders.ETAG, description = "The survey's version, quoted"),
      content = @Content(schema = @Schema(implementation = SurveyView.Slot.class)))
  @ProblemResponses({401, 403, 404})
  public Response get(@PathParam("id") UUID id) {
    SurveyDesign.Slot slot = design.get(actor.get(), id);
    Response.ResponseBuilder response = Response.ok(SurveyView.Slot.of(slot, actor.get()));
    slot.survey().ifPresent(survey -> response.tag(VersionTag.of(survey.version())));
    return response.build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(MANAGE_SURVEY)
  @Operation(
      operationId = "createInitiativeSurvey",
      summary = "Compose the initiative's survey",
      description = "3–6 questions, every text in every language. Starts as DRAFT.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = {
        @Header(name = HttpHeaders.LOCATION, description = "URL of the survey"),
        @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"0\"")
      },
      content = @Content(schema = @Schema(implementation = SurveyView.class)))
  @APIResponse(responseCode = "409", description = "The initiative has a survey already")
  @APIResponse(responseCode = "422", description = "The definition breaks a survey rule")
  @ProblemResponses({400, 401, 403, 404})
  public Response create(
      @PathParam("id") UUID id,
      @Valid @NotNull SurveyDefinitionRequest body,
      @Context UriInfo uri) {
    Survey survey = design.create(actor.get(), id, body.toCommand());
    return tagged(Response.created(uri.getAbsolutePath()), survey);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(MANAGE_SURVEY)
  @Operation(
      operationId = "updateInitiativeSurvey",
      summary = "Change the survey's questions",
      description = "Only before the first answer and while not closed (422 otherwise).")
  @APIResponse(
      responseCode = "200",
      description = "The survey",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = SurveyView.class)))
  @APIResponse(responseCode = "422", description = "Answered already, closed, or a rule broken")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response update(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull SurveyDefinitionRequest body) {
    return tagged(
        Response.ok(),
        design.redefine(actor.get(), id, VersionTag.version(ifMatch), body.toCommand()));
  }

  @POST
  @Path("/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(MANAGE_SURVEY)
  @Operation(
      operationId = "changeInitiativeSurveyStatus",
      summary = "Open or close the survey",
      description =
          "DRAFT → OPEN → CLOSED. Announces eu.cohesion.survey.opened or .closed (ids, count).")
  @APIResponse(
      responseCode = "200",
      description = "The survey",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = SurveyView.class)))
  @APIResponse(responseCode = "422", description = "Not a step the survey may take")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response changeStatus(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull SurveyStatusRequest body) {
    return tagged(
        Response.ok(), design.moveTo(actor.get(), id, VersionTag.version(ifMatch), body.to()));
  }

  @GET
  @Path("/results")
  @Permits(VIEW_SURVEY_RESULTS)
  @Operation(
      operationId = "getInitiativeSurveyResults",
      summary = "Aggregated answers",
      description =
          "For the town's coordinators and panel members at any count: counts, means,"
              + " distributions, approved quotes; moderators also get every free text.")
  @APIResponse(
      responseCode = "200",
      description = "The results",
      content = @Content(schema = @Schema(implementation = SurveyResultsView.class)))
  @ProblemResponses({401, 403, 404})
  public SurveyResultsView results(@PathParam("id") UUID id) {
    return SurveyResultsView.forInsiders(results.forInsiders(actor.get(), id), actor.get());
  }

  @POST
  @Path("/quotes/{quoteId}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(MODERATE_SURVEY_QUOTES)
  @Operation(
      operationId = "decideSurveyQuote",
      summary = "Approve or reject a free-text answer as a quote",
      description = "If-Match carries the quote's version from the results' moderation list.")
  @APIResponse(
      responseCode = "200",
      description = "The quote",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = SurveyResultsView.Quote.class)))
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response decide(
      @PathParam("id") UUID id,
      @PathParam("quoteId") UUID quoteId,
      @Parameter(required = true, description = "The quote's version, quoted", example = "\"0\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull QuoteDecisionRequest body) {
    SurveyQuote quote =
        moderation.decide(actor.get(), id, quoteId, VersionTag.version(ifMatch), body.approved());
    return Response.ok(
            new SurveyResultsView.Quote(
                quote.id(), quote.questionId(), quote.text(), quote.status(), quote.version()))
        .tag(VersionTag.of(quote.version()))
        .build();
  }

  private static Response tagged(Response.ResponseBuilder response, Survey survey) {
    return response.entity(SurveyView.of(survey)).tag(VersionTag.of(survey.version())).build();
  }
}
