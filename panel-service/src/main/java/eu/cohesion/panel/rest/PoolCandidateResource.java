package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.MANAGE_POOL;
import static eu.cohesion.panel.domain.PanelAction.VIEW_POOL;

import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.paging.Sorting;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.ItemPage;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.Pages;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.PoolCandidate;
import eu.cohesion.panel.service.CandidatePools;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/panels/{id}/pool/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sortition", description = "Candidate pools, quotas and draws of a panel")
@SecurityRequirement(name = "oauth2")
public class PoolCandidateResource {

  private static final String SORT = "^(createdAt|displayName|updatedAt)" + Sorting.DIRECTION + "$";

  private final CandidatePools pools;
  private final CurrentActor actor;

  PoolCandidateResource(CandidatePools pools, CurrentActor actor) {
    this.pools = pools;
    this.actor = actor;
  }

  @GET
  @Permits(VIEW_POOL)
  @Operation(
      operationId = "listCandidates",
      summary = "List a pool's candidates",
      description = "Personal data: the town's coordinators and the network admin only.")
  @ProblemResponses({400, 401, 403, 404})
  public RestResponse<ItemPage<CandidateView, PanelAction>> list(
      @PathParam("id") UUID id,
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "createdAt, displayName or updatedAt, then ,asc or ,desc")
          @QueryParam("sort")
          @DefaultValue("createdAt")
          @Pattern(
              regexp = SORT,
              message = "must be createdAt, displayName or updatedAt[,asc|,desc]")
          String sort,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    return Pages.ok(
        ItemPage.of(
            pools.list(caller, id, paging.request(sort)),
            CandidateView::of,
            PanelPermissions.TABLE,
            caller,
            MANAGE_POOL),
        uri);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(MANAGE_POOL)
  @Operation(
      operationId = "addCandidate",
      summary = "Add a candidate by hand",
      description = "population_group only with consentTextVersion (the consent is recorded now).")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      headers = @Header(name = HttpHeaders.ETAG, description = "The candidate's version"),
      content = @Content(schema = @Schema(implementation = CandidateView.class)))
  @APIResponse(responseCode = "422", description = "A field breaks a pool rule, or no consent")
  @ProblemResponses({400, 401, 403, 404})
  public Response add(@PathParam("id") UUID id, @Valid @NotNull CandidateRequest body) {
    PoolCandidate candidate = pools.add(actor.get(), id, body.toDetails());
    return Response.status(Response.Status.CREATED)
        .entity(CandidateView.of(candidate))
        .tag(VersionTag.of(candidate.version()))
        .build();
  }

  @PUT
  @Path("/{candidateId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(MANAGE_POOL)
  @Operation(operationId = "updateCandidate", summary = "Edit a candidate (replaces all fields)")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      headers = @Header(name = HttpHeaders.ETAG, description = "The candidate's new version"),
      content = @Content(schema = @Schema(implementation = CandidateView.class)))
  @APIResponse(responseCode = "422", description = "A field breaks a pool rule, or no consent")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response update(
      @PathParam("id") UUID id,
      @PathParam("candidateId") UUID candidateId,
      @Parameter(description = "ETag of the candidate as last read", example = "\"0\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull CandidateRequest body) {
    PoolCandidate candidate =
        pools.edit(actor.get(), id, candidateId, VersionTag.version(ifMatch), body.toDetails());
    return Response.ok(CandidateView.of(candidate)).tag(VersionTag.of(candidate.version())).build();
  }

  @DELETE
  @Path("/{candidateId}")
  @Permits(MANAGE_POOL)
  @Operation(operationId = "removeCandidate", summary = "Remove a candidate from the pool")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "422", description = "The candidate was drawn and is a member")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response remove(
      @PathParam("id") UUID id,
      @PathParam("candidateId") UUID candidateId,
      @Parameter(description = "ETag of the candidate as last read", example = "\"0\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    pools.remove(actor.get(), id, candidateId, VersionTag.version(ifMatch));
    return Response.noContent().build();
  }
}
