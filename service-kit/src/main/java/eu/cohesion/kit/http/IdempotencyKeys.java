package eu.cohesion.kit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.kit.http.IdempotencyStore.Claim;
import eu.cohesion.kit.http.IdempotencyStore.InFlight;
import eu.cohesion.kit.http.IdempotencyStore.Mismatch;
import eu.cohesion.kit.http.IdempotencyStore.Replay;
import eu.cohesion.kit.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} on every POST: a client that did not get the answer to a create may send
 * the same request with the same key again and gets the first answer (status, {@code Location},
 * {@code ETag}, body) instead of a second resource. The key belongs to the caller; reusing it for a
 * different request is a 422, and a retry while the first is still running a 409. Only a successful
 * first answer is kept: after a refusal the key is free again for the corrected request. Keys
 * expire after {@code cohesion.idempotency.retention}.
 *
 * <p>The filters run on the worker thread of the (blocking) resource method, after the security
 * checks, so only a caller allowed to create claims a key.
 */
public class IdempotencyKeys {

  private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);

  public static final String HEADER = "Idempotency-Key";

  /** Marks a replayed answer, so a client can tell it from the first one. */
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  /** Printable ASCII without spaces: a UUID, a ULID or any client-made token. */
  public static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7e]{1,255}");

  private static final String CLAIMED = IdempotencyKeys.class.getName() + ".claimed";

  private record Claimed(String caller, String key) {}

  private final IdempotencyStore store;
  private final SecurityIdentity identity;
  private final ObjectMapper json;

  IdempotencyKeys(IdempotencyStore store, SecurityIdentity identity, ObjectMapper json) {
    this.store = store;
    this.identity = identity;
    this.json = json;
  }

  @ServerRequestFilter
  public Optional<Response> claim(ContainerRequestContext request) {
    String key = request.getHeaderString(HEADER);
    if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
      return Optional.empty();
    }
    if (!WELL_FORMED.matcher(key).matches()) {
      throw new ProblemException(
          400,
          "validation",
          "Invalid request",
          HEADER + ": must be 1 to 255 printable ASCII characters without spaces, e.g. a UUID");
    }
    byte[] body = readBody(request);
    String caller = identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    String path = request.getUriInfo().getPath();
    Claim claim = store.claim(caller, key, request.getMethod(), path, sha256(body));
    if (claim instanceof Replay replay) {
      return Optional.of(replay(replay));
    }
    if (claim instanceof Mismatch) {
      throw new ProblemException(
          422,
          "idempotency-key-reused",
          "Idempotency key reused",
          "this "
              + HEADER
              + " was already used for a different request: send a new key for a new request");
    }
    if (claim instanceof InFlight) {
      throw new ProblemException(
          409,
          "idempotency-key-in-flight",
          "Request still in progress",
          "the first request with this " + HEADER + " is still being handled: retry later");
    }
    request.setProperty(CLAIMED, new Claimed(caller, key));
    return Optional.empty();
  }

  @ServerResponseFilter
  public void record(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(CLAIMED) instanceof Claimed claimed)) {
      return;
    }
    request.removeProperty(CLAIMED);
    try {
      if (response.getStatus() / 100 != 2) {
        store.release(claimed.caller(), claimed.key());
        return;
      }
      store.complete(
          claimed.caller(),
          claimed.key(),
          new Replay(
              response.getStatus(),
              response.getMediaType() == null ? null : response.getMediaType().toString(),
              response.getHeaderString(HttpHeaders.LOCATION),
              response.getHeaderString(HttpHeaders.ETAG),
              body(response.getEntity())));
    } catch (RuntimeException e) {
      if (!Failures.databaseUnreachable(e)) {
        throw e;
      }
      // The database went down during the request (often the reason it failed): the answer
      // stands, a 503 stays a 503 and a 201 a 201, never a bare 500 from this filter. The claim
      // is free once abandoned-after has passed; a retry meanwhile is told the key is in flight.
      LOG.warnf(
          "could not record %s after a %d: the database is unreachable (%s)",
          HEADER, response.getStatus(), e);
    }
  }

  private static Response replay(Replay replay) {
    Response.ResponseBuilder answer =
        Response.status(replay.status()).header(REPLAYED_HEADER, "true");
    if (replay.location() != null) {
      answer.header(HttpHeaders.LOCATION, replay.location());
    }
    if (replay.etag() != null) {
      answer.header(HttpHeaders.ETAG, replay.etag());
    }
    if (replay.body() != null) {
      answer.entity(replay.body()).type(replay.type());
    }
    return answer.build();
  }

  private String body(Object entity) {
    if (entity == null) {
      return null;
    }
    try {
      return entity instanceof String text ? text : json.writeValueAsString(entity);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot keep the response for an idempotent replay", e);
    }
  }

  /** Reads the body to hash it and puts it back for the resource method. */
  private static byte[] readBody(ContainerRequestContext request) {
    try {
      byte[] body = request.getEntityStream().readAllBytes();
      request.setEntityStream(new ByteArrayInputStream(body));
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
