package eu.cohesion.panel.privacy;

import eu.cohesion.panel.service.privacy.PersonLinks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Links members to Keycloak users as the members area will (its link lives on the member); here the
 * tests set them, so the data-rights use cases are tested against the interface they call.
 */
@ApplicationScoped
public class TestPersonLinks implements PersonLinks {

  private final Map<UUID, UUID> userOfMember = new ConcurrentHashMap<>();

  public void link(UUID memberId, UUID keycloakUserId) {
    userOfMember.put(memberId, keycloakUserId);
  }

  @Override
  public Set<UUID> memberIdsOf(UUID keycloakUserId) {
    return userOfMember.entrySet().stream()
        .filter(e -> e.getValue().equals(keycloakUserId))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  @Override
  public Optional<UUID> keycloakUserOf(UUID memberId) {
    return Optional.ofNullable(userOfMember.get(memberId));
  }
}
