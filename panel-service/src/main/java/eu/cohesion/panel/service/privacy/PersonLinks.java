package eu.cohesion.panel.service.privacy;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which panel-member records belong to which Keycloak user. The members area, which keeps the link
 * on the member, provides it; the data-rights use cases ask every bean of this type, so they work
 * (with no linked members) before it exists.
 */
public interface PersonLinks {

  /** The member records linked to the user, in any panel. */
  Set<UUID> memberIdsOf(UUID keycloakUserId);

  /** The Keycloak user the member is linked to, if any. */
  Optional<UUID> keycloakUserOf(UUID memberId);
}
