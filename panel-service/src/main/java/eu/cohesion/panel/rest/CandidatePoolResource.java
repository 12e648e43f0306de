package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.IMPORT_POOL;
import static eu.cohesion.panel.domain.PanelAction.MANAGE_POOL;
import static eu.cohesion.panel.domain.PanelAction.VIEW_POOL;

import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.service.CandidatePools;
import eu.cohesion.panel.service.CandidatePools.PoolState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/panels/{id}/pool")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sortition", description = "Candidate pools, quotas and draws of a panel")
@SecurityRequirement(name = "oauth2")
public class CandidatePoolResource {

  static final String CSV = "text/csv";
  static final String CSV_LIMIT =
      " The body is the file as text/csv, UTF-8 (a BOM is allowed), at most 1 MiB (413 above);"
          + " the file is taken whole or not at all: a rejected file is a 422 whose issues list"
          + " every problem by line, and nothing is imported.";

  private final CandidatePools pools;
  private final CurrentActor actor;

  CandidatePoolResource(CandidatePools pools, CurrentActor actor) {
    this.pools = pools;
    this.actor = actor;
  }

  @GET
  @Permits(VIEW_POOL)
  @Operation(
      operationId = "getCandidatePool",
      summary = "Get a panel's candidate pool",
      description =
          "Seats, household rule, quotas and the number of candidates. A pool never changed is"
              + " empty, version 0.")
  @APIResponse(
      responseCode = "200",
      description = "The pool",
      headers = @Header(name = HttpHeaders.ETAG, description = "The pool's version"),
      content = @Content(schema = @Schema(implementation = PoolView.class)))
  @ProblemResponses({401, 403, 404})
  public Response get(@PathParam("id") UUID id) {
    Actor caller = actor.get();
    return ok(pools.get(caller, id), caller);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(MANAGE_POOL)
  @Operation(
      operationId = "configureCandidatePool",
      summary = "Set seats, household rule and quotas",
      description = "Replaces them all; If-Match names the pool's version.")
  @APIResponse(
      responseCode = "200",
      description = "The changed pool",
      headers = @Header(name = HttpHeaders.ETAG, description = "The pool's new version"),
      content = @Content(schema = @Schema(implementation = PoolView.class)))
  @APIResponse(responseCode = "422", description = "A quota or setting breaks a pool rule")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response configure(
      @PathParam("id") UUID id,
      @Parameter(description = "ETag of the pool as last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull PoolSettingsRequest body) {
    Actor caller = actor.get();
    return ok(pools.configure(caller, id, VersionTag.version(ifMatch), body.toSettings()), caller);
  }

  @GET
  @Path("/quotas.csv")
  @Produces(CSV)
  @Permits(VIEW_POOL)
  @Operation(
      operationId = "exportQuotas",
      summary = "Export the quotas as a features CSV",
      description = "Header feature,value,min,max, as the Sortition Foundation's tools read it.")
  @APIResponse(
      responseCode = "200",
      description = "The features CSV",
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  @ProblemResponses({401, 403, 404})
  public Response exportQuotas(@PathParam("id") UUID id) {
    return csv(pools.exportQuotas(actor.get(), id), "quotas.csv");
  }

  @PUT
  @Path("/quotas.csv")
  @Consumes(CSV)
  @Permits(IMPORT_POOL)
  @Operation(
      operationId = "importQuotas",
      summary = "Replace the quotas from a features CSV",
      description =
          "Header feature,value,min,max (the legacy category,name,min,max too); seats and the"
              + " household rule stay."
              + CSV_LIMIT)
  @RequestBody(
      required = true,
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "200",
      description = "The changed pool",
      headers = @Header(name = HttpHeaders.ETAG, description = "The pool's new version"),
      content = @Content(schema = @Schema(implementation = PoolView.class)))
  @APIResponse(
      responseCode = "422",
      description = "The file was rejected; issues name each problem by line",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = SortitionProblem.class)))
  @ProblemResponses({400, 401, 403, 404, 412, 413, 428})
  public Response importQuotas(
      @PathParam("id") UUID id,
      @Parameter(description = "ETag of the pool as last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      byte[] file) {
    Actor caller = actor.get();
    return ok(pools.importQuotas(caller, id, VersionTag.version(ifMatch), bytes(file)), caller);
  }

  @GET
  @Path("/candidates.csv")
  @Produces(CSV)
  @Permits(VIEW_POOL)
  @Operation(
      operationId = "exportCandidates",
      summary = "Export the pool as a candidates CSV",
      description =
          "Personal data. Columns id (the candidate id draw audits name), external_id, name,"
              + " email, phone, the address columns, one column per feature,"
              + " consent_text_version. Cells a spreadsheet would evaluate are written after a '.")
  @APIResponse(
      responseCode = "200",
      description = "The candidates CSV",
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  @ProblemResponses({401, 403, 404})
  public Response exportCandidates(@PathParam("id") UUID id) {
    return csv(pools.exportCandidates(actor.get(), id), "candidates.csv");
  }

  @PUT
  @Path("/candidates.csv")
  @Consumes(CSV)
  @Permits(IMPORT_POOL)
  @Operation(
      operationId = "importCandidates",
      summary = "Replace the pool's candidates from a candidates CSV",
      description =
          "The Sortition Foundation's candidates file: id, name (or first_name and last_name),"
              + " optional email, phone, address columns (address1, postcode, primary_address1,"
              + " …), population_group with consent_text_version, and one column per feature,"
              + " category (a stakeholder category) required. Candidates a confirmed draw made"
              + " members stay."
              + CSV_LIMIT)
  @RequestBody(
      required = true,
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "200",
      description = "The changed pool",
      headers = @Header(name = HttpHeaders.ETAG, description = "The pool's new version"),
      content = @Content(schema = @Schema(implementation = PoolView.class)))
  @APIResponse(
      responseCode = "422",
      description = "The file was rejected; issues name each problem by line",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = SortitionProblem.class)))
  @ProblemResponses({400, 401, 403, 404, 412, 413, 428})
  public Response importCandidates(
      @PathParam("id") UUID id,
      @Parameter(description = "ETag of the pool as last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      byte[] file) {
    Actor caller = actor.get();
    return ok(pools.importCandidates(caller, id, VersionTag.version(ifMatch), bytes(file)), caller);
  }

  private static byte[] bytes(byte[] file) {
    return file == null ? new byte[0] : file;
  }

  private static Response ok(PoolState state, Actor caller) {
    return Response.ok(PoolView.of(state, caller))
        .tag(VersionTag.of(state.pool().version()))
        .build();
  }

  private static Response csv(String body, String name) {
    return Response.ok(body, CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
