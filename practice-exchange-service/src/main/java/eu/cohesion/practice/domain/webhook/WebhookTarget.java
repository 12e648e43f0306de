package eu.cohesion.practice.domain.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a webhook may point: an absolute https URL on a public host. Plain http is accepted only to
 * this machine (127.0.0.1, localhost, ::1) and only where {@code loopbackAllowed} (dev, tests, the
 * local demo). Addresses of private networks, link-local, loopback (unless allowed) and unspecified
 * addresses are refused both as written and, at delivery, as the host name resolves (so a name that
 * later points inside the network is not called).
 */
public final class WebhookTarget {

  public static final int MAX_LENGTH = 2000;

  private WebhookTarget() {}

  /** The URL as stored: 422 naming the rule it breaks. */
  public static String check(String url, boolean loopbackAllowed) {
    if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
      throw WebhookRuleException.target("url: an absolute URL of at most " + MAX_LENGTH + " chars");
    }
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw WebhookRuleException.target("url: not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw WebhookRuleException.target("url: an absolute https URL with a host");
    }
    if (uri.getUserInfo() != null) {
      throw WebhookRuleException.target("url: no user name or password in the URL");
    }
    if (uri.getFragment() != null) {
      throw WebhookRuleException.target("url: no fragment");
    }
    boolean loopback = isLoopbackName(host);
    if (scheme.equals("http") && !(loopback && loopbackAllowed)) {
      throw WebhookRuleException.target(
          "url: https only (plain http is accepted for 127.0.0.1 or localhost in development)");
    }
    if (loopback && !loopbackAllowed) {
      throw WebhookRuleException.target("url: this machine is no webhook target");
    }
    if (!loopback && isLiteralAddress(host)) {
      InetAddress address = literal(host);
      if (!isPublic(address)) {
        throw WebhookRuleException.target("url: " + host + " is a private-network address");
      }
    }
    return uri.toString();
  }

  /** Whether a resolved address may be called: public, or loopback where that is allowed. */
  public static boolean mayCall(InetAddress address, boolean loopbackAllowed) {
    if (address.isLoopbackAddress()) {
      return loopbackAllowed;
    }
    return isPublic(address);
  }

  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (b.length == 4) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      // 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8
      return !(first == 0 || (first == 100 && second >= 64 && second < 128));
    }
    // fc00::/7, unique local IPv6
    return (b[0] & 0xfe) != 0xfc;
  }

  private static boolean isLoopbackName(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]");
  }

  private static boolean isLiteralAddress(String host) {
    return host.startsWith("[") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }

  private static InetAddress literal(String host) {
    try {
      // a literal is parsed, never looked up
      return InetAddress.getByName(
          host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (java.net.UnknownHostException e) {
      throw WebhookRuleException.target("url: " + host + " is no address");
    }
  }
}
