package eu.cohesion.initiative.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.initiative.Callers;
import eu.cohesion.initiative.TestDatabase;
import eu.cohesion.initiative.service.InitiativeCreation;
import eu.cohesion.initiative.service.NewInitiative;
import eu.cohesion.initiative.service.PersonalDataErasure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The kit's audit of administrative changes, wired in initiative-service: a creation and a
 * lifecycle step the gate applies are recorded with who, what and when in their own transaction, a
 * refused step is not, only the network admin reads the audit, and a person's export and erasure
 * cover their rows and nobody else's.
 */
@QuarkusTest
class AdminAuditTest {

  private static final String TOWN = "esbjerg";

  /** A Keycloak id, as real subjects are: the erasure works on those. */
  private static final String ADMIN = "4f0b5a52-2a59-4c3e-9d7e-3a0c1b6e8d21";

  @Inject TestDatabase db;
  @Inject InitiativeCreation creation;
  @Inject PersonalDataErasure erasure;

  @Test
  @TestSecurity(user = ADMIN, roles = "network-admin")
  void aCreationAndAStepAreAuditedARefusedOneIsNotAndTheExportAndErasureCoverThem() {
    UUID id = draft();
    assertEquals(1, audited(id), "the creation");

    step(id, "\"0\"").statusCode(200);
    step(id, "\"0\"").statusCode(412);

    assertEquals(2, audited(id), "one more row for the applied step, none for the 412");
    given()
        .queryParam("aggregateId", id.toString())
        .when()
        .get("/admin-audit")
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("CHANGE_STATUS"))
        .body("items[0].resource", equalTo("initiative"))
        .body("items[0].aggregateId", equalTo(id.toString()))
        .body("items[0].city", equalTo(TOWN))
        .body("items[0].actorId", equalTo(ADMIN))
        .body("items[0].actorRoles", hasItem("network-admin"))
        .body("items[0].version", equalTo(1))
        .body("items[1].action", equalTo("CREATE_INITIATIVE"))
        .body("items[1].actorId", equalTo("coordinator-esbjerg"))
        .body("items[1].version", equalTo(0))
        .body("allowedActions", hasItem("VIEW_ADMIN_AUDIT"));
    given()
        .when()
        .get("/me/personal-data")
        .then()
        .statusCode(200)
        .body("administrativeChanges.aggregateId", hasItem(id.toString()));

    QuarkusTransaction.requiringNew().run(() -> erasure.erase(UUID.fromString(ADMIN)));

    given()
        .queryParam("aggregateId", id.toString())
        .when()
        .get("/admin-audit")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("items[0].actorId", equalTo("erased"))
        .body("items[0].action", equalTo("CHANGE_STATUS"))
        .body("items[1].actorId", equalTo("coordinator-esbjerg"));
  }

  @Test
  @TestSecurity(user = "coordinator-esbjerg", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorMayNotReadTheAudit() {
    given().when().get("/admin-audit").then().statusCode(403);
  }

  @Test
  void anonymousCallersMustSignIn() {
    given().when().get("/admin-audit").then().statusCode(401);
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aMalformedFilterIsA400NamingIt() {
    given()
        .queryParam("actorId", "not an id")
        .when()
        .get("/admin-audit")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("actorId"));
  }

  private UUID draft() {
    return creation
        .create(
            Callers.coordinatorOf(TOWN), new NewInitiative(db.knownPanel(TOWN), "Audited", null))
        .id();
  }

  private static ValidatableResponse step(UUID id, String ifMatch) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(Map.of("to", "PROPOSED", "reason", "ready for the panel"))
        .when()
        .post("/initiatives/" + id + "/transitions")
        .then();
  }

  private static int audited(UUID id) {
    return given()
        .queryParam("aggregateId", id.toString())
        .when()
        .get("/admin-audit")
        .then()
        .statusCode(200)
        .extract()
        .path("totalItems");
  }
}
