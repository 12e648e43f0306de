package eu.cohesion.kit.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The caller of a use case: who (for audit), which roles, and which town the token ties them to.
 *
 * @param subject stable identifier of the caller, {@code null} when anonymous
 * @param roles the caller's roles; {@link Role#ANONYMOUS} is always included
 * @param city code of the caller's town (token claim {@code city}), {@code null} if none
 */
public record Actor(String subject, Set<Role> roles, String city) {

  public Actor {
    EnumSet<Role> all = EnumSet.of(Role.ANONYMOUS);
    all.addAll(roles);
    roles = Set.copyOf(all);
  }

  public static Actor anonymous() {
    return new Actor(null, Set.of(), null);
  }
}
