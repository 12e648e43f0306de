package eu.cohesion.kit.domain;

import java.util.UUID;

/**
 * What the change gate needs to know of an aggregate: which one it is, which town owns it (the
 * scope of the permission check) and its version (the ETag a change must be based on).
 */
public interface Aggregate {

  UUID id();

  /** Code of the town the aggregate belongs to. */
  String cityCode();

  /** JPA {@code @Version}: sent as the ETag and expected back in If-Match. */
  long version();
}
