package eu.cohesion.initiative.rest;

import jakarta.ws.rs.core.EntityTag;

/** An initiative's version as HTTP entity tag: sent as ETag, expected back in If-Match. */
final class VersionTag {

  /** What If-Match may hold: the version as the ETag carries it ("3") or bare (3). */
  static final String IF_MATCH_PATTERN = "\\d{1,18}|\"\\d{1,18}\"";

  private VersionTag() {}

  static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version of an If-Match value that matched {@link #IF_MATCH_PATTERN}. */
  static long parse(String ifMatch) {
    return Long.parseLong(ifMatch.replace("\"", ""));
  }
}
