package eu.cohesion.practice.rest;

import jakarta.ws.rs.core.EntityTag;

/** A practice's ETag is its version, quoted: {@code "3"}; If-Match sends it back. */
final class ETags {

  /** One strong entity tag; weak tags and lists cannot name the version a change is based on. */
  static final String IF_MATCH_PATTERN = "\"\\d{1,18}\"";

  static final String IF_MATCH_MESSAGE = "must be the ETag of the version you last read, e.g. \"3\"";

  private ETags() {}

  static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version an If-Match header names, {@code null} when there is none. */
  static Long version(String ifMatch) {
    return ifMatch == null ? null : Long.valueOf(ifMatch.substring(1, ifMatch.length() - 1));
  }
}
