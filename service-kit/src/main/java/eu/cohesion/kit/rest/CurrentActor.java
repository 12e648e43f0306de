package eu.cohesion.kit.rest;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Turns the request's security identity into the {@link Actor} the use cases reason about. */
@RequestScoped
public class CurrentActor {

  /** Access-token claim naming the town a coordinator or member belongs to. */
  static final String CITY_CLAIM = "city";

  private final SecurityIdentity identity;

  CurrentActor(SecurityIdentity identity) {
    this.identity = identity;
  }

  public Actor get() {
    return of(identity);
  }

  static Actor of(SecurityIdentity identity) {
    if (identity.isAnonymous()) {
      return Actor.anonymous();
    }
    Set<Role> roles =
        identity.getRoles().stream()
            .map(Role::fromRoleName)
            .flatMap(Optional::stream)
            .collect(Collectors.toSet());
    return new Actor(identity.getPrincipal().getName(), roles, city(identity));
  }

  private static String city(SecurityIdentity identity) {
    if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
      return null;
    }
    Object claim = token.getClaim(CITY_CLAIM);
    if (claim instanceof JsonString json) {
      return json.getString();
    }
    // A missing or multi-valued claim ties the caller to no town.
    return claim instanceof String city ? city : null;
  }
}
