package eu.cohesion.panel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.localstack.KeycloakNode;
import eu.cohesion.localstack.testing.KeycloakTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Real tokens from the real Keycloak (realm cohesion): the service trusts exactly the tokens its
 * realm signs for it, reads the coordinator's town from them, and refuses forged or expired ones.
 */
@QuarkusTest
@TestProfile(KeycloakLoginTest.RealKeycloak.class)
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class KeycloakLoginTest {

  /** OIDC on, against the Keycloak of {@link KeycloakTestResource}; no leeway on expiry. */
  public static class RealKeycloak implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.oidc.tenant-enabled", "true", "quarkus.oidc.token.lifespan-grace", "0");
    }
  }

  private static final String PASSWORD = "demo";

  @Inject ObjectMapper json;

  @Test
  void aCoordinatorCreatesPanelsInItsOwnTownOnly() {
    String token = passwordGrant("cohesion-dev-cli", "coordinator-mechelen");

    createPanel(token, "mechelen").statusCode(201).body("city", equalTo("mechelen"));
    problem(createPanel(token, "tartu"), 403);
  }

  @Test
  void aNetworkAdminCreatesPanelsInAnyTownAndAMemberInNone() {
    createPanel(passwordGrant("cohesion-dev-cli", "network-admin"), "tartu").statusCode(201);
    problem(createPanel(passwordGrant("cohesion-dev-cli", "member-mechelen"), "mechelen"), 403);
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefused() throws Exception {
    String genuine = passwordGrant("cohesion-dev-cli", "coordinator-mechelen");
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    PrivateKey foreignKey = generator.generateKeyPair().getPrivate();
    // Same header kid and the same claims: only the signature differs from the genuine token.
    String forged =
        Jwt.claims(part(genuine, 1))
            .jws()
            .keyId((String) part(genuine, 0).get("kid"))
            .sign(foreignKey);

    createPanel(genuine, "mechelen").statusCode(201);
    problem(createPanel(forged, "mechelen"), 401);
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    KeycloakNode keycloak = KeycloakTestResource.keycloak();
    String admin = adminToken(keycloak);
    String clientId = "expiry-test-" + UUID.randomUUID();
    String clientUrl = createShortLivedClient(keycloak, admin, clientId, 3);
    try {
      String token = passwordGrant(clientId, "coordinator-mechelen");
      createPanel(token, "mechelen").statusCode(201);

      long expiry = ((Number) part(token, 1).get("exp")).longValue();
      while (Instant.now().getEpochSecond() <= expiry + 1) {
        Thread.sleep(250);
      }
      problem(createPanel(token, "mechelen"), 401);
    } finally {
      given().auth().oauth2(admin).when().delete(clientUrl).then().statusCode(204);
    }
  }

  /**
   * Issue 12: a role removed in Keycloak stops working within 60 s. Access tokens live at most 60 s
   * and the SPA renews them with the refresh token; the renewed token no longer carries the role,
   * and the service refuses what only that role allowed.
   */
  @Test
  @SuppressWarnings("unchecked")
  void aRoleRemovedInKeycloakIsGoneFromTheNextRefreshedToken() throws Exception {
    KeycloakNode keycloak = KeycloakTestResource.keycloak();
    String admin = adminToken(keycloak);
    String realm = keycloak.baseUrl() + "/admin/realms/" + KeycloakNode.REALM;
    int lifespan =
        given()
            .auth()
            .oauth2(admin)
            .when()
            .get(realm)
            .then()
            .statusCode(200)
            .extract()
            .path("accessTokenLifespan");
    assertTrue(lifespan <= 60, "realm access tokens live " + lifespan + " s");

    String username = "role-removal-" + UUID.randomUUID();
    Map<String, Object> user =
        Map.of(
            "username",
            username,
            "enabled",
            true,
            "emailVerified",
            true,
            "firstName",
            "Role",
            "lastName",
            "Removal",
            "email",
            username + "@example.org",
            "attributes",
            Map.of("city", List.of("mechelen")),
            "credentials",
            List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)));
    String userUrl =
        given()
            .auth()
            .oauth2(admin)
            .contentType(ContentType.JSON)
            .body(user)
            .when()
            .post(realm + "/users")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    try {
      Map<String, Object> role =
          given()
              .auth()
              .oauth2(admin)
              .when()
              .get(realm + "/roles/city-coordinator")
              .then()
              .statusCode(200)
              .extract()
              .as(Map.class);
      given()
          .auth()
          .oauth2(admin)
          .contentType(ContentType.JSON)
          .body(List.of(role))
          .when()
          .post(userUrl + "/role-mappings/realm")
          .then()
          .statusCode(204);

      Map<String, Object> tokens =
          tokenRequest(
              Map.of(
                  "grant_type", "password",
                  "client_id", "cohesion-dev-cli",
                  "username", username,
                  "password", PASSWORD,
                  "scope", "openid"));
      String accessToken = (String) tokens.get("access_token");
      Map<String, Object> claims = part(accessToken, 1);
      long exp = ((Number) claims.get("exp")).longValue();
      long iat = ((Number) claims.get("iat")).longValue();
      assertTrue(exp - iat <= 60, "the token lives " + (exp - iat) + " s");
      createPanel(accessToken, "mechelen").statusCode(201);

      given()
          .auth()
          .oauth2(admin)
          .contentType(ContentType.JSON)
          .body(List.of(role))
          .when()
          .delete(userUrl + "/role-mappings/realm")
          .then()
          .statusCode(204);

      Map<String, Object> refreshed =
          tokenRequest(
              Map.of(
                  "grant_type", "refresh_token",
                  "client_id", "cohesion-dev-cli",
                  "refresh_token", tokens.get("refresh_token")));
      String renewed = (String) refreshed.get("access_token");
      List<String> roles =
          (List<String>)
              ((Map<String, Object>) part(renewed, 1).getOrDefault("realm_access", Map.of()))
                  .getOrDefault("roles", List.of());
      assertTrue(!roles.contains("city-coordinator"), "roles after removal: " + roles);
      problem(createPanel(renewed, "mechelen"), 403);
    } finally {
      given().auth().oauth2(admin).when().delete(userUrl).then().statusCode(204);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> tokenRequest(Map<String, Object> form) {
    return given()
        .contentType(ContentType.URLENC)
        .formParams(form)
        .when()
        .post(KeycloakTestResource.keycloak().issuerUrl() + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .as(Map.class);
  }

  @Test
  void withoutATokenTheCallerMustAuthenticate() {
    problem(
            given()
                .contentType(ContentType.JSON)
                .body(Map.of("city", "mechelen", "name", "Anonymous " + UUID.randomUUID()))
                .when()
                .post("/panels")
                .then(),
            401)
        .header("WWW-Authenticate", equalTo("Bearer"));
  }

  @Test
  void publicReadsNeedNoToken() {
    given().when().get("/cities/mechelen").then().statusCode(200);
  }

  private static ValidatableResponse createPanel(String token, String city) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("city", city, "name", "Keycloak-made " + UUID.randomUUID()))
        .when()
        .post("/panels")
        .then();
  }

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("instance", equalTo("/panels"));
  }

  private static String passwordGrant(String clientId, String username) {
    return given()
        .contentType(ContentType.URLENC)
        .formParam("grant_type", "password")
        .formParam("client_id", clientId)
        .formParam("username", username)
        .formParam("password", PASSWORD)
        .formParam("scope", "openid")
        .when()
        .post(KeycloakTestResource.keycloak().issuerUrl() + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  private static String adminToken(KeycloakNode keycloak) {
    return given()
        .contentType(ContentType.URLENC)
        .formParam("grant_type", "password")
        .formParam("client_id", "admin-cli")
        .formParam("username", keycloak.adminUsername())
        .formParam("password", keycloak.adminPassword())
        .when()
        .post(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  /**
   * A copy of cohesion-dev-cli (same mappers, so the same claims and audience) whose access tokens
   * live only a few seconds; returns its admin URL.
   */
  @SuppressWarnings("unchecked")
  private static String createShortLivedClient(
      KeycloakNode keycloak, String admin, String clientId, int lifespanSeconds) {
    String clients = keycloak.baseUrl() + "/admin/realms/" + KeycloakNode.REALM + "/clients";
    Map<String, Object> template =
        given()
            .auth()
            .oauth2(admin)
            .queryParam("clientId", "cohesion-dev-cli")
            .when()
            .get(clients)
            .then()
            .statusCode(200)
            .extract()
            .path("[0]");
    Map<String, Object> client = new HashMap<>(template);
    client.remove("id");
    client.put("clientId", clientId);
    List<Map<String, Object>> mappers =
        ((List<Map<String, Object>>) template.getOrDefault("protocolMappers", List.of()))
            .stream()
                .map(
                    m -> {
                      Map<String, Object> copy = new HashMap<>(m);
                      copy.remove("id");
                      return copy;
                    })
                .toList();
    client.put("protocolMappers", mappers);
    Map<String, Object> attributes =
        new HashMap<>((Map<String, Object>) template.getOrDefault("attributes", Map.of()));
    attributes.put("access.token.lifespan", String.valueOf(lifespanSeconds));
    client.put("attributes", attributes);

    String location =
        given()
            .auth()
            .oauth2(admin)
            .contentType(ContentType.JSON)
            .body(client)
            .when()
            .post(clients)
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    assertTrue(location.startsWith(clients), location);
    return location;
  }

  /** Header (0) or claims (1) of a compact JWS. */
  private Map<String, Object> part(String jwt, int index) throws Exception {
    byte[] decoded = Base64.getUrlDecoder().decode(jwt.split("\\.")[index]);
    return json.readValue(
        new String(decoded, StandardCharsets.UTF_8), new TypeReference<Map<String, Object>>() {});
  }
}
