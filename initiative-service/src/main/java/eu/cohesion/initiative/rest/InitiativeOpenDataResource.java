package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.opendata.InitiativeOpenData;
import eu.cohesion.initiative.service.InitiativeOpenDataExport;
import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.rest.CurrentActor;
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

/** The initiative service's open data (docs/open-data.md): public facts only, CC BY 4.0. */
@Path("/open-data")
@Tag(name = "Open data", description = "Initiatives' public facts as CSV and JSON, CC BY 4.0")
@SecurityRequirementsSet({})
@SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
public class InitiativeOpenDataResource {

  static final String CSV = "text/csv; charset=utf-8";
  private static final String VERSION =
      "The dataset's version: unchanged while no initiative past its draft changes";

  private final InitiativeOpenDataExport export;
  private final CurrentActor actor;

  InitiativeOpenDataResource(InitiativeOpenDataExport export, CurrentActor actor) {
    this.export = export;
    this.actor = actor;
  }

  @GET
  @Path("/datapackage.json")
  @Produces(MediaType.APPLICATION_JSON)
  @PublicCache(maxAge = 3600)
  @Operation(
      operationId = "getInitiativeOpenDataPackage",
      summary = "Describe the initiative service's open data",
      description =
          "A Frictionless data package (tabular-data-package): licence CC BY 4.0 and, for"
              + " initiatives as CSV and JSON, the file's path, media type and Table Schema."
              + " Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "The data package descriptor",
      content = @Content(schema = @Schema(implementation = InitiativeDataPackage.class)))
  public InitiativeDataPackage dataPackage() {
    export.authorise(actor.get());
    return InitiativeDataPackage.current();
  }

  @GET
  @Path("/initiatives.csv")
  @Produces(CSV)
  @PublicCache
  @Operation(
      operationId = "exportInitiativesCsv",
      summary = "Initiatives' public facts as CSV",
      description =
          "RFC 4180 with a header row; the columns of resource initiatives-csv. Drafts left out."
              + " Streamed. Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "One row per initiative past its draft",
      headers = @Header(name = HttpHeaders.ETAG, description = VERSION),
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match version")
  public RestResponse<StreamingOutput> csv() {
    export.authorise(actor.get());
    return file(export::writeCsv, "csv");
  }

  @GET
  @Path("/initiatives.json")
  @Produces(MediaType.APPLICATION_JSON)
  @PublicCache
  @Operation(
      operationId = "exportInitiativesJson",
      summary = "Initiatives' public facts as JSON",
      description =
          "An array of objects with the fields of resource initiatives-json. Drafts left out."
              + " Streamed. Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "One object per initiative past its draft",
      headers = @Header(name = HttpHeaders.ETAG, description = VERSION),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match version")
  public RestResponse<StreamingOutput> json() {
    export.authorise(actor.get());
    return file(export::writeJson, "json");
  }

  /**
   * Tagged with the dataset's version; a 304 (If-None-Match names it) writes no body and so reads
   * no row.
   */
  private RestResponse<StreamingOutput> file(StreamingOutput body, String extension) {
    return RestResponse.ResponseBuilder.ok(body)
        .tag(new EntityTag(extension + "-" + export.version()))
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + InitiativeOpenData.INITIATIVES + "." + extension + "\"")
        .build();
  }
}
