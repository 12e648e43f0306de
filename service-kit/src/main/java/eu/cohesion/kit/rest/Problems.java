package eu.cohesion.kit.rest;

import eu.cohesion.kit.problem.ProblemException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds problem responses, so that every error body has the same shape and media type. */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  static Response response(ProblemType type, String detail, HttpServerRequest request) {
    return response(type, detail, request, List.of());
  }

  static Response response(
      ProblemType type, String detail, HttpServerRequest request, List<Violation> violations) {
    return build(type.uri(), type.title(), type.status(), detail, request, violations);
  }

  static Response response(ProblemException e, HttpServerRequest request) {
    if (!e.extensions().isEmpty()) {
      return withExtensions(e, request);
    }
    return build(
        ProblemType.URI_PREFIX + e.slug(),
        e.title(),
        e.status(),
        e.getMessage(),
        request,
        List.of());
  }

  /** For a refusal of the HTTP layer: its own status and reason phrase. */
  static Response response(
      ProblemType type, Response.StatusType status, HttpServerRequest request) {
    String title = type == ProblemType.HTTP ? status.getReasonPhrase() : type.title();
    return build(
        type.uri(), title, status.getStatusCode(), status.getReasonPhrase(), request, List.of());
  }

  /** The standard members first, then the problem's own (RFC 9457, section 3.2). */
  private static Response withExtensions(ProblemException e, HttpServerRequest request) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", ProblemType.URI_PREFIX + e.slug());
    body.put("title", e.title());
    body.put("status", e.status());
    body.put("detail", e.getMessage());
    body.put("instance", request.path());
    body.put("violations", List.of());
    body.putAll(e.extensions());
    return Response.status(e.status()).type(MEDIA_TYPE).entity(body).build();
  }

  private static Response build(
      String type,
      String title,
      int status,
      String detail,
      HttpServerRequest request,
      List<Violation> violations) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(new ProblemDetail(type, title, status, detail, request.path(), violations))
        .build();
  }
}
