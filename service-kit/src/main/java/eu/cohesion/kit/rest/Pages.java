package eu.cohesion.kit.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** A list's response: its page, with RFC 8288 {@code Link} headers to the neighbouring pages. */
public final class Pages {

  private Pages() {}

  /** 200 with {@code Link} rel first and last, and prev and next where they exist. */
  public static <T, A extends Enum<A>> RestResponse<ItemPage<T, A>> ok(
      ItemPage<T, A> page, UriInfo uri) {
    List<Link> links = new ArrayList<>();
    int last = Math.max(page.totalPages() - 1, 0);
    links.add(link(uri, 0, "first"));
    if (page.page() > 0) {
      links.add(link(uri, Math.min(page.page() - 1, last), "prev"));
    }
    if (page.page() < last) {
      links.add(link(uri, page.page() + 1, "next"));
    }
    links.add(link(uri, last, "last"));
    // One header, its links comma-separated (RFC 8288), which every client library reads.
    String header = String.join(", ", links.stream().map(Link::toString).toList());
    return RestResponse.ResponseBuilder.ok(page).header(HttpHeaders.LINK, header).build();
  }

  private static Link link(UriInfo uri, int page, String rel) {
    return Link.fromUri(uri.getRequestUriBuilder().replaceQueryParam("page", page).build())
        .rel(rel)
        .build();
  }
}
