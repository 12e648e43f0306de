package eu.cohesion.kit.readcache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.kit.http.PublicCache;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Where {@link PublicReadCache} meets the requests (with {@code cohesion.read-cache.enabled}): an
 * anonymous caller's GET of a read marked {@link PublicCache} is answered from the cache when its
 * answer is still current, after the rate limit and before anything reads the database; a JSON
 * answer that was not is kept on its way out. Every other filter still runs on a cached answer
 * (caching headers, {@code If-None-Match} → 304, rate-limit fields, request id). Anything a caller
 * with a token reads may show more than the public view and is never cached; nor are feeds, files
 * and other non-JSON answers.
 */
public class PublicReadCacheFilters {

  private static final String ADMITTED = PublicReadCacheFilters.class.getName() + ".admitted";

  /** Set per request by the other filters; a cached answer gets them afresh. */
  private static final Set<String> NOT_KEPT =
      Set.of(
          "ratelimit",
          "ratelimit-policy",
          "cache-control",
          "vary",
          "content-type",
          "content-length",
          "x-request-id");

  private final PublicReadCache cache;
  private final CurrentIdentityAssociation identities;
  private final ObjectMapper json;

  PublicReadCacheFilters(
      PublicReadCache cache, CurrentIdentityAssociation identities, ObjectMapper json) {
    this.cache = cache;
    this.identities = identities;
    this.json = json;
  }

  /**
   * After the rate limit ({@code AUTHENTICATION - 200}), before everything else, and on the event
   * loop ({@code nonBlocking}): a hit is answered without the hand-over to a worker thread that a
   * blocking endpoint takes, which cost more than the rest of the hit together (a fifth of the
   * event loop's time went to waking workers). Non-blocking filters must come before all others,
   * hence before the services' own (e.g. initiative-service's at {@code AUTHENTICATION - 100}).
   */
  @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 150, nonBlocking = true)
  public Uni<Response> serve(ContainerRequestContext request, ResourceInfo resource) {
    if (!cache.enabled() || !isPublicRead(request, resource)) {
      return Uni.createFrom().nullItem();
    }
    // Anonymous is what the identity says, not the headers: a caller is who the security layer
    // made of the request (a token, a test's identity), and a bad token is no one's public view.
    return identities
        .getDeferredIdentity()
        .map(identity -> identity.isAnonymous() ? answer(request) : null)
        .onFailure()
        .recoverWithNull();
  }

  private Response answer(ContainerRequestContext request) {
    String key = key(request);
    Optional<PublicReadCache.Entry> cached = cache.lookup(key);
    if (cached.isPresent()) {
      PublicReadCache.Entry entry = cached.get();
      Response.ResponseBuilder answer = Response.ok(entry.body(), entry.mediaType());
      entry.headers().forEach(h -> answer.header(h.getKey(), h.getValue()));
      return answer.build();
    }
    cache
        .admit()
        .ifPresent(generation -> request.setProperty(ADMITTED, new Admitted(key, generation)));
    return null;
  }

  /** Keeps a fresh JSON answer of an admitted read; runs before the other response filters. */
  @ServerResponseFilter(priority = Priorities.USER + 1_000)
  public void keep(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(ADMITTED) instanceof Admitted admitted)
        || response.getStatus() != 200
        || !isJson(response.getMediaType())
        || isRaw(response.getEntity())) {
      return;
    }
    byte[] body;
    try {
      body = json.writeValueAsBytes(response.getEntity());
    } catch (JsonProcessingException e) {
      return; // the regular writer will report it
    }
    String mediaType = response.getMediaType().toString();
    // This answer is sent as the bytes kept: a cached one is then the same, byte for byte.
    response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    response
        .getStringHeaders()
        .forEach(
            (name, values) -> {
              if (!NOT_KEPT.contains(name.toLowerCase())) {
                values.forEach(v -> headers.add(new SimpleImmutableEntry<>(name, v)));
              }
            });
    cache.store(
        admitted.key(),
        new PublicReadCache.Entry(admitted.generation(), body, mediaType, List.copyOf(headers)));
  }

  /**
   * A successful change by this replica: reads after it must not be answered from before it (the
   * database's notification would say so too, a moment later).
   */
  @ServerResponseFilter
  public void changed(ContainerRequestContext request, ContainerResponseContext response) {
    if (!isSafe(request.getMethod()) && response.getStatus() < 400) {
      cache.changed();
    }
  }

  private record Admitted(String key, long generation) {}

  private static boolean isPublicRead(ContainerRequestContext request, ResourceInfo resource) {
    Method method = resource == null ? null : resource.getResourceMethod();
    return HttpMethod.GET.equals(request.getMethod())
        && method != null
        && method.isAnnotationPresent(PublicCache.class);
  }

  /** The path and query as sent, and the two headers a representation may be chosen by. */
  static String key(ContainerRequestContext request) {
    URI uri = request.getUriInfo().getRequestUri();
    return uri.getRawPath()
        + '?'
        + (uri.getRawQuery() == null ? "" : uri.getRawQuery())
        + '\n'
        + request.getHeaderString(HttpHeaders.ACCEPT)
        + '\n'
        + request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
  }

  private static boolean isSafe(String method) {
    return HttpMethod.GET.equals(method)
        || HttpMethod.HEAD.equals(method)
        || HttpMethod.OPTIONS.equals(method);
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && !type.isWildcardType()
        && !type.isWildcardSubtype()
        && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
            || type.getSubtype().endsWith("+json"));
  }

  private static boolean isRaw(Object entity) {
    return entity == null
        || entity instanceof byte[]
        || entity instanceof CharSequence
        || entity instanceof InputStream
        || entity instanceof File
        || entity instanceof Path
        || entity instanceof StreamingOutput;
  }
}
