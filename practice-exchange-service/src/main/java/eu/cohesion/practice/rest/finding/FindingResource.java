package eu.cohesion.practice.rest.finding;

import static eu.cohesion.practice.domain.PracticeAction.EDIT_FINDING;
import static eu.cohesion.practice.domain.PracticeAction.PUBLISH_FINDING;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_DRAFT_FINDINGS;
import static eu.cohesion.practice.domain.PracticeAction.WITHDRAW_FINDING;
import static eu.cohesion.practice.domain.PracticeAction.WRITE_FINDING;

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
import eu.cohesion.practice.domain.finding.CommonFinding;
import eu.cohesion.practice.domain.finding.PublicationStatus;
import eu.cohesion.practice.rest.Permits;
import eu.cohesion.practice.service.finding.FindingCatalogue;
import eu.cohesion.practice.service.finding.FindingWriting;
import eu.cohesion.practice.service.finding.PublicationQuery;
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

@Path("/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Common findings",
    description = "Network-level statements backed by evidence from at least two towns")
public class FindingResource {

  private static final String SORT = "^(publishedAt|updatedAt|statement)" + Sorting.DIRECTION + "$";
  private static final String STATUS = "^(DRAFT|PUBLISHED|WITHDRAWN)$";
  private static final String STATUS_MESSAGE = "must be DRAFT, PUBLISHED or WITHDRAWN";
  private static final String ETAG = "The new version, quoted";

  private final FindingCatalogue catalogue;
  private final FindingWriting writing;
  private final CurrentActor actor;

  FindingResource(FindingCatalogue catalogue, FindingWriting writing, CurrentActor actor) {
    this.catalogue = catalogue;
    this.writing = writing;
    this.actor = actor;
  }

