package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.panel.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * POST /panels: who may create a panel where, what is refused, and that a refusal changes nothing.
 */
@QuarkusTest
class PanelCreationTest {

  @Inject TestDatabase db;

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aCoordinatorCreatesAPanelInItsOwnTown() {
    long panelsBefore = db.panelsIn("mechelen");
    long outboxBefore = db.outboxRows();
    String name = unique("Mechelen LPS");

    ValidatableResponse created =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of("city", "mechelen", "name", "  " + name + " ", "description", "Who we are"))
            .when()
            .post("/panels")
            .then()
            .statusCode(201)
            .contentType(ContentType.JSON)
            .body("id", matchesPattern("[0-9a-f-]{36}"))
            .body("city", equalTo("mechelen"))
            .body("name", equalTo(name))
            .body("description", equalTo("Who we are"))
            .body(
                "createdAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z"))
            .body("$", not(hasKey("createdBy")));
    String id = created.extract().path("id");
    String location = created.extract().header("Location");
    Instant createdAt = Instant.parse(created.extract().path("createdAt"));

    assertEquals(panelsBefore + 1, db.panelsIn("mechelen"));
    assertEquals(outboxBefore + 1, db.outboxRows());
    assertEquals(1, db.outboxRowsFor(UUID.fromString(id)));
    assertTrue(Duration.between(createdAt, Instant.now()).abs().toMinutes() < 1);

    given()
        .when()
        .get(location)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("name", equalTo(name))
        .body("createdAt", equalTo(created.extract().path("createdAt")));
    assertTrue(location.endsWith("/panels/" + id));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aNetworkAdminCreatesPanelsInAnyTown() {
    for (String city : new String[] {"tartu", "reggio-emilia"}) {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("city", city, "name", unique("Network-made")))
          .when()
          .post("/panels")
          .then()
          .statusCode(201)
          .header("Location", matchesPattern(".*/panels/[0-9a-f-]{36}"))
          .body("city", equalTo(city))
          .body("description", nullValue());
    }
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void aNameIsTakenOncePerTownIgnoringCaseAndSpaces() {
    String name = unique("Tartu Panel");
    create("tartu", name).statusCode(201);

    refusedWithoutChange(
        "tartu",
        () ->
            create("tartu", "  " + name.toUpperCase().replace(" ", "   ") + " ")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:duplicate-name"))
                .body("status", equalTo(409)));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void theSameNameMayBeUsedInAnotherTown() {
    String name = unique("Shared name");
    create("delft", name).statusCode(201);
    create("esbjerg", name).statusCode(201);
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aCoordinatorMayNotCreateInAnotherTown() {
    refusedWithoutChange(
        "tartu",
        () ->
            create("tartu", unique("Foreign"))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:forbidden"))
                .body("title", equalTo("Not allowed"))
                .body("status", equalTo(403))
                .body("instance", equalTo("/panels")));
  }

  @Test
  @TestSecurity(user = "coordinator-nowhere", roles = "city-coordinator")
  void aCoordinatorWithoutATownMayNotCreate() {
    refusedWithoutChange("mechelen", () -> create("mechelen", unique("Homeless")).statusCode(403));
  }

  @Test
  @TestSecurity(user = "member-mechelen", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aPanelMemberMayNotCreate() {
    refusedWithoutChange(
        "mechelen",
        () ->
            create("mechelen", unique("Members"))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:forbidden")));
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void anIntegrationClientMayNotCreate() {
    refusedWithoutChange(
        "mechelen",
        () ->
            create("mechelen", unique("Integration"))
                .statusCode(403)
                .contentType("application/problem+json"));
  }

  @Test
  void anonymousCallersMustAuthenticate() {
    refusedWithoutChange(
        "mechelen",
        () ->
            create("mechelen", unique("Anonymous"))
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:unauthenticated"))
                .body("status", equalTo(401)));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void anUnknownTownIsUnprocessable() {
    long outboxBefore = db.outboxRows();
    create("atlantis", unique("Sunken"))
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:unknown-city"))
        .body("detail", equalTo("town atlantis is not a partner of the network"));
    assertEquals(0, db.panelsIn("atlantis"));
    assertEquals(outboxBefore, db.outboxRows());
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void missingAndBlankFieldsAreNamed() {
    refusedWithoutChange(
        "mechelen",
        () ->
            post(Map.of("name", " "))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:validation"))
                .body("status", equalTo(400))
                .body("violations.field", containsInAnyOrder("city", "name")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void oversizedTextsAreNamed() {
    refusedWithoutChange(
        "mechelen",
        () ->
            post(Map.of("city", "mechelen", "name", "n".repeat(201)))
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("name")));
    refusedWithoutChange(
        "mechelen",
        () ->
            post(Map.of(
                    "city", "mechelen", "name", unique("Long"), "description", "d".repeat(2001)))
                .statusCode(400)
                .body("violations[0].field", equalTo("description"))
                .body("violations[0].message", equalTo("size must be between 0 and 2000")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void malformedJsonIsABadRequest() {
    refusedWithoutChange(
        "mechelen",
        () ->
            post("{\"city\": \"mechelen\", \"name\": ")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:malformed-body")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void unknownFieldsAreRefused() {
    refusedWithoutChange(
        "mechelen",
        () ->
            post(Map.of("city", "mechelen", "name", unique("Colourful"), "colour", "blue"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("colour")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void fieldsOfTheWrongTypeAreNamed() {
    refusedWithoutChange(
        "mechelen",
        () ->
            post(Map.of("city", "mechelen", "name", Map.of("en", "Panel")))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("name")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aMissingBodyIsABadRequest() {
    refusedWithoutChange(
        "mechelen", () -> post("").statusCode(400).contentType("application/problem+json"));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void anotherMediaTypeIsRefused() {
    refusedWithoutChange(
        "mechelen",
        () ->
            given()
                .contentType(ContentType.TEXT)
                .body("city=mechelen")
                .when()
                .post("/panels")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415)));
  }

  /** Runs a request that must be refused and checks that it left no panel and no event behind. */
  private void refusedWithoutChange(String city, Supplier<ValidatableResponse> request) {
    long panelsBefore = db.panelsIn(city);
    long outboxBefore = db.outboxRows();
    request.get().body("instance", notNullValue());
    assertEquals(panelsBefore, db.panelsIn(city), "panels of " + city);
    assertEquals(outboxBefore, db.outboxRows(), "outbox rows");
  }

  private static ValidatableResponse create(String city, String name) {
    return post(Map.of("city", city, "name", name));
  }

  private static ValidatableResponse post(Object body) {
    return given().contentType(ContentType.JSON).body(body).when().post("/panels").then();
  }

  private static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }
}
