package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.service.SurveyAbuseGuard;
import eu.cohesion.kit.rest.ProblemDetail;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Before an answer's body is read: a body over {@link #MAX_BODY_BYTES} is a 413, and each client
 * gets requests from a token bucket (429 with Retry-After), malformed ones included, so a flood
 * costs its sender and not the database. The client is known only by {@link
 * SurveyAbuseGuard#clientKey}, kept on the request for the use case and then forgotten.
 */
public class SurveyAnswerLimits {

  /** Six answers of at most 1,000 characters each fit several times over. */
  static final int MAX_BODY_BYTES = 16 * 1024;

  private static final Pattern ANSWER_PATH = Pattern.compile("^/public/surveys/[^/]+/responses/?$");
  private static final String CLIENT_KEY = SurveyAnswerLimits.class.getName() + ".client";
  private static final String PROBLEM = "application/problem+json";

  private final SurveyAbuseGuard guard;

  SurveyAnswerLimits(SurveyAbuseGuard guard) {
    this.guard = guard;
  }

  @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
  public Optional<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
    String path = request.getUriInfo().getPath();
    if (!HttpMethod.POST.equals(request.getMethod()) || !ANSWER_PATH.matcher(path).matches()) {
      return Optional.empty();
    }
    String clientKey = guard.clientKey(address(http));
    request.setProperty(CLIENT_KEY, clientKey);
    long retryAfter = guard.admitRequest(clientKey);
    if (retryAfter > 0) {
      return Optional.of(
          Response.status(429)
              .header(HttpHeaders.RETRY_AFTER, retryAfter)
              .type(PROBLEM)
              .entity(
                  new ProblemDetail(
                      "urn:cohesion:problem:rate-limited",
                      "Too many requests",
                      429,
                      "too many answers from this client: retry after " + retryAfter + " s",
                      path,
                      List.of()))
              .build());
    }
    if (request.getLength() > MAX_BODY_BYTES) {
      return Optional.of(
          Response.status(413)
              .type(PROBLEM)
              .entity(
                  new ProblemDetail(
                      "urn:cohesion:problem:body-too-large",
                      "Request body too large",
                      413,
                      "an answer is at most " + MAX_BODY_BYTES + " bytes",
                      path,
                      List.of()))
              .build());
    }
    return Optional.empty();
  }

  /** Set by {@link #limit} for the answering endpoint. */
  static String clientKey(ContainerRequestContext request) {
    return (String) request.getProperty(CLIENT_KEY);
  }

  private static String address(HttpServerRequest http) {
    return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
  }
}
