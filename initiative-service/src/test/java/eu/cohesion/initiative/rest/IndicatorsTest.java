package eu.cohesion.initiative.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.cohesion.initiative.Callers;
import eu.cohesion.initiative.TestDatabase;
import eu.cohesion.initiative.TestDatabase.IndicatorState;
import eu.cohesion.initiative.domain.Direction;
import eu.cohesion.initiative.domain.Indicator;
import eu.cohesion.initiative.service.IndicatorChanges;
import eu.cohesion.initiative.service.InitiativeCreation;
import eu.cohesion.initiative.service.NewInitiative;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Indicators over HTTP: definition with Idempotency-Key and If-Match, measurements and progress,
 * who may do what (also a town's statistics office as integration-writer), and that every refusal
 * leaves the indicator as it was. Jelgava's initiatives are the subjects; Elbasan is another town.
 */
@QuarkusTest
class IndicatorsTest {

  private static final String TOWN = "jelgava";

  @Inject TestDatabase db;
  @Inject InitiativeCreation creation;
  @Inject IndicatorChanges indicators;

  private static Map<String, Object> definition(String name, Object baseline, Object target) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("unit", "%");
    body.put("baseline", baseline);
    body.put("target", target);
    body.put("direction", "HIGHER_IS_BETTER");
    return body;
  }

  private static Map<String, Object> measurement(String on, Object value) {
    return Map.of("measuredOn", on, "value", value, "source", "Statistics office, survey");
  }

  @Test
  @TestSecurity(user = "coordinator-jelgava", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorDefinesAnIndicatorMeasuresItAndSeesTheProgress() {
    UUID initiative = initiativeIn(TOWN);
    String key = UUID.randomUUID().toString();
    ValidatableResponse created =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(definition(" Newcomers in work ", 20, 40))
            .when()
            .post("/initiatives/" + initiative + "/indicators")
            .then()
            .statusCode(201)
            .header("ETag", equalTo("\"0\""))
            .body("name", equalTo("Newcomers in work"))
            .body("initiativeId", equalTo(initiative.toString()))
            .body("city", equalTo(TOWN))
            .body("progress.progressPercent", nullValue())
            .body("progress.targetMet", equalTo(false))
            .body("measurements", empty())
            .body("allowedActions", contains("MANAGE_INDICATORS", "ADD_MEASUREMENT"));
    String id = created.extract().path("id");
    created.header("Location", endsWith("/indicators/" + id));

    // The same create again with the same key: the first answer, not a second indicator.
    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(definition(" Newcomers in work ", 20, 40))
        .when()
        .post("/initiatives/" + initiative + "/indicators")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", equalTo("true"))
        .body("id", equalTo(id));
    assertEquals(1, db.indicatorsOf(initiative));

    measure(id, measurement("2026-01-31", 25))
        .statusCode(201)
        .header("ETag", equalTo("\"1\""))
        .body("indicatorId", equalTo(id))
        .body("progress.progressPercent", equalTo(25.0f))
        .body("progress.trend", nullValue());
    measure(id, Map.of("measuredOn", "2026-03-31", "value", 30, "source", "Survey", "note", "Q1"))
        .statusCode(201)
        .body("progress.progressPercent", equalTo(50.0f))
        .body("progress.trend", equalTo("IMPROVING"))
        .body("measurement.note", equalTo("Q1"));

    given()
        .when()
        .get("/initiatives/" + initiative + "/indicators")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("allowedActions", contains("MANAGE_INDICATORS"))
        .body("items[0].measurements.measuredOn", contains("2026-01-31", "2026-03-31"))
        .body("items[0].progress.latestMeasuredOn", equalTo("2026-03-31"))
        .body("items[0].progress.targetMet", equalTo(false));

    String etag =
        given()
            .contentType(ContentType.JSON)
            .header("If-Match", "\"2\"")
            .body(definition("Newcomers in work", 20, 30))
            .when()
            .put("/indicators/" + id)
            .then()
            .statusCode(200)
            .header("ETag", equalTo("\"3\""))
            .body("progress.progressPercent", equalTo(100.0f))
            .body("progress.targetMet", equalTo(true))
            .extract()
            .header("ETag");

    String first =
        given().when().get("/indicators/" + id).then().extract().path("measurements[0].id");
    given()
        .header("If-Match", etag)
        .when()
        .delete("/indicators/" + id + "/measurements/" + first)
        .then()
        .statusCode(200)
        .body("measurements", hasSize(1))
        .body("progress.trend", nullValue());

    given().header("If-Match", "\"4\"").when().delete("/indicators/" + id).then().statusCode(204);
    assertNull(db.indicatorState(UUID.fromString(id)));
    given().when().get("/indicators/" + id).then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "coordinator-jelgava", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void changesNeedTheCurrentVersionAndRefusalsChangeNothing() {
    UUID id = indicatorIn(TOWN);
    IndicatorState before = db.indicatorState(id);

    given()
        .contentType(ContentType.JSON)
        .body(definition("Renamed", 20, 50))
        .when()
        .put("/indicators/" + id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"7\"")
        .body(definition("Renamed", 20, 50))
        .when()
        .put("/indicators/" + id)
        .then()
        .statusCode(412);
    // With HIGHER_IS_BETTER a target below the baseline makes no progress possible.
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(definition("Renamed", 20, 10))
        .when()
        .put("/indicators/" + id)
        .then()
        .statusCode(422)
        .body("type", endsWith("indicator-rule"));
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(definition("", 1e20, "x"))
        .when()
        .put("/indicators/" + id)
        .then()
        .statusCode(400);
    measure(
            id.toString(),
            Map.of("measuredOn", LocalDate.now().plusDays(2).toString(), "value", 1, "source", "x"))
        .statusCode(400)
        .body("violations.field", contains("measuredOn"));
    measure(id.toString(), Map.of("measuredOn", "2026-01-01", "value", 1, "source", " "))
        .statusCode(400);
    given()
        .header("If-Match", "\"0\"")
        .when()
        .delete("/indicators/" + id + "/measurements/" + UUID.randomUUID())
        .then()
        .statusCode(404);
    given().when().delete("/indicators/" + id).then().statusCode(428);

    assertEquals(before, db.indicatorState(id));
  }

  @Test
  @TestSecurity(user = "coordinator-jelgava", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorDoesNothingWithAnotherTownsIndicators() {
    UUID initiative = initiativeIn("elbasan");
    UUID id = indicatorOf(initiative);
    IndicatorState before = db.indicatorState(id);

    given().when().get("/indicators/" + id).then().statusCode(403);
    given().when().get("/initiatives/" + initiative + "/indicators").then().statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(definition("Mine now", 1, 2))
        .when()
        .post("/initiatives/" + initiative + "/indicators")
        .then()
        .statusCode(403);
    measure(id.toString(), measurement("2026-01-31", 3)).statusCode(403);
    given().header("If-Match", "\"0\"").when().delete("/indicators/" + id).then().statusCode(403);

    assertEquals(before, db.indicatorState(id));
    assertEquals(1, db.indicatorsOf(initiative));
  }

  @Test
  @TestSecurity(user = "member-jelgava", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aPanelMemberReadsItsTownsIndicatorsAndChangesNone() {
    UUID id = indicatorIn(TOWN);
    given().when().get("/indicators/" + id).then().statusCode(200).body("allowedActions", empty());
    measure(id.toString(), measurement("2026-01-31", 3)).statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(definition("Renamed", 1, 2))
        .when()
        .put("/indicators/" + id)
        .then()
        .statusCode(403);
    assertEquals(0, db.indicatorState(id).version());
  }

  @Test
  @TestSecurity(user = "service-account-statistics-jelgava", roles = "integration-writer")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aStatisticsOfficeAddsMeasurementsToItsOwnTownOnlyAndReadsNothing() {
    UUID own = indicatorIn(TOWN);
    UUID other = indicatorIn("elbasan");
    IndicatorState otherBefore = db.indicatorState(other);

    measure(own.toString(), measurement("2026-02-28", 30))
        .statusCode(201)
        .body("indicatorId", equalTo(own.toString()))
        .body("progress.progressPercent", equalTo(50.0f));
    assertEquals(1, db.indicatorState(own).measurements());

    measure(other.toString(), measurement("2026-02-28", 30)).statusCode(403);
    assertEquals(otherBefore, db.indicatorState(other));

    given().when().get("/indicators/" + own).then().statusCode(403);
    UUID initiative = initiativeIn(TOWN);
    given().when().get("/initiatives/" + initiative + "/indicators").then().statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(definition("Pushed", 1, 2))
        .when()
        .post("/initiatives/" + initiative + "/indicators")
        .then()
        .statusCode(403);
    given().header("If-Match", "\"1\"").when().delete("/indicators/" + own).then().statusCode(403);
    given().when().get("/initiatives").then().statusCode(403);
    assertEquals(0, db.indicatorsOf(initiative));
  }

  @Test
  @TestSecurity(user = "service-account-statistics", roles = "integration-writer")
  void aStatisticsOfficeBoundToNoTownMeasuresNothing() {
    UUID own = indicatorIn(TOWN);
    measure(own.toString(), measurement("2026-02-28", 30)).statusCode(403);
    assertEquals(0, db.indicatorState(own).measurements());
  }

  @Test
  void anonymousCallersMustAuthenticate() {
    UUID id = indicatorIn(TOWN);
    given().when().get("/indicators/" + id).then().statusCode(401);
    measure(id.toString(), measurement("2026-02-28", 30)).statusCode(401);
  }

  private static ValidatableResponse measure(String id, Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/indicators/" + id + "/measurements")
        .then();
  }

  private UUID initiativeIn(String town) {
    return creation
        .create(
            Callers.coordinatorOf(town),
            new NewInitiative(db.knownPanel(town), "Measured in " + town, null))
        .id();
  }

  private UUID indicatorOf(UUID initiative) {
    return indicators
        .create(
            Callers.NETWORK_ADMIN,
            initiative,
            new Indicator.Definition(
                "Newcomers in work",
                "%",
                new BigDecimal("20"),
                new BigDecimal("40"),
                Direction.HIGHER_IS_BETTER))
        .id();
  }

  private UUID indicatorIn(String town) {
    return indicatorOf(initiativeIn(town));
  }
}
