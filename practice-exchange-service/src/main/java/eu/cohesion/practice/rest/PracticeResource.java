package eu.cohesion.practice.rest;

import static eu.cohesion.practice.domain.PracticeAction.EDIT_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.PUBLISH_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.RETURN_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.SUBMIT_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.UNPUBLISH_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_DRAFT_PRACTICES;

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
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.PracticeStatus;
import eu.cohesion.practice.domain.ValidationStep;
import eu.cohesion.practice.service.PracticeCatalogue;
import eu.cohesion.practice.service.PracticeEditing;
import eu.cohesion.practice.service.PracticeQuery;
import eu.cohesion.practice.service.PracticeValidation;
import eu.cohesion.practice.service.follow.Following;
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

@Path("/practices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Good practices", description = "What concluded initiatives taught, for other towns")
public class PracticeResource {

  private static final String SORT = "^(title|publishedAt|updatedAt)" + Sorting.DIRECTION + "$";

  private final PracticeCatalogue catalogue;
  private final PracticeEditing editing;
  private final PracticeValidation validation;
  private final Following following;
  private final CurrentActor actor;

  PracticeResource(
      PracticeCatalogue catalogue,
      PracticeEditing editing,
      PracticeValidation validation,
      Following following,
      CurrentActor actor) {
    this.catalogue = catalogue;
    this.editing = editing;
    this.validation = validation;
    this.following = following;
    this.actor = actor;
  }

