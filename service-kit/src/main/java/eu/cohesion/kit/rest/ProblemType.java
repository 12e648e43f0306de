package eu.cohesion.kit.rest;

import jakarta.ws.rs.core.Response.Status;

/** The problems every service reports the same way, each with its status and stable type. */
enum ProblemType {
  VALIDATION(Status.BAD_REQUEST, "validation", "Invalid request"),
  MALFORMED_BODY(Status.BAD_REQUEST, "malformed-body", "Unreadable request body"),
  UNAUTHENTICATED(Status.UNAUTHORIZED, "unauthenticated", "Authentication required"),
  FORBIDDEN(Status.FORBIDDEN, "forbidden", "Not allowed"),
  NOT_FOUND(Status.NOT_FOUND, "not-found", "Not found"),
  STALE_VERSION(Status.PRECONDITION_FAILED, "stale-version", "Changed by someone else"),
  /** A concurrent request took a unique value first: repeating the request shows why it fails. */
  CONCURRENT_CONFLICT(Status.CONFLICT, "concurrent-conflict", "Conflicting concurrent change"),
  /** Any other 4xx of the HTTP layer (405, 406, 415, ...): status and title come from it. */
  HTTP(Status.BAD_REQUEST, "http", "Request not accepted"),
  INTERNAL(Status.INTERNAL_SERVER_ERROR, "internal", "Internal error"),
  /** A dependency (the database) is down: the client should retry after {@code Retry-After}. */
  UNAVAILABLE(Status.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable");

  static final String URI_PREFIX = "urn:cohesion:problem:";

  private final int status;
  private final String uri;
  private final String title;

  ProblemType(Status status, String slug, String title) {
    this.status = status.getStatusCode();
    this.uri = URI_PREFIX + slug;
    this.title = title;
  }

  /** Refusals of the HTTP layer keep their status; the common ones get their own type. */
  static ProblemType forHttpStatus(int status) {
    return switch (status) {
      case 401 -> UNAUTHENTICATED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      default -> status >= 500 ? INTERNAL : HTTP;
    };
  }

  int status() {
    return status;
  }

  String uri() {
    return uri;
  }

  String title() {
    return title;
  }
}
