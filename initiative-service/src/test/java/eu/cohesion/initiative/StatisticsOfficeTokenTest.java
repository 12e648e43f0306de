package eu.cohesion.initiative;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.initiative.domain.Direction;
import eu.cohesion.initiative.domain.Indicator;
import eu.cohesion.initiative.service.IndicatorChanges;
import eu.cohesion.initiative.service.InitiativeCreation;
import eu.cohesion.initiative.service.NewInitiative;
import eu.cohesion.localstack.testing.KeycloakTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A real client-credentials token of the realm's statistics-mechelen client (role
 * integration-writer, city claim hard-coded to mechelen on the client): it adds measurements to
 * Mechelen's indicators and is refused everything else.
 */
@QuarkusTest
@TestProfile(StatisticsOfficeTokenTest.RealKeycloak.class)
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class StatisticsOfficeTokenTest {

  /** OIDC on, against the Keycloak of {@link KeycloakTestResource}. */
  public static class RealKeycloak implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.oidc.tenant-enabled", "true");
    }
  }

  @Inject TestDatabase db;
  @Inject InitiativeCreation creation;
  @Inject IndicatorChanges indicators;

  @Test
  void theStatisticsOfficeOfMechelenMeasuresMechelenOnly() {
    String token = clientCredentials("statistics-mechelen", "statistics-mechelen-demo-secret");
    UUID mechelen = indicatorIn("mechelen");
    UUID otherTown = indicatorIn("elbasan");

    measure(token, mechelen)
        .statusCode(201)
        .body("indicatorId", equalTo(mechelen.toString()))
        .body("progress.progressPercent", equalTo(50.0f));
    assertEquals(1, db.indicatorState(mechelen).measurements());

    measure(token, otherTown).statusCode(403).contentType("application/problem+json");
    assertEquals(0, db.indicatorState(otherTown).measurements());

    given().auth().oauth2(token).when().get("/indicators/" + mechelen).then().statusCode(403);
    given().auth().oauth2(token).when().get("/initiatives").then().statusCode(403);
    given()
        .auth()
        .oauth2(token)
        .header("If-Match", "\"1\"")
        .when()
        .delete("/indicators/" + mechelen)
        .then()
        .statusCode(403);
    assertEquals(1, db.indicatorState(mechelen).measurements());
  }

  @Test
  void theReadOnlyIntegrationClientMeasuresNothing() {
    String token = clientCredentials("cohesion-integration", "integration-demo-secret");
    UUID mechelen = indicatorIn("mechelen");
    measure(token, mechelen).statusCode(403);
    assertEquals(0, db.indicatorState(mechelen).measurements());
  }

  private static ValidatableResponse measure(String token, UUID indicator) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("measuredOn", "2026-04-30", "value", 30, "source", "Statistics office"))
        .when()
        .post("/indicators/" + indicator + "/measurements")
        .then();
  }

  private UUID indicatorIn(String town) {
    UUID initiative =
        creation
            .create(
                Callers.coordinatorOf(town),
                new NewInitiative(db.knownPanel(town), "Measured by the statistics office", null))
            .id();
    return indicators
        .create(
            Callers.NETWORK_ADMIN,
            initiative,
            new Indicator.Definition(
                "Newcomers in language courses",
                "people",
                new BigDecimal("20"),
                new BigDecimal("40"),
                Direction.HIGHER_IS_BETTER))
        .id();
  }

  private static String clientCredentials(String clientId, String secret) {
    return given()
        .contentType(ContentType.URLENC)
        .formParam("grant_type", "client_credentials")
        .formParam("client_id", clientId)
        .formParam("client_secret", secret)
        .when()
        .post(KeycloakTestResource.keycloak().issuerUrl() + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }
}
