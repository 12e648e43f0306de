package eu.cohesion.panel.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks of a session's texts and online link, shared by the entity and its parts. */
public final class SessionRules {

  public static final int PLACE_MAX_LENGTH = 300;
  public static final int URL_MAX_LENGTH = 2000;
  public static final int AGENDA_ITEM_MAX_LENGTH = 500;
  public static final int AGENDA_MAX_ITEMS = 50;
  public static final int DECISIONS_MAX = 50;
  public static final int MINUTES_MAX_LENGTH = 20000;

  private SessionRules() {}

  /**
   * The request layer checks the same limits first (400 naming the field); this is what a caller
   * slipping past it, or a URL that only looks right, gets.
   */
  static SessionRuleException invalid(String detail) {
    return new SessionRuleException("invalid-session", "The session is not valid", detail);
  }

  /** A required text, stripped; blank or too long is refused. */
  static String text(String raw, int max, String what) {
    String text = raw == null ? "" : raw.strip();
    if (text.isEmpty()) {
      throw invalid(what + " must not be blank");
    }
    if (text.length() > max) {
      throw invalid(what + " has at most " + max + " characters");
    }
    return text;
  }

  /** An optional text: blank is none. */
  static String optional(String raw, int max, String what) {
    return raw == null || raw.isBlank() ? null : text(raw, max, what);
  }

  /**
   * An online meeting link: absolute http or https with a host. Other schemes ({@code javascript:},
   * {@code data:}, {@code file:}) would be links the web app must never render.
   */
  static String onlineUrl(String raw) {
    String url = optional(raw, URL_MAX_LENGTH, "an online link");
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http"))
          || uri.getHost() == null
          || uri.getHost().isEmpty()) {
        throw invalid("an online link is an http or https URL with a host");
      }
    } catch (URISyntaxException e) {
      throw invalid("an online link is an http or https URL with a host");
    }
    return url;
  }
}
