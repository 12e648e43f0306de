package eu.cohesion.kit.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/**
 * Where the Keycloak Admin REST API is and how the service signs in to it. By default both come
 * from the OIDC issuer the service already trusts ({@code quarkus.oidc.auth-server-url}, e.g.
 * {@code http://127.0.0.1:8180/realms/cohesion}: server {@code http://127.0.0.1:8180}, realm {@code
 * cohesion}) and the client is named like the service.
 */
@ApplicationScoped
public class KeycloakAdminSettings {

  private static final String REALMS = "/realms/";

  private final String serverUrl;
  private final String realm;
  private final String clientId;
  private final Optional<String> clientSecret;
  private final int invitationLifespanSeconds;

  KeycloakAdminSettings(
      @ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer,
      @ConfigProperty(name = "cohesion.keycloak.admin-url") Optional<String> adminUrl,
      @ConfigProperty(name = "cohesion.keycloak.realm") Optional<String> realm,
      @ConfigProperty(name = "cohesion.keycloak.client-id") Optional<String> clientId,
      @ConfigProperty(name = "quarkus.application.name") String applicationName,
      @ConfigProperty(name = "cohesion.keycloak.client-secret") Optional<String> clientSecret,
      @ConfigProperty(name = "cohesion.keycloak.invitation-lifespan", defaultValue = "259200")
          int invitationLifespanSeconds) {
    int realms = issuer.indexOf(REALMS);
    this.serverUrl =
        adminUrl.orElse(realms < 0 ? issuer : issuer.substring(0, realms)).replaceAll("/+$", "");
    this.realm =
        realm.orElse(
            realms < 0 ? "cohesion" : issuer.substring(realms + REALMS.length()).split("/")[0]);
    this.clientId = clientId.orElse(applicationName);
    this.clientSecret = clientSecret;
    this.invitationLifespanSeconds = invitationLifespanSeconds;
  }

  public String serverUrl() {
    return serverUrl;
  }

  public String realm() {
    return realm;
  }

  public String clientId() {
    return clientId;
  }

  /** How long an invitation's link stays valid, in seconds (default three days). */
  public int invitationLifespanSeconds() {
    return invitationLifespanSeconds;
  }

  /** The service account signs in to its own realm, not to master. */
  Keycloak newClient() {
    String secret =
        clientSecret.orElseThrow(
            () ->
                new AccountDirectoryUnavailableException(
                    "this service has no Keycloak client secret (cohesion.keycloak.client-secret)",
                    null));
    return KeycloakBuilder.builder()
        .serverUrl(serverUrl)
        .realm(realm)
        .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
        .clientId(clientId)
        .clientSecret(secret)
        .build();
  }
}
