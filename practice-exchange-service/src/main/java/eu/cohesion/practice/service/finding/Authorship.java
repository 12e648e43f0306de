package eu.cohesion.practice.service.finding;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;

/**
 * In which capacity a caller writes: the network admin for the network (no town), a coordinator for
 * its own town. Recorded as a capacity and a town, never as a person.
 */
record Authorship(Role role, String town) {

  static Authorship of(Actor actor) {
    return actor.roles().contains(Role.NETWORK_ADMIN)
        ? new Authorship(Role.NETWORK_ADMIN, null)
        : new Authorship(Role.CITY_COORDINATOR, actor.city());
  }
}
