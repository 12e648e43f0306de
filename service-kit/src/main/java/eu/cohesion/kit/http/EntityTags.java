package eu.cohesion.kit.http;

/** {@code If-None-Match} against a response's {@code ETag}, by RFC 9110's weak comparison. */
public final class EntityTags {

  private EntityTags() {}

  /**
   * True if {@code ifNoneMatch} ({@code *} or a list of entity tags) names {@code etag}. Weak
   * comparison: {@code W/"3"} and {@code "3"} match, since a GET only asks "has it changed".
   */
  public static boolean noneMatchHits(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || etag == null) {
      return false;
    }
    if (ifNoneMatch.trim().equals("*")) {
      return true;
    }
    String wanted = opaque(etag);
    for (String candidate : ifNoneMatch.split(",")) {
      if (opaque(candidate).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    String t = tag.trim();
    return t.startsWith("W/") ? t.substring(2) : t;
  }
}
