package eu.cohesion.initiative;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import java.util.Set;

/** Actors for tests that call the use cases directly to set up data. */
public final class Callers {

  public static final Actor NETWORK_ADMIN =
      new Actor("network-admin", Set.of(Role.NETWORK_ADMIN), null);

  private Callers() {}

  public static Actor coordinatorOf(String city) {
    return new Actor("coordinator-" + city, Set.of(Role.CITY_COORDINATOR), city);
  }
}
