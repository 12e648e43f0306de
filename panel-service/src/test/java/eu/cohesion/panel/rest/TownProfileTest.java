package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import eu.cohesion.panel.TestDatabase;
import eu.cohesion.panel.domain.City;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A town's profile: anyone reads it, the network admin edits it with If-Match, and every refusal
 * leaves the town and the outbox as they were.
 */
@QuarkusTest
class TownProfileTest {

  private static final String TOWN = "panevezys";
  private static final String CHANGED = "eu.cohesion.city.changed";

  @Inject TestDatabase db;

  @Test
  void anyoneReadsTheTownsLanguagesCoordinatesAndBaselineWithItsVersion() {
    given()
        .when()
        .get("/cities/reggio-emilia")
        .then()
        .statusCode(200)
        .header("ETag", org.hamcrest.Matchers.matchesPattern("\"\\d+\""))
        .body("languages", hasItem("it"))
        .body("baseline.shares", org.hamcrest.Matchers.hasKey("NEWLY_ARRIVED_MIGRANT"))
        .body("allowedActions", not(hasItem("EDIT_CITY")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void theNetworkAdminEditsTheProfileAndTheChangeIsAnnounced() {
    String etag = etag();
    long eventsBefore = db.outboxRowsOfType(City.subjectId(TOWN), CHANGED);

    String newTag =
        edit(etag, profile())
            .statusCode(200)
            .body("languages", contains("lt", "ru", "pl"))
            .body("latitude", equalTo(55.73823f))
            .body("longitude", equalTo(24.35085f))
            .body("baseline.shares.NATIVE", equalTo(86.4f))
            .body("baseline.shares.EXPAT", equalTo(2.1f))
            .body("baseline.shares.NEWLY_ARRIVED_MIGRANT", equalTo(1.5f))
            .body("baseline.shares.PRECARIOUS_OR_VULNERABLE", equalTo(19.0f))
            .body("baseline.source", equalTo("Panevėžys municipality statistics unit"))
            .body("baseline.year", equalTo(2024))
            .body("allowedActions", hasItem("EDIT_CITY"))
            .extract()
            .header("ETag");

    assertNotEquals(etag, newTag);
    assertEquals(eventsBefore + 1, db.outboxRowsOfType(City.subjectId(TOWN), CHANGED));
    given()
        .when()
        .get("/cities/" + TOWN)
        .then()
        .header("ETag", equalTo(newTag))
        .body("baseline.shares.NATIVE", equalTo(86.4f));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aBaselineMayLeaveGroupsOutAndSharesNeedNotAddUpTo100() {
    Map<String, Object> body = profile();
    body.put(
        "baseline",
        Map.of(
            "shares",
            shares(null, "40.0", null, "70.5"),
            "source",
            "Panevėžys municipality statistics unit",
            "year",
            2023));
    edit(etag(), body)
        .statusCode(200)
        .body("baseline.shares.NATIVE", nullValue())
        .body("baseline.shares.EXPAT", equalTo(40.0f))
        .body("baseline.shares.PRECARIOUS_OR_VULNERABLE", equalTo(70.5f));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          latitude 91                 | 400 | latitude
          longitude -180.5            | 400 | longitude
          latitude six decimals       | 400 | latitude
          share 100.1                 | 400 | NATIVE
          share two decimals          | 400 | EXPAT
          language english            | 400 | languages
          no languages                | 400 | languages
          source too long             | 400 | source
          latitude without longitude  | 422 |
          shares without source       | 422 |
          a year to come              | 422 |
          """)
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aBadProfileIsRefusedAndChangesNothing(String what, int status, String field) {
    Map<String, Object> body = broken(what);
    refusedWithoutChange(
        () -> {
          ValidatableResponse response =
              edit(etag(), body).statusCode(status).contentType("application/problem+json");
          if (field != null) {
            response.body("violations.field", hasItem(org.hamcrest.Matchers.containsString(field)));
          }
        });
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void withoutIfMatchOrWithAStaleOneTheEditIsRefused() {
    refusedWithoutChange(
        () -> {
          given()
              .contentType(ContentType.JSON)
              .body(profile())
              .when()
              .put("/cities/" + TOWN)
              .then()
              .statusCode(428);
          edit("\"999\"", profile()).statusCode(412);
          edit("999", profile()).statusCode(400);
        });
  }

  @Test
  @TestSecurity(user = "coordinator-panevezys", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorMayNotEditEvenItsOwnTown() {
    refusedWithoutChange(() -> edit(etag(), profile()).statusCode(403));
  }

  @Test
  void anAnonymousCallerMustAuthenticate() {
    refusedWithoutChange(() -> edit(etag(), profile()).statusCode(401));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void anUnknownTownIsNotFound() {
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(profile())
        .when()
        .put("/cities/atlantis")
        .then()
        .statusCode(404);
  }

  private void refusedWithoutChange(Runnable refused) {
    String before = given().when().get("/cities/" + TOWN).then().extract().asString();
    long outbox = db.outboxRows();
    refused.run();
    assertEquals(before, given().when().get("/cities/" + TOWN).then().extract().asString());
    assertEquals(outbox, db.outboxRows());
  }

  private static String etag() {
    return given().when().get("/cities/" + TOWN).then().statusCode(200).extract().header("ETag");
  }

  private static ValidatableResponse edit(String ifMatch, Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(body)
        .when()
        .put("/cities/" + TOWN)
        .then();
  }

  private static Map<String, Object> profile() {
    Map<String, Object> body = new HashMap<>();
    body.put("languages", List.of("lt", "ru", "pl", "lt"));
    body.put("latitude", 55.73823);
    body.put("longitude", 24.35085);
    body.put(
        "baseline",
        new HashMap<>(
            Map.of(
                "shares",
                shares("86.4", "2.1", "1.5", "19.0"),
                "source",
                "Panevėžys municipality statistics unit",
                "year",
                2024)));
    return body;
  }

  private static Map<String, Object> shares(
      String natives, String expats, String newcomers, String precarious) {
    Map<String, Object> shares = new HashMap<>();
    shares.put("NATIVE", natives == null ? null : Double.valueOf(natives));
    shares.put("EXPAT", expats == null ? null : Double.valueOf(expats));
    shares.put("NEWLY_ARRIVED_MIGRANT", newcomers == null ? null : Double.valueOf(newcomers));
    shares.put("PRECARIOUS_OR_VULNERABLE", precarious == null ? null : Double.valueOf(precarious));
    return shares;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> broken(String what) {
    Map<String, Object> body = profile();
    Map<String, Object> baseline = (Map<String, Object>) body.get("baseline");
    UnaryOperator<Map<String, Object>> shares =
        s -> {
          Map<String, Object> copy = new HashMap<>(s);
          baseline.put("shares", copy);
          return copy;
        };
    Map<String, Object> s = (Map<String, Object>) baseline.get("shares");
    switch (what) {
      case "latitude 91" -> body.put("latitude", 91);
      case "longitude -180.5" -> body.put("longitude", -180.5);
      case "latitude six decimals" -> body.put("latitude", 55.738231);
      case "share 100.1" -> shares.apply(s).put("NATIVE", 100.1);
      case "share two decimals" -> shares.apply(s).put("EXPAT", 2.15);
      case "language english" -> body.put("languages", List.of("english"));
      case "no languages" -> body.put("languages", List.of());
      case "source too long" -> baseline.put("source", "x".repeat(301));
      case "latitude without longitude" -> body.put("longitude", null);
      case "shares without source" -> baseline.put("source", null);
      case "a year to come" -> baseline.put("year", 2099);
      default -> throw new IllegalArgumentException(what);
    }
    return body;
  }
}
