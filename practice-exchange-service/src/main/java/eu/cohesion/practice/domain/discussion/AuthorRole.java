package eu.cohesion.practice.domain.discussion;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;

/**
 * In which capacity someone wrote a post, shown beside it instead of a name: the discussion keeps
 * no names, only the Keycloak id (for "your post", export and erasure), the role and the town.
 */
public enum AuthorRole {
  MEMBER,
  COORDINATOR,
  NETWORK_ADMIN;

  /** The highest role the caller holds; callers who may post hold at least one of them. */
  public static AuthorRole of(Actor actor) {
    if (actor.roles().contains(Role.NETWORK_ADMIN)) {
      return NETWORK_ADMIN;
    }
    return actor.roles().contains(Role.CITY_COORDINATOR) ? COORDINATOR : MEMBER;
  }
}
