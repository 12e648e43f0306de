package eu.cohesion.practice.rest;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.ProblemDetail;
import eu.cohesion.kit.rest.Problems;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticeStatus;
import eu.cohesion.practice.service.PracticeCatalogue;
import eu.cohesion.practice.service.PracticeEditing;
import eu.cohesion.practice.service.PracticePublication;
import eu.cohesion.practice.service.PracticeQuery;
import eu.cohesion.practice.service.PracticeSort;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
  @PermitAll
  @Operation(
      summary = "List good practices",
      description =
          "Published practices: anyone, signed in or not (status absent or PUBLISHED). Drafts"
              + " (status=DRAFT): a city-coordinator for its own town (city absent means its own"
              + " town), a network-admin for any town or, without city, every town.")
  // Optional bearer: anonymous callers read published practices, a token unlocks drafts.
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
  @APIResponse(
      responseCode = "200",
      description = "One page of practices",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PracticeSummaryPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid paging, sort or filter",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "403",
      description = "Drafts asked for by someone who may not see that town's drafts",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public PracticeSummaryPage list(
      @Parameter(
              name = "city",
              in = ParameterIn.QUERY,
              description = "Only this town's practices",
              example = "mechelen")
          @QueryParam("city")
          @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a town code")
          String city,
      @Parameter(
              name = "status",
              in = ParameterIn.QUERY,
              description = "PUBLISHED (default) or DRAFT")
          @QueryParam("status")
          @DefaultValue("PUBLISHED")
          @Pattern(regexp = "DRAFT|PUBLISHED", message = "must be DRAFT or PUBLISHED")
          String status,
      @Valid @BeanParam PageParams paging,
      @Parameter(
              name = "sort",
              in = ParameterIn.QUERY,
              description =
                  "title, publishedAt or updatedAt, optionally followed by ,asc or ,desc;"
                      + " drafts (no publishedAt) come last",
              example = "publishedAt,desc")
          @QueryParam("sort")
          @DefaultValue("publishedAt,desc")
          @Pattern(
              regexp = "(title|publishedAt|updatedAt)(,(asc|desc))?",
              message =
                  "must be title, publishedAt or updatedAt, optionally followed by ,asc or ,desc")
          String sort) {
    String[] order = sort.split(",");
    PracticeQuery query =
        new PracticeQuery(
            city,
            PracticeStatus.valueOf(status),
            paging.page(),
            paging.size(),
            PracticeSort.ofProperty(order[0]).orElseThrow(),
            order.length > 1 && order[1].equals("desc"));
    return PracticeSummaryPage.of(catalogue.list(actor.get(), query));
  }

  @GET
  @Path("/{id}")
  @PublicCache
  @PermitAll
  @Operation(
      summary = "Get one good practice",
      description =
          "A published practice: anyone, signed in or not. A draft: the city-coordinator of its"
              + " town and network-admins; to anyone else it does not exist (404).")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
  @APIResponse(
      responseCode = "200",
      description = "The practice; ETag carries its version",
      headers =
          @Header(
              name = "ETag",
              description = "Quoted version, e.g. \"3\"",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PracticeDetail.class)))
  @APIResponse(
      responseCode = "404",
      description = "No practice with this id that the caller may see, or the id is not a UUID",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public RestResponse<PracticeDetail> get(@PathParam("id") UUID id) {
    return withETag(catalogue.get(actor.get(), id));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"city-coordinator", "network-admin"})
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Rewrite a good practice",
      description =
          "A city-coordinator for its own town's practices, a network-admin for any. Replaces the"
              + " whole text. A published practice may be edited too: it stays published, so"
              + " title, summary, context, approach and results must stay non-blank (else 422)."
              + " Requires If-Match with the current ETag.")
  @APIResponse(
      responseCode = "200",
      description = "The rewritten practice; ETag carries its new version",
      headers =
          @Header(
              name = "ETag",
              description = "Quoted version, e.g. \"4\"",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PracticeDetail.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid or unreadable body, or a malformed If-Match",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a coordinator of the practice's town nor a network admin",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "404",
      description = "No practice with this id",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "409",
      description = "If-Match names an older version: someone else changed the practice",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "422",
      description = "The edit would leave a published practice incomplete",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "428",
      description = "If-Match is missing",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public RestResponse<PracticeDetail> revise(
      @PathParam("id") UUID id,
      @Parameter(
              in = ParameterIn.HEADER,
              name = "If-Match",
              required = true,
              description =
                  "The ETag of the version the edit is based on, e.g. \"3\" (or the bare version 3)",
              example = "\"3\"")
          @HeaderParam("If-Match")
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull PracticeTextRequest body) {
    return withETag(editing.revise(actor.get(), id, VersionTag.version(ifMatch), body.toText()));
  }

  @POST
  @Path("/{id}/publish")
  @RolesAllowed({"city-coordinator", "network-admin"})
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Publish a good practice",
      description =
          "A city-coordinator for its own town's practices, a network-admin for any. Needs a"
              + " non-blank title, summary, context, approach and results; once only. Announces"
              + " eu.cohesion.practice.published on practice-events. Requires If-Match with the"
              + " current ETag.")
  @APIResponse(
      responseCode = "200",
      description = "The published practice; ETag carries its new version",
      headers =
          @Header(
              name = "ETag",
              description = "Quoted version, e.g. \"4\"",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PracticeDetail.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed If-Match",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a coordinator of the practice's town nor a network admin",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "404",
      description = "No practice with this id",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "409",
      description = "If-Match names an older version: someone else changed the practice",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "422",
      description = "Already published, or a required text is blank (the detail names which)",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "428",
      description = "If-Match is missing",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public RestResponse<PracticeDetail> publish(
      @PathParam("id") UUID id,
      @Parameter(
              in = ParameterIn.HEADER,
              name = "If-Match",
              required = true,
              description =
                  "The ETag of the version to publish, e.g. \"3\" (or the bare version 3)",
              example = "\"3\"")
          @HeaderParam("If-Match")
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    return withETag(publication.publish(actor.get(), id, VersionTag.version(ifMatch)));
  }

  private static RestResponse<PracticeDetail> withETag(GoodPractice practice) {
    return RestResponse.ResponseBuilder.ok(PracticeDetail.of(practice))
        .tag(VersionTag.of(practice.version()))
        .build();
  }
}
