package eu.cohesion.practice.rest.finding;

import static eu.cohesion.practice.domain.PracticeAction.EDIT_RECOMMENDATION;
import static eu.cohesion.practice.domain.PracticeAction.ENDORSE_RECOMMENDATION;
import static eu.cohesion.practice.domain.PracticeAction.PUBLISH_RECOMMENDATION;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_DRAFT_RECOMMENDATIONS;
import static eu.cohesion.practice.domain.PracticeAction.WITHDRAW_RECOMMENDATION;
import static eu.cohesion.practice.domain.PracticeAction.WRITE_RECOMMENDATION;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.paging.Sorting;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.ItemPage;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.Pages;
import eu.cohesion.kit.rest.Params;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.vocabulary.NetworkLanguages;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.finding.Audience;
import eu.cohesion.practice.domain.finding.PublicationStatus;
import eu.cohesion.practice.domain.finding.Recommendation;
import eu.cohesion.practice.rest.Permits;
import eu.cohesion.practice.service.finding.PublicationQuery;
import eu.cohesion.practice.service.finding.RecommendationCatalogue;
import eu.cohesion.practice.service.finding.RecommendationWriting;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Recommendations",
    description = "What the network recommends to an audience, backed by common findings")
public class RecommendationResource {

  private static final String SORT = "^(publishedAt|updatedAt|title)" + Sorting.DIRECTION + "$";
  private static final String STATUS = "^(DRAFT|PUBLISHED|WITHDRAWN)$";
  private static final String STATUS_MESSAGE = "must be DRAFT, PUBLISHED or WITHDRAWN";
  private static final String AUDIENCE =
      "^(LOCAL_AUTHORITIES|NATIONAL_POLICY_MAKERS|EU_INSTITUTIONS|CIVIL_SOCIETY_ORGANISATIONS)$";
  private static final String AUDIENCE_MESSAGE =
      "must be LOCAL_AUTHORITIES, NATIONAL_POLICY_MAKERS, EU_INSTITUTIONS or"
          + " CIVIL_SOCIETY_ORGANISATIONS";
  private static final String ETAG = "The new version, quoted";

  private final RecommendationCatalogue catalogue;
  private final RecommendationWriting writing;
  private final CurrentActor actor;

  RecommendationResource(
      RecommendationCatalogue catalogue, RecommendationWriting writing, CurrentActor actor) {
    this.catalogue = catalogue;
    this.writing = writing;
    this.actor = actor;
  }