  @GET
  @PublicCache
  @Operation(
      operationId = "listPractices",
      summary = "List good practices",
      description =
          "Published: anyone, signed in or not. Any other status (DRAFT, SUBMITTED, RETURNED): a"
              + " city-coordinator for its own town (the default), a network-admin for any or,"
              + " without city, every town; status=SUBMITTED is the network-admin's validation"
              + " queue.")
  // Optional token: anonymous callers read published practices, a token unlocks drafts.
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @ProblemResponses({400, 403})
  public RestResponse<ItemPage<PracticeSummary, PracticeAction>> list(
      @Parameter(description = "Only this town's practices", example = "mechelen")
          @QueryParam("city")
          @Pattern(regexp = Params.TOWN, message = Params.TOWN_MESSAGE)
          String city,
      @Parameter(
              description = "Published (default) practices, or those in another validation status",
              schema = @Schema(implementation = PracticeStatus.class))
          @QueryParam("status")
          @DefaultValue("PUBLISHED")
          @Pattern(
              regexp = "^(DRAFT|SUBMITTED|RETURNED|PUBLISHED)$",
              message = "must be DRAFT, SUBMITTED, RETURNED or PUBLISHED")
          String status,
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "title, publishedAt or updatedAt, then ,asc or ,desc")
          @QueryParam("sort")
          @DefaultValue("publishedAt,desc")
          @Pattern(regexp = SORT, message = "must be title, publishedAt or updatedAt[,asc|,desc]")
          String sort,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    PracticeQuery query =
        new PracticeQuery(city, PracticeStatus.valueOf(status), paging.request(sort));
    return Pages.ok(
        ItemPage.of(
            catalogue.list(caller, query),
            practice -> PracticeSummary.of(practice, caller),
            PracticePermissions.TABLE,
            caller,
            VIEW_DRAFT_PRACTICES),
        uri);
  }

  @GET
  @Path("/{id}")
  @PublicCache
  @Operation(
      operationId = "getPractice",
      summary = "Get one good practice",
      description =
          "Published: anyone, signed in or not. Not published: the city-coordinator of its town"
              + " and network-admins; to anyone else it does not exist (404).")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @APIResponse(
      responseCode = "200",
      description = "The practice",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"3\""),
      content = @Content(schema = @Schema(implementation = PracticeDetail.class)))
  @ProblemResponses(404)
  public RestResponse<PracticeDetail> get(
      @PathParam("id") UUID id,
      @Parameter(
              description =
                  "Read the text in this language: translated fields in it, the others in the"
                      + " original (marked FALLBACK); without it, the original",
              example = "de")
          @QueryParam("lang")
          @Pattern(regexp = NetworkLanguages.PATTERN, message = NetworkLanguages.MESSAGE)
          String lang) {
    GoodPractice practice = catalogue.get(actor.get(), id);
    return RestResponse.ResponseBuilder.ok(detail(practice, lang))
        .tag(VersionTag.of(practice.version()))
        .build();
  }

  @PUT
  @Path("/{id}/profile")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(EDIT_PRACTICE)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "classifyPractice",
      summary = "Classify a good practice",
      description =
          "Replaces the original language, themes, target groups, SDG targets and contact role"
              + " (as who may edit the practice). Not while SUBMITTED (422 under-validation);"
              + " 422 practice-profile-invalid for an SDG target outside goals 10 and 11 or a"
              + " contact role with an e-mail address or a phone number.")
  @APIResponse(
      responseCode = "200",
      description = "The classified practice",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = PracticeDetail.class)))
  @APIResponse(responseCode = "422", description = "Submitted, or a value the domain refuses")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<PracticeDetail> classify(
      @PathParam("id") UUID id,
      @Parameter(
              required = true,
              description = "The ETag the change is based on",
              example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull PracticeProfileRequest body) {
    return tagged(editing.classify(actor.get(), id, VersionTag.version(ifMatch), body.toProfile()));
  }

  @PUT
  @Path("/{id}/translations/{language}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(EDIT_PRACTICE)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "translatePractice",
      summary = "Write a translation of a good practice",
      description =
          "Writes or rewrites the practice's text in one more network language, marked with the"
              + " translator's capacity and town. Not while SUBMITTED (422 under-validation); 422"
              + " practice-translation-invalid for the original language or an empty translation.")
  @APIResponse(
      responseCode = "200",
      description = "The practice with the translation",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = PracticeDetail.class)))
  @APIResponse(responseCode = "422", description = "Submitted, original language, or empty")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<PracticeDetail> translate(
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
      @Valid @NotNull PracticeTranslationRequest body) {
    GoodPractice practice =
        editing.translate(actor.get(), id, VersionTag.version(ifMatch), language, body.toText());
    return RestResponse.ResponseBuilder.ok(detail(practice, language))
        .tag(VersionTag.of(practice.version()))
        .build();
  }

  @DELETE
  @Path("/{id}/translations/{language}")
  @Permits(EDIT_PRACTICE)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "removePracticeTranslation",
      summary = "Remove a translation of a good practice",
      description = "Not while SUBMITTED (422); 404 when there is no translation into it.")
  @APIResponse(
      responseCode = "200",
      description = "The practice without the translation",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = PracticeDetail.class)))
  @APIResponse(responseCode = "422", description = "Submitted")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<PracticeDetail> removeTranslation(
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
        editing.removeTranslation(actor.get(), id, VersionTag.version(ifMatch), language));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(EDIT_PRACTICE)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "revisePractice",
      summary = "Rewrite a good practice",
      description =
          "Replaces the whole text. Not while SUBMITTED (422 under-validation). A published"
              + " practice stays published, so it must keep meeting the validation checklist (422"
              + " checklist-failed); a change to its text is recorded as its next revision and"
              + " announced as eu.cohesion.practice.revised.")
  @APIResponse(
      responseCode = "200",
      description = "The rewritten practice",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = PracticeDetail.class)))
  @APIResponse(
      responseCode = "422",
      description = "Submitted, or it would make a published practice fail the checklist")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<PracticeDetail> revise(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag the edit is based on", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull PracticeTextRequest body) {
    return tagged(editing.revise(actor.get(), id, VersionTag.version(ifMatch), body.toText()));
  }

  @POST
  @Path("/{id}/submit")
  @Permits(SUBMIT_PRACTICE)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "submitPractice",
      summary = "Submit a practice for validation",
      description =
          "The town's city-coordinator asks the network admin to validate a DRAFT or RETURNED"
              + " practice; it is locked until decided. Announces eu.cohesion.practice.submitted.")
  @APIResponse(
      responseCode = "200",
      description = "The submitted practice",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = PracticeDetail.class)))
  @APIResponse(responseCode = "422", description = "Not DRAFT or RETURNED")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<PracticeDetail> submit(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag to submit", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    return step(id, ifMatch, ValidationStep.SUBMITTED, null);
  }

  @POST
  @Path("/{id}/publish")
  @Permits(PUBLISH_PRACTICE)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "publishPractice",
      summary = "Validate and publish a submitted practice",
      description =
          "A network-admin publishes a SUBMITTED practice that meets the validation checklist."
              + " Records the published text as a revision and announces"
              + " eu.cohesion.practice.published on practice-events.")
  @APIResponse(
      responseCode = "200",
      description = "The published practice",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = PracticeDetail.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "Not SUBMITTED (illegal-transition), or the checklist fails (checklist-failed, naming"
              + " the failing items in failedItems)")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<PracticeDetail> publish(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag to publish", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    return step(id, ifMatch, ValidationStep.PUBLISHED, null);
  }

  @POST
  @Path("/{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(RETURN_PRACTICE)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "returnPractice",
      summary = "Return a submitted practice to its town",
      description =
          "A network-admin sends a SUBMITTED practice back with the reasons; the town edits and"
              + " submits it again. Announces eu.cohesion.practice.returned.")
  @APIResponse(
      responseCode = "200",
      description = "The returned practice",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = PracticeDetail.class)))
  @APIResponse(responseCode = "422", description = "Not SUBMITTED")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<PracticeDetail> returnToTown(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag to return", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull ReasonRequest body) {
    return step(id, ifMatch, ValidationStep.RETURNED, body.reason());
  }

  @POST
  @Path("/{id}/unpublish")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(UNPUBLISH_PRACTICE)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "unpublishPractice",
      summary = "Take a published practice off line",
      description =
          "A network-admin unpublishes a PUBLISHED practice with a reason; it returns to its town"
              + " as RETURNED and leaves the search. Announces eu.cohesion.practice.unpublished.")
  @APIResponse(
      responseCode = "200",
      description = "The unpublished practice",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = PracticeDetail.class)))
  @APIResponse(responseCode = "422", description = "Not PUBLISHED")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<PracticeDetail> unpublish(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag to unpublish", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull ReasonRequest body) {
    return step(id, ifMatch, ValidationStep.UNPUBLISHED, body.reason());
  }

  @GET
  @Path("/{id}/revisions")
  @PublicCache
  @Operation(
      operationId = "listPracticeRevisions",
      summary = "The revisions of a practice",
      description =
          "Its text at each publication and each later edit, oldest first; empty before it was"
              + " first published. Whoever may read the practice (404 otherwise).")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @ProblemResponses(404)
  public List<PracticeRevisionView> revisions(@PathParam("id") UUID id) {
    return catalogue.get(actor.get(), id).revisions().stream()
        .map(PracticeRevisionView::of)
        .toList();
  }

  private RestResponse<PracticeDetail> step(
      UUID id, String ifMatch, ValidationStep step, String reason) {
    return tagged(validation.take(actor.get(), id, VersionTag.version(ifMatch), step, reason));
  }

  private RestResponse<PracticeDetail> tagged(GoodPractice practice) {
    return RestResponse.ResponseBuilder.ok(detail(practice, null))
        .tag(VersionTag.of(practice.version()))
        .build();
  }

  private PracticeDetail detail(GoodPractice practice, String lang) {
    Actor caller = actor.get();
    return PracticeDetail.of(practice, caller, lang, following.follows(caller, practice.id()));
  }
}
