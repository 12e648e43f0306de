package eu.cohesion.initiative.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import eu.cohesion.initiative.TestDatabase;
import eu.cohesion.initiative.service.InitiativeCreation;
import eu.cohesion.initiative.service.NewInitiative;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /me/personal-data: what this service holds about the caller, and nobody else's. */
@QuarkusTest
class PersonalDataExportTest {

  private static final String ME = "5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f";

  @Inject TestDatabase db;
  @Inject InitiativeCreation creation;

  @Test
  @TestSecurity(user = ME, roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "delft"))
  void aSignedInPersonGetsTheInitiativesAndStepsTheyMade() {
    UUID panel = db.knownPanel("delft");
    Actor me = new Actor(ME, Set.of(Role.CITY_COORDINATOR), "delft");
    Actor someoneElse = new Actor(UUID.randomUUID().toString(), Set.of(Role.NETWORK_ADMIN), null);
    UUID mine = creation.create(me, new NewInitiative(panel, "Repair café " + ME, null)).id();
    creation.create(someoneElse, new NewInitiative(panel, "Not mine at all", null));

    given()
        .when()
        .get("/me/personal-data")
        .then()
        .statusCode(200)
        .body("subject", equalTo(ME))
        .body("initiativesCreated.initiativeId", contains(mine.toString()))
        .body("initiativesCreated[0].city", equalTo("delft"))
        .body("stepsTaken.to", contains("DRAFT"))
        .body(not(containsString("Not mine at all")));
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void anIntegrationClientIsNoPerson() {
    given().when().get("/me/personal-data").then().statusCode(403);
  }

  @Test
  void anonymousCallersMustSignIn() {
    given()
        .when()
        .get("/me/personal-data")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }
}
