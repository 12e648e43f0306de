package eu.cohesion.practice;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.practice.domain.TransferStatus;
import eu.cohesion.practice.service.TransferChanges;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/**
 * Transfers for tests, made through the use cases by a coordinator of the adopting town, since a
 * test's requests all carry one identity.
 */
@ApplicationScoped
public class Transfers {

  private final TransferChanges changes;

  Transfers(TransferChanges changes) {
    this.changes = changes;
  }

  public static Actor coordinator(String city) {
    return new Actor("coordinator-" + city + "-id", Set.of(Role.CITY_COORDINATOR), city);
  }

  /** INTERESTED, version 0, registered by {@code coordinator-<city>-id}. */
  public UUID interested(UUID practiceId, String city) {
    return registeredBy(practiceId, coordinator(city));
  }

  public UUID registeredBy(UUID practiceId, Actor coordinator) {
    return changes.register(coordinator, practiceId, "Interest of " + coordinator.city()).id();
  }

  /** ADAPTING with the given initiative: version 1. */
  public UUID adapting(UUID practiceId, String city, UUID initiativeId) {
    UUID id = interested(practiceId, city);
    changes.move(coordinator(city), id, 0L, TransferStatus.ADAPTING, initiativeId, null);
    return id;
  }
}
