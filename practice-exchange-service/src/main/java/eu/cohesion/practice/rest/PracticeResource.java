package eu.cohesion.practice.rest;

import static eu.cohesion.practice.domain.PracticeAction.EDIT_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.PUBLISH_PRACTICE;
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
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.PracticeStatus;
import eu.cohesion.practice.service.PracticeCatalogue;
import eu.cohesion.practice.service.PracticeEditing;
import eu.cohesion.practice.service.PracticePublication;
import eu.cohesion.practice.service.PracticeQuery;
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

@Path("/practices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Good practices", description = "What concluded initiatives taught, for other towns")
public class PracticeResource {

  private static final String SORT = "^(title|publishedAt|updatedAt)" + Sorting.DIRECTION + "$";

  private final PracticeCatalogue catalogue;
  private final PracticeEditing editing;
  private final PracticePublication publication;
  private final CurrentActor actor;

  PracticeResource(
      PracticeCatalogue catalogue,
      PracticeEditing editing,
      PracticePublication publication,
      CurrentActor actor) {
    this.catalogue = catalogue;
    this.editing = editing;
    this.publication = publication;
    this.actor = actor;
  }

  @GET
  @PublicCache
  @Operation(
      operationId = "listPractices",
      summary = "List good practices",
      description =
          "Published: anyone, signed in or not. Drafts (status=DRAFT): a city-coordinator for its"
              + " own town (the default), a network-admin for any or, without city, every town.")
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
              description = "Published (default) or draft practices",
              schema = @Schema(implementation = PracticeStatus.class))
          @QueryParam("status")
          @DefaultValue("PUBLISHED")
          @Pattern(regexp = "^(DRAFT|PUBLISHED)$", message = "must be DRAFT or PUBLISHED")
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
          "Published: anyone, signed in or not. A draft: the city-coordinator of its town and"
              + " network-admins; to anyone else it does not exist (404).")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @APIResponse(
      responseCode = "200",
      description = "The practice",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"3\""),
      content = @Content(schema = @Schema(implementation = PracticeDetail.class)))
  @ProblemResponses(404)
  public RestResponse<PracticeDetail> get(@PathParam("id") UUID id) {
    return tagged(catalogue.get(actor.get(), id));
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
          "Replaces the whole text. A published practice stays published, so title, summary,"
              + " context, approach and results must stay non-blank.")
  @APIResponse(
      responseCode = "200",
      description = "The rewritten practice",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = PracticeDetail.class)))
  @APIResponse(responseCode = "422", description = "It would leave a published practice incomplete")
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
  @Path("/{id}/publish")
  @Permits(PUBLISH_PRACTICE)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "publishPractice",
      summary = "Publish a good practice",
      description =
          "Once, with a non-blank title, summary, context, approach and results. Announces"
              + " eu.cohesion.practice.published on practice-events.")
  @APIResponse(
      responseCode = "200",
      description = "The published practice",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = PracticeDetail.class)))
  @APIResponse(responseCode = "422", description = "Already published, or a required text blank")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<PracticeDetail> publish(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag to publish", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    return tagged(publication.publish(actor.get(), id, VersionTag.version(ifMatch)));
  }

  private RestResponse<PracticeDetail> tagged(GoodPractice practice) {
    return RestResponse.ResponseBuilder.ok(PracticeDetail.of(practice, actor.get()))
        .tag(VersionTag.of(practice.version()))
        .build();
  }
}