  @GET
  @PublicCache
  @Operation(
      operationId = "listFindings",
      summary = "List common findings",
      description =
          "Published (the default): anyone, signed in or not, optionally only those a town"
              + " proposed. DRAFT or WITHDRAWN: a network-admin (every town and the network's own"
              + " without city) or a city-coordinator for its own town's proposals.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @ProblemResponses({400, 403})
  public RestResponse<ItemPage<FindingSummary, PracticeAction>> list(
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
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "publishedAt, updatedAt or statement, then ,asc or ,desc")
          @QueryParam("sort")
          @DefaultValue("publishedAt,desc")
          @Pattern(
              regexp = SORT,
              message = "must be publishedAt, updatedAt or statement[,asc|,desc]")
          String sort,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    PublicationQuery query =
        new PublicationQuery(city, PublicationStatus.valueOf(status), paging.request(sort));
    return Pages.ok(
        ItemPage.of(
            catalogue.list(caller, query),
            finding -> FindingSummary.of(finding, caller),
            PracticePermissions.TABLE,
            caller,
            WRITE_FINDING,
            VIEW_DRAFT_FINDINGS),
        uri);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(WRITE_FINDING)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "draftFinding",
      summary = "Draft or propose a common finding",
      description =
          "A network-admin drafts for the network; a city-coordinator proposes for its own town"
              + " (proposedBy). Starts as DRAFT; announces nothing. Accepts Idempotency-Key.")
  @APIResponse(
      responseCode = "201",
      description = "Drafted",
      headers = {
        @Header(name = HttpHeaders.LOCATION, description = "URL of the new finding"),
        @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"0\"")
      },
      content = @Content(schema = @Schema(implementation = FindingDetail.class)))
  @APIResponse(
      responseCode = "422",
      description = "An SDG target outside goals 10 and 11 (classification-invalid)")
  @ProblemResponses({400, 401, 403})
  public Response draft(@Valid @NotNull FindingRequest body, @Context UriInfo uri) {
    CommonFinding finding = writing.draft(actor.get(), body.toContent());
    return Response.created(uri.getAbsolutePathBuilder().path(finding.id().toString()).build())
        .entity(detail(finding, null))
        .tag(VersionTag.of(finding.version()))
        .build();
  }

  @GET
  @Path("/{id}")
  @PublicCache
  @Operation(
      operationId = "getFinding",
      summary = "Get one common finding",
      description =
          "Published: anyone. Draft or withdrawn: a network-admin, or the coordinator of the"
              + " proposing town; to anyone else it does not exist (404). evidence shows each"
              + " citation as it stands now.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @APIResponse(
      responseCode = "200",
      description = "The finding",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"3\""),
      content = @Content(schema = @Schema(implementation = FindingDetail.class)))
  @ProblemResponses({400, 404})
  public RestResponse<FindingDetail> get(
      @PathParam("id") UUID id,
      @Parameter(
              description =
                  "Read the text in this language: translated fields in it, the others in the"
                      + " original (marked FALLBACK); without it, the original",
              example = "de")
          @QueryParam("lang")
          @Pattern(regexp = NetworkLanguages.PATTERN, message = NetworkLanguages.MESSAGE)
          String lang) {
    CommonFinding finding = catalogue.get(actor.get(), id);
    return RestResponse.ResponseBuilder.ok(detail(finding, lang))
        .tag(VersionTag.of(finding.version()))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(EDIT_FINDING)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "reviseFinding",
      summary = "Rewrite a common finding",
      description =
          "Replaces the whole content. A DRAFT: the proposing town's coordinator or a"
              + " network-admin (EDIT_FINDING). PUBLISHED: a network-admin only (REVISE_FINDING);"
              + " it stays published, so its evidence must keep meeting the rule (422"
              + " insufficient-evidence), and a change of text or evidence is its next revision,"
              + " announced as eu.cohesion.finding.revised. WITHDRAWN: 422.")
  @APIResponse(
      responseCode = "200",
      description = "The rewritten finding",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content = @Content(schema = @Schema(implementation = FindingDetail.class)))
  @APIResponse(responseCode = "422", description = "Withdrawn, or published and evidence short")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<FindingDetail> revise(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag the edit is based on", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull FindingRequest body) {
    return tagged(writing.revise(actor.get(), id, VersionTag.version(ifMatch), body.toContent()));
  }

  @PUT
  @Path("/{id}/translations/{language}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(EDIT_FINDING)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "translateFinding",
      summary = "Write a translation of a common finding",
      description =
          "Writes or rewrites the statement and explanation in one more network language, marked"
              + " with the translator's capacity and town; who may edit the finding may. 422"
              + " translation-invalid for the original language or an empty translation.")
  @APIResponse(
      responseCode = "200",
      description = "The finding with the translation",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content = @Content(schema = @Schema(implementation = FindingDetail.class)))
  @APIResponse(responseCode = "422", description = "Withdrawn, original language, or empty")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<FindingDetail> translate(
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
      @Valid @NotNull FindingTranslationRequest body) {
    CommonFinding finding =
        writing.translate(actor.get(), id, VersionTag.version(ifMatch), language, body.toText());
    return RestResponse.ResponseBuilder.ok(detail(finding, language))
        .tag(VersionTag.of(finding.version()))
        .build();
  }

  @DELETE
  @Path("/{id}/translations/{language}")
  @Permits(EDIT_FINDING)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "removeFindingTranslation",
      summary = "Remove a translation of a common finding",
      description = "404 when there is no translation into it; 422 once withdrawn.")
  @APIResponse(
      responseCode = "200",
      description = "The finding without the translation",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content = @Content(schema = @Schema(implementation = FindingDetail.class)))
  @APIResponse(responseCode = "422", description = "Withdrawn")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<FindingDetail> removeTranslation(
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
  @Permits(PUBLISH_FINDING)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "publishFinding",
      summary = "Publish a common finding",
      description =
          "A network-admin publishes a DRAFT whose evidence is published and comes from at least"
              + " two towns. Records revision 1 and announces eu.cohesion.finding.published.")
  @APIResponse(
      responseCode = "200",
      description = "The published finding",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content = @Content(schema = @Schema(implementation = FindingDetail.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "Not a draft (illegal-transition), or insufficient-evidence: field evidence, townsCited,"
              + " towns, unknownCitations and unpublishedCitations say what is missing")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<FindingDetail> publish(
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
  @Permits(WITHDRAW_FINDING)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "withdrawFinding",
      summary = "Withdraw a published common finding",
      description =
          "A network-admin takes back a PUBLISHED finding with a reason; final. Announces"
              + " eu.cohesion.finding.withdrawn.")
  @APIResponse(
      responseCode = "200",
      description = "The withdrawn finding",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content = @Content(schema = @Schema(implementation = FindingDetail.class)))
  @APIResponse(responseCode = "422", description = "Not PUBLISHED")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<FindingDetail> withdraw(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag to withdraw", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull WithdrawalRequest body) {
    return tagged(writing.withdraw(actor.get(), id, VersionTag.version(ifMatch), body.reason()));
  }

  @GET
  @Path("/{id}/revisions")
  @PublicCache
  @Operation(
      operationId = "listFindingRevisions",
      summary = "The revisions of a common finding",
      description =
          "Its text and evidence at its publication and each later edit, oldest first; empty"
              + " before publication. Whoever may read the finding (404 otherwise).")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @ProblemResponses(404)
  public List<FindingRevisionView> revisions(@PathParam("id") UUID id) {
    return catalogue.get(actor.get(), id).revisions().stream()
        .map(FindingRevisionView::of)
        .toList();
  }

  private RestResponse<FindingDetail> tagged(CommonFinding finding) {
    return RestResponse.ResponseBuilder.ok(detail(finding, null))
        .tag(VersionTag.of(finding.version()))
        .build();
  }

  private FindingDetail detail(CommonFinding finding, String lang) {
    return FindingDetail.of(finding, catalogue.evidence(finding), actor.get(), lang);
  }
}
