package eu.cohesion.kit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import eu.cohesion.kit.http.Failures;
import eu.cohesion.kit.http.JsonStrings;
import eu.cohesion.kit.problem.ProblemException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become RFC 9457 problem responses. */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  /** What a 503 suggests: a database restart or fail-over takes seconds. */
  private static final int RETRY_AFTER_SECONDS = 5;

  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
    List<Violation> violations =
        e.getConstraintViolations().stream()
            .map(v -> new Violation(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
            .toList();
    String detail =
        violations.stream()
            .map(v -> v.field() + ": " + v.message())
            .collect(Collectors.joining("; "));
    return Problems.response(ProblemType.VALIDATION, detail, request, violations);
  }

  @ServerExceptionMapper
  public Response unreadable(JsonProcessingException e, HttpServerRequest request) {
    return Problems.response(ProblemType.MALFORMED_BODY, "the body is not valid JSON", request);
  }

  /** A well-formed body that does not fit the request type: unknown field, wrong type. */
  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
    String field = jsonPath(e);
    if (e instanceof UnrecognizedPropertyException) {
      return Problems.response(
          ProblemType.VALIDATION,
          "unknown field " + field,
          request,
          List.of(new Violation(field, "is not a known field")));
    }
    if (e instanceof JsonStrings.ForbiddenCharacterException) {
      return Problems.response(
          ProblemType.VALIDATION,
          field + " contains a NUL character",
          request,
          List.of(new Violation(field, "must not contain NUL characters")));
    }
    if (field.isEmpty()) {
      return Problems.response(
          ProblemType.MALFORMED_BODY, "the body does not have the expected shape", request);
    }
    return Problems.response(
        ProblemType.VALIDATION,
        field + " has the wrong type",
        request,
        List.of(new Violation(field, "has the wrong type")));
  }

  @ServerExceptionMapper({
    UnauthorizedException.class,
    AuthenticationFailedException.class,
    AuthenticationCompletionException.class
  })
  public Response unauthenticated(RuntimeException e, HttpServerRequest request) {
    return Response.fromResponse(
            Problems.response(
                ProblemType.UNAUTHENTICATED, "a valid bearer token is required", request))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, HttpServerRequest request) {
    return Problems.response(
        ProblemType.FORBIDDEN, "your roles do not allow this operation", request);
  }

  /** Refusals by the use cases: forbidden, not found, stale version, broken rule, ... */
  @ServerExceptionMapper
  public Response refused(ProblemException e, HttpServerRequest request) {
    Response response = Problems.response(e, request);
    if (e.headers().isEmpty()) {
      return response;
    }
    Response.ResponseBuilder withHeaders = Response.fromResponse(response);
    e.headers().forEach(withHeaders::header);
    return withHeaders.build();
  }

  /** Another transaction changed the row first (JPA optimistic locking). */
  @ServerExceptionMapper
  public Response concurrentChange(OptimisticLockException e, HttpServerRequest request) {
    return Problems.response(
        ProblemType.STALE_VERSION,
        "someone else changed this resource at the same time: reload and apply the change again",
        request);
  }

  /**
   * Refusals by the HTTP layer itself: unknown path, method or media type, unparsable path
   * parameter, and bodies that are not JSON at all.
   */
  @ServerExceptionMapper
  public Response http(WebApplicationException e, HttpServerRequest request) {
    if (e.getCause() instanceof JsonProcessingException) {
      return Problems.response(ProblemType.MALFORMED_BODY, "the body is not valid JSON", request);
    }
    Response.StatusType status = e.getResponse().getStatusInfo();
    return Problems.response(ProblemType.forHttpStatus(status.getStatusCode()), status, request);
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, HttpServerRequest request) {
    if (Failures.databaseUnreachable(e)) {
      LOG.warnf("database unreachable during %s %s: %s", request.method(), request.path(), e);
      return Response.fromResponse(
              Problems.response(
                  ProblemType.UNAVAILABLE,
                  "the database cannot be reached at the moment: retry later",
                  request))
          .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
          .build();
    }
    if (Failures.unstorableValue(e)) {
      return Problems.response(
          ProblemType.VALIDATION,
          "a value is too long or holds characters that cannot be stored",
          request);
    }
    if (Failures.uniqueViolation(e)) {
      return Problems.response(
          ProblemType.CONCURRENT_CONFLICT,
          "a concurrent request made a conflicting change first: reload and try again",
          request);
    }
    LOG.errorf(e, "unexpected failure of %s %s", request.method(), request.path());
    return Problems.response(
        ProblemType.INTERNAL, "the server failed to handle the request", request);
  }

  /** "create.body.name" → "name"; "list.size" → "size": callers know fields, not methods. */
  private static String field(ConstraintViolation<?> violation) {
    List<Path.Node> nodes = new ArrayList<>();
    violation.getPropertyPath().forEach(nodes::add);
    // A constraint on a list's elements (List<@Pattern String>) names the list, not "<list
    // element>".
    nodes.removeIf(
        n ->
            n.getKind() == ElementKind.METHOD
                || n.getKind() == ElementKind.CONSTRUCTOR
                || n.getKind() == ElementKind.CONTAINER_ELEMENT);
    if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
      nodes.remove(0);
    }
    return nodes.stream().map(Path.Node::getName).collect(Collectors.joining("."));
  }

  private static String jsonPath(JsonMappingException e) {
    return e.getPath().stream()
        .map(
            ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
        .collect(Collectors.joining("."));
  }
}
