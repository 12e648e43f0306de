package eu.cohesion.kit.keycloak;

/**
 * A new user of realm {@code cohesion}, invited by e-mail. The username is the e-mail address.
 *
 * @param realmRole the one realm role the user gets, e.g. {@code panel-member}
 * @param city the town code of the user-profile attribute {@code city}
 * @param redirectUri where the e-mail's link leads after the actions; must be a redirect URI of the
 *     client
 * @param clientId the client the redirect URI belongs to, e.g. {@code cohesion-web}
 */
public record Invitation(
    String email,
    String firstName,
    String lastName,
    String realmRole,
    String city,
    String redirectUri,
    String clientId) {}
