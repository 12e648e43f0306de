package eu.cohesion.practice.rest;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.vocabulary.NetworkLanguages;
import eu.cohesion.practice.service.report.NetworkReport;
import eu.cohesion.practice.service.report.NetworkReport.Format;
import eu.cohesion.practice.service.report.NetworkReport.Rendered;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

/**
 * The printable report of the network (docs/report.md), as PDF and as HTML. Public: published,
 * non-personal data and the panels' public aggregates only.
 */
@Path("/reports")
@Tag(
    name = "Network report",
    description =
        "The network's panels, results, published findings and recommendations, printable, in"
            + " any of the network's languages")
@SecurityRequirementsSet({})
@SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
public class ReportResource {

  static final String PDF = "application/pdf";
  static final String HTML = "text/html; charset=utf-8";
  private static final String ETAG =
      "The report's version: unchanged until a publication or a peer's figures change";
  private static final String LANGUAGE = "The report's language";
  private static final String LANG =
      "The report's language, one of the network's; texts not translated into it are printed in"
          + " their original language, marked with that language";

  private final NetworkReport report;
  private final CurrentActor actor;

  ReportResource(NetworkReport report, CurrentActor actor) {
    this.report = report;
    this.actor = actor;
  }

  @GET
  @Path("/network.pdf")
  @Produces(PDF)
  @PublicCache
  @Operation(
      operationId = "getNetworkReportPdf",
      summary = "The network report as PDF",
      description =
          "A tagged PDF (PDF/UA, PDF/A-3a) with its fonts embedded: the network and each town's"
              + " panel as panel-service publishes them (counts below 5 withheld), each town's"
              + " results, every published finding with its evidence and every published"
              + " recommendation per audience with its endorsing towns. A section whose peer"
              + " service does not answer says its figures are not available. Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      headers = {
        @Header(name = HttpHeaders.ETAG, description = ETAG),
        @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = LANGUAGE)
      },
      content =
          @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match version")
  @ProblemResponses({400})
  public RestResponse<byte[]> pdf(
      @Parameter(description = LANG, example = "de")
          @QueryParam("lang")
          @DefaultValue(NetworkLanguages.WORKING_LANGUAGE)
          @Pattern(regexp = NetworkLanguages.PATTERN, message = NetworkLanguages.MESSAGE)
          String lang) {
    return respond(report.get(actor.get(), lang, Format.PDF), "pdf");
  }

  @GET
  @Path("/network.html")
  @Produces(HTML)
  @PublicCache
  @Operation(
      operationId = "getNetworkReportHtml",
      summary = "The network report as HTML",
      description =
          "The same report as a printable HTML page (print CSS: a page per section). Anyone.")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      headers = {
        @Header(name = HttpHeaders.ETAG, description = ETAG),
        @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = LANGUAGE)
      },
      content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match version")
  @ProblemResponses({400})
  public RestResponse<byte[]> html(
      @Parameter(description = LANG, example = "de")
          @QueryParam("lang")
          @DefaultValue(NetworkLanguages.WORKING_LANGUAGE)
          @Pattern(regexp = NetworkLanguages.PATTERN, message = NetworkLanguages.MESSAGE)
          String lang) {
    return respond(report.get(actor.get(), lang, Format.HTML), "html");
  }

  private static RestResponse<byte[]> respond(Rendered rendered, String extension) {
    return RestResponse.ResponseBuilder.ok(rendered.body())
        .tag(new EntityTag(rendered.tag()))
        .header(HttpHeaders.CONTENT_LANGUAGE, rendered.lang())
        .header(
            "Content-Disposition",
            "inline; filename=\"cohesion-network-report-"
                + rendered.lang()
                + "."
                + extension
                + "\"")
        .build();
  }
}
