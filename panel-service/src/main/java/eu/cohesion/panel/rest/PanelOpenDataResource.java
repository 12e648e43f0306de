package eu.cohesion.panel.rest;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.panel.domain.opendata.PanelOpenData;
import eu.cohesion.panel.service.balance.PanelCompositionExport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
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

/** The panel service's open data (docs/open-data.md): aggregates only, CC BY 4.0. */
@Path("/open-data")
@Tag(name = "Open data", description = "The panels' composition as CSV and JSON, CC BY 4.0")
@SecurityRequirementsSet({})
@SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
public class PanelOpenDataResource {

  static final String CSV = "text/csv; charset=utf-8";
  private static final String VERSION =
      "The rows' version: unchanged while no published figure changes";

  private final PanelCompositionExport export;
  private final CurrentActor actor;

  PanelOpenDataResource(PanelCompositionExport export, CurrentActor actor) {
    this.export = export;
    this.actor = actor;
  }

  @GET
  @Path("/datapackage.json")
  @Produces(MediaType.APPLICATION_JSON)
  @PublicCache(maxAge = 3600)
  @Operation(
      operationId = "getPanelOpenDataPackage",
      summary = "Describe the panel service's open data",
      description =
          "A Frictionless data package (tabular-data-package): licence CC BY 4.0 and, for"
              + " panel-composition as CSV and JSON, the file's path, media type and Table Schema."
              + " Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "The data package descriptor",
      content = @Content(schema = @Schema(implementation = PanelDataPackage.class)))
  public PanelDataPackage dataPackage() {
    export.authorise(actor.get());
    return PanelDataPackage.current();
  }

  @GET
  @Path("/panel-composition.csv")
  @Produces(CSV)
  @PublicCache
  @Operation(
      operationId = "exportPanelCompositionCsv",
      summary = "The ACTIVE panels' composition as CSV",
      description =
          "RFC 4180 with a header row; one row per town and pillar, the columns of resource"
              + " panel-composition-csv. Counts below 5 are empty with seats_suppressed true."
              + " Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "One row per town with an ACTIVE panel and pillar",
      headers = @Header(name = HttpHeaders.ETAG, description = VERSION),
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match version")
  public RestResponse<StreamingOutput> csv() {
    List<List<Object>> rows = export.rows(actor.get());
    return file(out -> PanelCompositionExport.writeCsv(rows, out), rows, "csv");
  }

  @GET
  @Path("/panel-composition.json")
  @Produces(MediaType.APPLICATION_JSON)
  @PublicCache
  @Operation(
      operationId = "exportPanelCompositionJson",
      summary = "The ACTIVE panels' composition as JSON",
      description =
          "An array of objects with the fields of resource panel-composition-json; counts below"
              + " 5 are null with seats_suppressed true. Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "One object per town with an ACTIVE panel and pillar",
      headers = @Header(name = HttpHeaders.ETAG, description = VERSION),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match version")
  public RestResponse<StreamingOutput> json() {
    List<List<Object>> rows = export.rows(actor.get());
    return file(out -> PanelCompositionExport.writeJson(rows, out), rows, "json");
  }

  /** Tagged with the rows' version, so a matching If-None-Match is answered 304 (no body). */
  private static RestResponse<StreamingOutput> file(
      StreamingOutput body, List<List<Object>> rows, String extension) {
    return RestResponse.ResponseBuilder.ok(body)
        .tag(new EntityTag(extension + "-" + PanelCompositionExport.version(rows)))
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + PanelOpenData.PANEL_COMPOSITION + "." + extension + "\"")
        .build();
  }
}
