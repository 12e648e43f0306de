package eu.cohesion.panel.rest;

import eu.cohesion.kit.problem.ProblemException;
import eu.cohesion.kit.rest.Problems;
import eu.cohesion.kit.rest.Violation;
import eu.cohesion.panel.domain.InfeasibleDrawException;
import eu.cohesion.panel.domain.sortition.CsvLineIssue;
import eu.cohesion.panel.service.CsvRejectedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The two sortition refusals whose RFC 9457 problem carries more than the kit's fields: a rejected
 * CSV file lists its issues line by line, infeasible quotas name the conflicting quotas.
 */
public class SortitionProblemMappers {

  @Schema(
      name = "SortitionProblem",
      description =
          "RFC 9457 problem of the sortition endpoints: issues of a rejected CSV file, or the"
              + " quotas that conflict")
  public record SortitionProblem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      List<Violation> violations,
      @Schema(description = "Per line of a rejected CSV file (line 0: the whole file)")
          List<CsvLineIssue> issues,
      @Schema(description = "Quotas that cannot hold together") List<QuotaBody> conflicting) {}

  @ServerExceptionMapper
  public Response csvRejected(CsvRejectedException e, HttpServerRequest request) {
    return response(e, request, e.issues(), List.of());
  }

  @ServerExceptionMapper
  public Response infeasible(InfeasibleDrawException e, HttpServerRequest request) {
    return response(e, request, List.of(), e.conflicting().stream().map(QuotaBody::of).toList());
  }

  private static Response response(
      ProblemException e,
      HttpServerRequest request,
      List<CsvLineIssue> issues,
      List<QuotaBody> conflicting) {
    return Response.status(e.status())
        .type(Problems.MEDIA_TYPE)
        .entity(
            new SortitionProblem(
                "urn:cohesion:problem:" + e.slug(),
                e.title(),
                e.status(),
                e.getMessage(),
                request.path(),
                List.of(),
                issues,
                conflicting))
        .build();
  }
}
