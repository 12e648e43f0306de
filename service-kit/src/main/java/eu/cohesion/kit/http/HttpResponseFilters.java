package eu.cohesion.kit.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What HTTP caching means for every API response: public reads marked {@link PublicCache} may be
 * cached (everything else keeps the default {@code no-store} of {@link HttpBoundary}), and a GET
 * whose {@code If-None-Match} names the current {@code ETag} is answered 304 without a body; a 405
 * names the methods that are allowed.
 */
public class HttpResponseFilters {

  private final AllowedMethods allowedMethods;

  HttpResponseFilters(AllowedMethods allowedMethods) {
    this.allowedMethods = allowedMethods;
  }

  /** A 405 says which methods the path does accept. */
  @ServerResponseFilter
  public void allow(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() == 405 && response.getHeaderString(HttpHeaders.ALLOW) == null) {
      String allow = allowedMethods.forPath(request.getUriInfo().getPath());
      if (allow != null) {
        response.getHeaders().putSingle(HttpHeaders.ALLOW, allow);
      }
    }
  }

  @ServerResponseFilter
  public void caching(
      ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
    PublicCache cache = publicCache(resource);
    if (cache != null && response.getStatus() == 200 && isRead(request)) {
      // What a signed-in caller sees may include more than the public view: only anonymous
      // answers are shareable, and caches must keep the two apart.
      response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
      if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
        response
            .getHeaders()
            .putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=" + cache.maxAge());
      }
    }
    if (response.getStatus() == 200
        && isRead(request)
        && EntityTags.noneMatchHits(
            request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
            response.getHeaderString(HttpHeaders.ETAG))) {
      // 304 keeps the validators and caching headers, drops the representation.
      response.setStatusInfo(Response.Status.NOT_MODIFIED);
      response.setEntity(null);
      response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
    }
  }

  private static boolean isRead(ContainerRequestContext request) {
    return HttpMethod.GET.equals(request.getMethod())
        || HttpMethod.HEAD.equals(request.getMethod());
  }

  private static PublicCache publicCache(ResourceInfo resource) {
    Method method = resource == null ? null : resource.getResourceMethod();
    return method == null ? null : method.getAnnotation(PublicCache.class);
  }
}
