package eu.cohesion.kit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.kit.rest.ProblemDetail;
import eu.cohesion.kit.rest.Problems;
import eu.cohesion.kit.rest.Violation;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * The first thing every request meets, before routing and body reading, for the APIs and for {@code
 * /q/*} alike: it gives the request its {@code X-Request-Id} (echoed and logged), sets the security
 * headers, makes {@code Cache-Control: no-store} the default of every response (caches keep no
 * personal data unless a read is marked {@link PublicCache}), and refuses input no endpoint can
 * mean (see {@link RequestInput}) and bodies above the size limit as problem+json — refusals that
 * would otherwise surface as 500s or as bare responses of the HTTP layer.
 */
@ApplicationScoped
public class HttpBoundary {

  /** Runs before the HTTP layer's own filters (CORS runs later and adds its headers anyway). */
  private static final int PRIORITY = 10_000;

  /** Swagger UI is a page with scripts and styles: neither its CSP nor no-store apply to it. */
  private static final String SWAGGER_UI = "/q/swagger-ui";

  /** JSON needs no scripts, styles, frames or anything else a browser could load. */
  private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

  private static final String SWAGGER_UI_CSP = "frame-ancestors 'none'";

  private final ObjectMapper json;
  private final long maxBodyBytes;

  HttpBoundary(
      ObjectMapper json,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
    this.json = json;
    this.maxBodyBytes = maxBody.asLongValue();
  }

  void register(@Observes Filters filters) {
    filters.register(this::handle, PRIORITY);
  }

  private void handle(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    HttpServerResponse response = rc.response();
    String requestId = RequestIds.acceptOrGenerate(request.getHeader(RequestIds.HEADER));
    MDC.put(RequestIds.MDC_KEY, requestId);
    rc.addEndHandler(done -> MDC.remove(RequestIds.MDC_KEY));
    response.putHeader(RequestIds.HEADER, requestId);
    boolean swaggerUi = request.path() != null && request.path().startsWith(SWAGGER_UI);
    response
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Referrer-Policy", "no-referrer")
        .putHeader("X-Frame-Options", "DENY")
        .putHeader("Content-Security-Policy", swaggerUi ? SWAGGER_UI_CSP : API_CSP);
    rc.addHeadersEndHandler(
        v -> {
          if (!swaggerUi && !response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
          }
        });

    Optional<Violation> refused =
        RequestInput.checkUri(request.path(), request.query())
            .or(() -> RequestInput.checkHeaders(request.headers()));
    if (refused.isPresent()) {
      Violation v = refused.get();
      reject(
          rc,
          400,
          "urn:cohesion:problem:validation",
          "Invalid request",
          v.field() + ": " + v.message(),
          List.of(v));
      return;
    }
    if (tooLarge(request.getHeader(HttpHeaders.CONTENT_LENGTH))) {
      reject(
          rc,
          413,
          "urn:cohesion:problem:http",
          "Request Entity Too Large",
          "the body is larger than " + maxBodyBytes + " bytes",
          List.of());
      return;
    }
    rc.next();
  }

  private boolean tooLarge(String contentLength) {
    if (contentLength == null) {
      return false;
    }
    try {
      return Long.parseLong(contentLength.trim()) > maxBodyBytes;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void reject(
      RoutingContext rc,
      int status,
      String type,
      String title,
      String detail,
      List<Violation> violations) {
    // The raw path may be what was refused: the problem names it only if it is printable.
    String instance =
        RequestInput.checkUri(rc.request().path(), null).isEmpty() ? rc.request().path() : null;
    String body;
    try {
      body =
          json.writeValueAsString(
              new ProblemDetail(type, title, status, detail, instance, violations));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    HttpServerResponse response = rc.response();
    if (status == 413) {
      // The oversized body is never read, so the connection cannot carry another request.
      response.putHeader(HttpHeaders.CONNECTION, "close");
    }
    response
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
        .end(body);
  }
}