  @GET
  @PublicCache
  @Operation(
      operationId = "listRecommendations",
      summary = "List recommendations",
      description =
          "Published (the default): anyone, optionally for one audience or proposed by one town."
              + " DRAFT or WITHDRAWN: a network-admin, or a city-coordinator for its own town's"
              + " proposals.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @ProblemResponses({400, 403})
  public RestResponse<ItemPage<RecommendationSummary, PracticeAction>> list(
      @Parameter(description = "Only those this town proposed", example = "tartu")
          @QueryParam("city")
          @Pattern(regexp = Params.TOWN, message = Params.TOWN_MESSAGE)
          String city,
      @Parameter(
              description = "Published (default), or those in another status",
              schema = @Schema(implementation = PublicationStatus.class))
          @QueryParam("status")
          @DefaultValue("PUBLISHED")
          @Pattern(regexp = STATUS, message = STATUS_MESSAGE)
          String status,
      @Parameter(
              description = "Only those addressed to this audience",
              schema = @Schema(implementation = Audience.class))
          @QueryParam("audience")
          @Pattern(regexp = AUDIENCE, message = AUDIENCE_MESSAGE)
          String audience,
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "publishedAt, updatedAt or title, then ,asc or ,desc")
          @QueryParam("sort")
          @DefaultValue("publishedAt,desc")
          @Pattern(regexp = SORT, message = "must be publishedAt, updatedAt or title[,asc|,desc]")
          String sort,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    PublicationQuery query =
        new PublicationQuery(city, PublicationStatus.valueOf(status), paging.request(sort));
    return Pages.ok(
        ItemPage.of(
            catalogue.list(caller, query, audience == null ? null : Audience.valueOf(audience)),
            recommendation -> RecommendationSummary.of(recommendation, caller),
            PracticePermissions.TABLE,
            caller,
            WRITE_RECOMMENDATION,
            VIEW_DRAFT_RECOMMENDATIONS),
        uri);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(WRITE_RECOMMENDATION)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "draftRecommendation",
      summary = "Draft or propose a recommendation",
      description =
          "A network-admin drafts for the network; a city-coordinator proposes for its own town."
              + " Starts as DRAFT; announces nothing. Accepts Idempotency-Key.")
  @APIResponse(
      responseCode = "201",
      description = "Drafted",
      headers = {
        @Header(name = HttpHeaders.LOCATION, description = "URL of the new recommendation"),
        @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"0\"")
      },
      content = @Content(schema = @Schema(implementation = RecommendationDetail.class)))
  @ProblemResponses({400, 401, 403})
  public Response draft(@Valid @NotNull RecommendationRequest body, @Context UriInfo uri) {
    Recommendation recommendation = writing.draft(actor.get(), body.toContent());
    return Response.created(
            uri.getAbsolutePathBuilder().path(recommendation.id().toString()).build())
        .entity(detail(recommendation, null))
        .tag(VersionTag.of(recommendation.version()))
        .build();
  }

  @GET
  @Path("/{id}")
  @PublicCache
  @Operation(
      operationId = "getRecommendation",
      summary = "Get one recommendation",
      description =
          "Published: anyone. Draft or withdrawn: a network-admin, or the coordinator of the"
              + " proposing town; to anyone else it does not exist (404).")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @APIResponse(
      responseCode = "200",
      description = "The recommendation",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"3\""),
      content = @Content(schema = @Schema(implementation = RecommendationDetail.class)))
  @ProblemResponses({400, 404})
  public RestResponse<RecommendationDetail> get(
      @PathParam("id") UUID id,
      @Parameter(description = "Read the text in this language", example = "de")
          @QueryParam("lang")
          @Pattern(regexp = NetworkLanguages.PATTERN, message = NetworkLanguages.MESSAGE)
          String lang) {
    Recommendation recommendation = catalogue.get(actor.get(), id);
    return RestResponse.ResponseBuilder.ok(detail(recommendation, lang))
        .tag(VersionTag.of(recommendation.version()))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(EDIT_RECOMMENDATION)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "reviseRecommendation",
      summary = "Rewrite a recommendation",
      description =
          "Replaces the whole content. A DRAFT: the proposing town's coordinator or a"
              + " network-admin; PUBLISHED: a network-admin only, and its findings must still"
              + " back it (422 unbacked-recommendation). WITHDRAWN: 422.")
  @APIResponse(
      responseCode = "200",
      description = "The rewritten recommendation",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content = @Content(schema = @Schema(implementation = RecommendationDetail.class)))
  @APIResponse(responseCode = "422", description = "Withdrawn, or published and not backed")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<RecommendationDetail> revise(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag the edit is based on", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull RecommendationRequest body) {
    return tagged(writing.revise(actor.get(), id, VersionTag.version(ifMatch), body.toContent()));
  }

  @PUT
  @Path("/{id}/translations/{language}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(EDIT_RECOMMENDATION)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "translateRecommendation",
      summary = "Write a translation of a recommendation",
      description =
          "Title, summary and (all or none of) the actions in one more network language, marked"
              + " with the translator's capacity and town. 422 translation-invalid for the"
              + " original language, an empty translation or a different number of actions.")
  @APIResponse(
      responseCode = "200",
      description = "The recommendation with the translation",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content = @Content(schema = @Schema(implementation = RecommendationDetail.class)))
  @APIResponse(responseCode = "422", description = "Withdrawn, original language, or empty")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<RecommendationDetail> translate(
      @PathParam("id") UUID id,
      @Parameter(description = "The language of the translation", example = "de")
          @PathParam("language")
          @Pattern(regexp = NetworkLanguages.PATTERN, message = NetworkLanguages.MESSAGE)
          String language,
      @Parameter(
              required = true,
              description = "The ETag the change is based on",
              example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull RecommendationTranslationRequest body) {
    Recommendation recommendation =
        writing.translate(actor.get(), id, VersionTag.version(ifMatch), language, body.toText());
    return RestResponse.ResponseBuilder.ok(detail(recommendation, language))
        .tag(VersionTag.of(recommendation.version()))
        .build();
  }

  @DELETE
  @Path("/{id}/translations/{language}")
  @Permits(EDIT_RECOMMENDATION)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "removeRecommendationTranslation",
      summary = "Remove a translation of a recommendation",
      description = "404 when there is no translation into it; 422 once withdrawn.")
  @APIResponse(
      responseCode = "200",
      description = "The recommendation without the translation",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content = @Content(schema = @Schema(implementation = RecommendationDetail.class)))
  @APIResponse(responseCode = "422", description = "Withdrawn")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<RecommendationDetail> removeTranslation(
      @PathParam("id") UUID id,
      @Parameter(description = "The language of the translation", example = "de")
          @PathParam("language")
          @Pattern(regexp = NetworkLanguages.PATTERN, message = NetworkLanguages.MESSAGE)
          String language,
      @Parameter(
              required = true,
              description = "The ETag the change is based on",
              example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    return tagged(
        writing.removeTranslation(actor.get(), id, VersionTag.version(ifMatch), language));
  }

  @POST
  @Path("/{id}/publish")
  @Permits(PUBLISH_RECOMMENDATION)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "publishRecommendation",
      summary = "Publish a recommendation",
      description =
          "A network-admin publishes a DRAFT backed by published findings only, at least one."
              + " Announces eu.cohesion.recommendation.published.")
  @APIResponse(
      responseCode = "200",
      description = "The published recommendation",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content = @Content(schema = @Schema(implementation = RecommendationDetail.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "Not a draft (illegal-transition), or unbacked-recommendation: field findingIds,"
              + " unknownFindings and unpublishedFindings say what is missing")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<RecommendationDetail> publish(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag to publish", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    return tagged(writing.publish(actor.get(), id, VersionTag.version(ifMatch)));
  }

  @POST
  @Path("/{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(WITHDRAW_RECOMMENDATION)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "withdrawRecommendation",
      summary = "Withdraw a published recommendation",
      description =
          "A network-admin takes back a PUBLISHED recommendation with a reason; final. Announces"
              + " eu.cohesion.recommendation.withdrawn.")
  @APIResponse(
      responseCode = "200",
      description = "The withdrawn recommendation",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content = @Content(schema = @Schema(implementation = RecommendationDetail.class)))
  @APIResponse(responseCode = "422", description = "Not PUBLISHED")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<RecommendationDetail> withdraw(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag to withdraw", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull WithdrawalRequest body) {
    return tagged(writing.withdraw(actor.get(), id, VersionTag.version(ifMatch), body.reason()));
  }

  @PUT
  @Path("/{id}/endorsements/{city}")
  @Permits(ENDORSE_RECOMMENDATION)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "endorseRecommendation",
      summary = "Endorse a published recommendation for the caller's town",
      description =
          "The town's city-coordinator, for its own town only (403 otherwise). Idempotent:"
              + " endorsing again changes nothing, so no If-Match (the endorsement is the town's"
              + " own, apart from the recommendation's version). The first endorsement announces"
              + " eu.cohesion.recommendation.endorsed.")
  @APIResponse(
      responseCode = "200",
      description = "The recommendation with the town among its endorsers",
      content = @Content(schema = @Schema(implementation = RecommendationDetail.class)))
  @APIResponse(responseCode = "422", description = "Not PUBLISHED")
  @ProblemResponses({400, 401, 403, 404})
  public RecommendationDetail endorse(
      @PathParam("id") UUID id,
      @Parameter(description = "The endorsing town", example = "tartu")
          @PathParam("city")
          @Pattern(regexp = Params.TOWN, message = Params.TOWN_MESSAGE)
          String city) {
    writing.endorse(actor.get(), id, city);
    return detail(catalogue.get(actor.get(), id), null);
  }

  @DELETE
  @Path("/{id}/endorsements/{city}")
  @Permits(ENDORSE_RECOMMENDATION)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "withdrawEndorsement",
      summary = "Withdraw the caller's town's endorsement",
      description =
          "The town's city-coordinator, for its own town only. Idempotent; a withdrawal announces"
              + " eu.cohesion.recommendation.endorsed with endorsed false.")
  @APIResponse(
      responseCode = "200",
      description = "The recommendation without the town among its endorsers",
      content = @Content(schema = @Schema(implementation = RecommendationDetail.class)))
  @ProblemResponses({400, 401, 403, 404})
  public RecommendationDetail withdrawEndorsement(
      @PathParam("id") UUID id,
      @Parameter(description = "The endorsing town", example = "tartu")
          @PathParam("city")
          @Pattern(regexp = Params.TOWN, message = Params.TOWN_MESSAGE)
          String city) {
    writing.withdrawEndorsement(actor.get(), id, city);
    return detail(catalogue.get(actor.get(), id), null);
  }

  private RestResponse<RecommendationDetail> tagged(Recommendation recommendation) {
    return RestResponse.ResponseBuilder.ok(detail(recommendation, null))
        .tag(VersionTag.of(recommendation.version()))
        .build();
  }

  private RecommendationDetail detail(Recommendation recommendation, String lang) {
    return RecommendationDetail.of(
        recommendation, catalogue.endorsingTowns(recommendation.id()), actor.get(), lang);
  }
}
