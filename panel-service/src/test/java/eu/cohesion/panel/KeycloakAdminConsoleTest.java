package eu.cohesion.panel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.localstack.KeycloakNode;
import eu.cohesion.localstack.testing.KeycloakTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What README's "create a coordinator in the Keycloak console" relies on, against the real
 * Keycloak: a network admin of realm cohesion manages its users through the admin API the console
 * uses (no master admin), and the {@code city} attribute accepts only the partner towns' codes,
 * offered as a drop-down.
 */
@QuarkusTest
@TestProfile(KeycloakLoginTest.RealKeycloak.class)
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class KeycloakAdminConsoleTest {

  private static String adminApi() {
    return KeycloakTestResource.keycloak().baseUrl() + "/admin/realms/" + KeycloakNode.REALM;
  }

  @Test
  void aNetworkAdminCreatesACoordinatorForAPartnerTownButNotForAnUnknownOne() {
    String admin = token("network-admin");

    String location = createUser(admin, "delft").statusCode(201).extract().header("Location");
    try {
      Map<String, Object> role =
          given()
              .auth()
              .oauth2(admin)
              .when()
              .get(adminApi() + "/roles/city-coordinator")
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
          .post(location + "/role-mappings/realm")
          .then()
          .statusCode(204);
      given()
          .auth()
          .oauth2(admin)
          .when()
          .get(location)
          .then()
          .statusCode(200)
          .body("attributes.city[0]", equalTo("delft"));

      createUser(admin, "XXX").statusCode(400);
      createUser(admin, "Delft").statusCode(400);
    } finally {
      given().auth().oauth2(admin).when().delete(location).then().statusCode(204);
    }
  }

  @Test
  void theCityAttributeOffersExactlyThePartnerTownsAsADropDown() {
    List<String> towns =
        given().when().get("/cities").then().statusCode(200).extract().path("code");

    Map<String, Object> city =
        given()
            .auth()
            .oauth2(token("network-admin"))
            .when()
            .get(adminApi() + "/users/profile")
            .then()
            .statusCode(200)
            .extract()
            .path("attributes.find { it.name == 'city' }");

    assertEquals(Map.of("inputType", "select"), city.get("annotations"));
    @SuppressWarnings("unchecked")
    List<String> options =
        (List<String>)
            ((Map<String, Object>) ((Map<String, Object>) city.get("validations")).get("options"))
                .get("options");
    assertEquals(towns.stream().sorted().toList(), options.stream().sorted().toList());
  }

  /** The realm's mail (account set-up, password reset) reaches the stack's SMTP server. */
  @Test
  void anAccountSetUpMailFromTheConsoleArrives() throws InterruptedException {
    String admin = token("network-admin");
    String email = "invitee-" + UUID.randomUUID() + "@example.org";
    String location =
        createUser(admin, "delft", email).statusCode(201).extract().header("Location");
    try {
      given()
          .auth()
          .oauth2(admin)
          .contentType(ContentType.JSON)
          .body(List.of("UPDATE_PASSWORD"))
          .when()
          .put(location + "/execute-actions-email")
          .then()
          .statusCode(204);

      String mail = "[]";
      for (int i = 0; i < 40 && mail.equals("[]"); i++) {
        Thread.sleep(250);
        mail = KeycloakTestResource.smtp().messagesTo(email);
      }
      assertTrue(mail.contains("/realms/cohesion/login-actions/action-token"), mail);
    } finally {
      given().auth().oauth2(admin).when().delete(location).then().statusCode(204);
    }
  }

  @Test
  void aCoordinatorMayNotManageUsers() {
    createUser(token("coordinator-mechelen"), "mechelen").statusCode(403);
  }

  private static ValidatableResponse createUser(String token, String city) {
    return createUser(token, city, UUID.randomUUID() + "@example.org");
  }

  private static ValidatableResponse createUser(String token, String city, String email) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "username",
                "coordinator-" + UUID.randomUUID(),
                "enabled",
                true,
                "firstName",
                "Test",
                "lastName",
                "Coordinator",
                "email",
                email,
                "attributes",
                Map.of("city", List.of(city))))
        .when()
        .post(adminApi() + "/users")
        .then();
  }

  /** A token of realm cohesion from its built-in admin-cli client, as the console gets one. */
  private static String token(String username) {
    return given()
        .contentType(ContentType.URLENC)
        .formParam("grant_type", "password")
        .formParam("client_id", "admin-cli")
        .formParam("username", username)
        .formParam("password", "demo")
        .when()
        .post(KeycloakTestResource.keycloak().issuerUrl() + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }
}
