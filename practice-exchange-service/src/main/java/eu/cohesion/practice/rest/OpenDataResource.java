package eu.cohesion.practice.rest;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.practice.domain.opendata.OpenDataFormat;
import eu.cohesion.practice.domain.opendata.OpenDataset;
import eu.cohesion.practice.domain.opendata.OpenDatasets;
import eu.cohesion.practice.service.OpenDataExport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The open data (docs/open-data.md): the data package descriptor and each dataset as CSV and JSON,
 * streamed. Public: only published, non-personal facts.
 */
@Path("/open-data")
@Tag(
    name = "Open data",
    description =
        "Published practices, transfers, findings and recommendations as CSV and JSON, CC BY 4.0")
@SecurityRequirementsSet({})
@SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
public class OpenDataResource {

  static final String CSV = "text/csv; charset=utf-8";
  private static final String ETAG = "The open data's version: unchanged until a practice changes";

  private final OpenDataExport export;
  private final CurrentActor actor;

  OpenDataResource(OpenDataExport export, CurrentActor actor) {
    this.export = export;
    this.actor = actor;
  }

  @GET
  @Path("/datapackage.json")
  @Produces(MediaType.APPLICATION_JSON)
  @PublicCache(maxAge = 3600)
  @Operation(
      operationId = "getOpenDataPackage",
      summary = "Describe the open data",
      description =
          "A Frictionless data package (tabular-data-package): licence CC BY 4.0 and, for each"
              + " dataset and format, the file's path, media type and Table Schema (fields,"
              + " types, descriptions, primary key). Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "The data package descriptor",
      content = @Content(schema = @Schema(implementation = DataPackageDescriptor.class)))
  public DataPackageDescriptor dataPackage() {
    export.authorise(actor.get());
    return DataPackageDescriptor.of(OpenDatasets.ALL);
  }

  @GET
  @Path("/practices.csv")
  @Produces(CSV)
  @PublicCache
  @Operation(
      operationId = "exportPracticesCsv",
      summary = "Published practices as CSV",
      description =
          "RFC 4180 with a header row; the columns of resource practices-csv of the data"
              + " package. Streamed. Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "Every published practice",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match version")
  public RestResponse<StreamingOutput> practicesCsv() {
    return stream(OpenDatasets.PRACTICES, OpenDataFormat.CSV);
  }

  @GET
  @Path("/practices.json")
  @Produces(MediaType.APPLICATION_JSON)
  @PublicCache
  @Operation(
      operationId = "exportPracticesJson",
      summary = "Published practices as JSON",
      description =
          "An array of objects with the fields of resource practices-json of the data package."
              + " Streamed. Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "Every published practice",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match version")
  public RestResponse<StreamingOutput> practicesJson() {
    return stream(OpenDatasets.PRACTICES, OpenDataFormat.JSON);
  }

  @GET
  @Path("/towns.csv")
  @Produces(CSV)
  @PublicCache
  @Operation(
      operationId = "exportTownsCsv",
      summary = "Towns and their published practices as CSV",
      description =
          "RFC 4180 with a header row; the columns of resource towns-csv of the data package."
              + " Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "One row per town with published practices",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match version")
  public RestResponse<StreamingOutput> townsCsv() {
    return stream(OpenDatasets.TOWNS, OpenDataFormat.CSV);
  }

  @GET
  @Path("/towns.json")
  @Produces(MediaType.APPLICATION_JSON)
  @PublicCache
  @Operation(
      operationId = "exportTownsJson",
      summary = "Towns and their published practices as JSON",
      description =
          "An array of objects with the fields of resource towns-json of the data package."
              + " Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "One object per town with published practices",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match version")
  public RestResponse<StreamingOutput> townsJson() {
    return stream(OpenDatasets.TOWNS, OpenDataFormat.JSON);
  }

  @GET
  @Path("/transfers.csv")
  @Produces(CSV)
  @PublicCache
  @Operation(
      operationId = "exportTransfersCsv",
      summary = "Transfers of published practices as CSV",
      description =
          "RFC 4180 with a header row; the columns of resource transfers-csv of the data"
              + " package. Streamed. Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "One row per transfer of a published practice",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match version")
  public RestResponse<StreamingOutput> transfersCsv() {
    return stream(OpenDatasets.TRANSFERS, OpenDataFormat.CSV);
  }

  @GET
  @Path("/transfers.json")
  @Produces(MediaType.APPLICATION_JSON)
  @PublicCache
  @Operation(
      operationId = "exportTransfersJson",
      summary = "Transfers of published practices as JSON",
      description =
          "An array of objects with the fields of resource transfers-json of the data package."
              + " Streamed. Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "One object per transfer of a published practice",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match version")
  public RestResponse<StreamingOutput> transfersJson() {
    return stream(OpenDatasets.TRANSFERS, OpenDataFormat.JSON);
  }

  @GET
  @Path("/findings.csv")
  @Produces(CSV)
  @PublicCache
  @Operation(
      operationId = "exportFindingsCsv",
      summary = "Published findings as CSV",
      description =
          "RFC 4180 with a header row; the columns of resource findings-csv of the data"
              + " package, arrays as JSON text. Streamed. Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "One row per published common finding",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match version")
  public RestResponse<StreamingOutput> findingsCsv() {
    return stream(OpenDatasets.FINDINGS, OpenDataFormat.CSV);
  }

  @GET
  @Path("/findings.json")
  @Produces(MediaType.APPLICATION_JSON)
  @PublicCache
  @Operation(
      operationId = "exportFindingsJson",
      summary = "Published findings as JSON",
      description =
          "An array of objects with the fields of resource findings-json of the data package."
              + " Streamed. Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "One object per published common finding",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match version")
  public RestResponse<StreamingOutput> findingsJson() {
    return stream(OpenDatasets.FINDINGS, OpenDataFormat.JSON);
  }

  @GET
  @Path("/recommendations.csv")
  @Produces(CSV)
  @PublicCache
  @Operation(
      operationId = "exportRecommendationsCsv",
      summary = "Published recommendations as CSV",
      description =
          "RFC 4180 with a header row; the columns of resource recommendations-csv of the data"
              + " package, arrays as JSON text. Streamed. Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "One row per published recommendation",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match version")
  public RestResponse<StreamingOutput> recommendationsCsv() {
    return stream(OpenDatasets.RECOMMENDATIONS, OpenDataFormat.CSV);
  }

  @GET
  @Path("/recommendations.json")
  @Produces(MediaType.APPLICATION_JSON)
  @PublicCache
  @Operation(
      operationId = "exportRecommendationsJson",
      summary = "Published recommendations as JSON",
      description =
          "An array of objects with the fields of resource recommendations-json of the data package."
              + " Streamed. Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "One object per published recommendation",
      headers = @Header(name = HttpHeaders.ETAG, description = ETAG),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match version")
  public RestResponse<StreamingOutput> recommendationsJson() {
    return stream(OpenDatasets.RECOMMENDATIONS, OpenDataFormat.JSON);
  }

  /**
   * The rows are read while the body is written; a 304 (If-None-Match names this version) writes no
   * body and so reads nothing.
   */
  private RestResponse<StreamingOutput> stream(OpenDataset dataset, OpenDataFormat format) {
    export.authorise(actor.get());
    StreamingOutput body = out -> export.write(dataset, format, out);
    return RestResponse.ResponseBuilder.ok(body)
        .tag(new EntityTag(dataset.name() + "-" + export.fingerprint()))
        .header("Content-Disposition", "attachment; filename=\"" + dataset.path(format) + "\"")
        .build();
  }
}
