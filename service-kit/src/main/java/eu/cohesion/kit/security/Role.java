package eu.cohesion.kit.security;

import java.util.Arrays;
import java.util.Optional;

/** Who a caller is to a Cohesion service; the names are Keycloak realm role names. */
public enum Role {
  /** Held implicitly by every caller, signed in or not. */
  ANONYMOUS("anonymous"),
  PANEL_MEMBER("panel-member"),
  CITY_COORDINATOR("city-coordinator"),
  NETWORK_ADMIN("network-admin"),
  /** Service account of a third party reading the public APIs. */
  INTEGRATION_READER("integration-reader"),
  /**
   * Service account of a third party bound to one town (token claim {@code city}, set by a
   * hard-coded claim mapper on its client): only the writes a service names for it.
   */
  INTEGRATION_WRITER("integration-writer");

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }

  /** Roles of other services or Keycloak defaults (offline_access, ...) are not ours: empty. */
  public static Optional<Role> fromRoleName(String name) {
    return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
  }
}
