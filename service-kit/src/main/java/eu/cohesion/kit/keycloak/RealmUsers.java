package eu.cohesion.kit.keycloak;

import java.util.List;
import java.util.Optional;

/**
 * The users of Keycloak realm {@code cohesion}, as a service sees them through the Keycloak Admin
 * REST API with its own service account. Failures are {@link eu.cohesion.kit.problem
 * ProblemException}s: Keycloak unreachable or failing is a 503 with {@code Retry-After}.
 */
public interface RealmUsers {

  /**
   * Users whose username, e-mail address, first or last name contain the query.
   *
   * @param max at most this many, 1–100
   */
  List<RealmUser> search(String query, int max);

  /** The user with this Keycloak id, if there is one. */
  Optional<RealmUser> find(String userId);

  /** Every user holding the realm role (directly) whose {@code city} attribute is the town. */
  List<RealmUser> withRoleInTown(String realmRole, String city);

  /**
   * Creates the user (enabled, e-mail not yet verified, the names, the realm role and the {@code
   * city} attribute) and asks Keycloak to send its execute-actions e-mail (set a password, verify
   * the address) whose link ends at the invitation's redirect URI. A user whose e-mail could not be
   * sent is deleted again, so a failed invitation leaves nothing behind.
   *
   * @return the new user's id
   * @throws AccountExistsException a user with this e-mail address (or username) exists (409)
   */
  String invite(Invitation invitation);
}
