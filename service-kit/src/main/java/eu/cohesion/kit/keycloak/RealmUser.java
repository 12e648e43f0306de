package eu.cohesion.kit.keycloak;

/** A user of realm {@code cohesion}; {@code city} is the user-profile attribute, null if unset. */
public record RealmUser(
    String id,
    String username,
    String email,
    String firstName,
    String lastName,
    String city,
    boolean enabled) {}
