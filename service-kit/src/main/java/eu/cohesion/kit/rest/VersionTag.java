package eu.cohesion.kit.rest;

import jakarta.ws.rs.core.EntityTag;

/**
 * A resource's version as HTTP entity tag: sent as {@code ETag: "3"}, expected back in {@code
 * If-Match} before a change (optimistic locking across requests).
 */
public final class VersionTag {

  /**
   * One strong entity tag, quoted as RFC 9110 spells it ({@code "3"}). A bare {@code 3}, weak tags,
   * lists and {@code *} are refused with 400: none names the version a change is based on.
   */
  public static final String IF_MATCH_PATTERN = "^\"\\d{1,18}\"$";

  public static final String IF_MATCH_MESSAGE =
      "must be the ETag of the version you last read, e.g. \"3\"";

  private VersionTag() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version an If-Match value matching {@link #IF_MATCH_PATTERN} names; null if absent. */
  public static Long version(String ifMatch) {
    return ifMatch == null ? null : Long.valueOf(ifMatch.replace("\"", ""));
  }
}
