package eu.cohesion.kit.http;

import eu.cohesion.kit.limit.RateLimitClass;
import eu.cohesion.kit.limit.RateLimitDecision;
import eu.cohesion.kit.limit.RateLimits;
import eu.cohesion.kit.rest.ProblemDetail;
import eu.cohesion.kit.rest.Problems;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every API request takes one request from its caller's quota ({@link RateLimits}) before anything
 * else runs, so a refused request reads no body and changes nothing: 429 problem+json with {@code
 * Retry-After}. Every limited response, admitted or not, carries the {@code RateLimit-Policy} and
 * {@code RateLimit} fields (draft-ietf-httpapi-ratelimit-headers-09), so clients can pace
 * themselves. The caller is the verified token's subject; a request without a valid token counts
 * against its client address (behind a proxy, set {@code quarkus.http.proxy.*} so that it is the
 * client's and not the proxy's). Health, metrics and OpenAPI routes are not JAX-RS resources and
 * stay unlimited.
 */
public class RateLimitFilter {

  static final String RATE_LIMIT = "RateLimit";
  static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
  static final String PROBLEM_TYPE = "urn:cohesion:problem:rate-limited";

  private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

  private final RateLimits limits;
  private final CurrentIdentityAssociation identities;

  RateLimitFilter(RateLimits limits, CurrentIdentityAssociation identities) {
    this.limits = limits;
    this.identities = identities;
  }

  /**
   * Before authorization and any endpoint-specific limit. On the event loop, before a blocking
   * endpoint's switch to a worker thread ({@code nonBlocking}): it only counts in memory, and the
   * public read cache, which answers there too, must not run before it.
   */
  @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 200, nonBlocking = true)
  public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
    if (!limits.enabled() || HttpMethod.OPTIONS.equals(request.getMethod())) {
      return Uni.createFrom().nullItem();
    }
    RateLimitClass limitClass = RateLimitClass.ofMethod(request.getMethod());
    String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    return identities
        .getDeferredIdentity()
        .map(identity -> callerOf(identity, address))
        // An invalid token is the endpoint's 401 to give; here it counts as anonymous.
        .onFailure()
        .recoverWithItem("addr:" + address)
        .map(
            caller -> {
              RateLimitDecision decision = limits.admit(caller, limitClass);
              request.setProperty(DECISION, decision);
              return decision.admitted() ? null : refusal(decision, request.getUriInfo().getPath());
            });
  }

  @ServerResponseFilter
  public void headers(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(DECISION) instanceof RateLimitDecision decision) {
      response.getHeaders().putSingle(RATE_LIMIT_POLICY, decision.policyHeader());
      response.getHeaders().putSingle(RATE_LIMIT, decision.rateLimitHeader());
    }
  }

  static String callerOf(SecurityIdentity identity, String address) {
    return identity == null || identity.isAnonymous()
        ? "addr:" + address
        : "sub:" + identity.getPrincipal().getName();
  }

  static Response refusal(RateLimitDecision decision, String path) {
    String detail =
        "more than "
            + decision.policy().quota()
            + " "
            + decision.policy().limitClass().policyName()
            + " requests in "
            + decision.policy().window().toSeconds()
            + " s: retry after "
            + decision.retryAfterSeconds()
            + " s";
    return Response.status(429)
        .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds())
        .header(RATE_LIMIT_POLICY, decision.policyHeader())
        .header(RATE_LIMIT, decision.rateLimitHeader())
        .type(Problems.MEDIA_TYPE)
        .entity(new ProblemDetail(PROBLEM_TYPE, "Too many requests", 429, detail, path, List.of()))
        .build();
  }
}
