package eu.cohesion.initiative.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.initiative.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * POST /initiatives: who may start an initiative for which panel, what is refused, and that a
 * refusal changes nothing. Mechelen's coordinator is the main caller.
 */
@QuarkusTest
class InitiativeCreationTest {

  private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

  @Inject TestDatabase db;

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aCoordinatorStartsADraftForAPanelOfItsTown() {
    UUID panel = db.knownPanel("mechelen");
    long outboxBefore = db.outboxRows();

    ValidatableResponse created =
        post(Map.of(
                "panelId", panel.toString(),
                "title", "  Welcome desk run by newcomers ",
                "summary", "Newcomers help newcomers."))
            .statusCode(201)
            .contentType(ContentType.JSON)
            .header("ETag", equalTo("\"0\""))
            .header("Location", matchesPattern(".*/initiatives/[0-9a-f-]{36}"))
            .body("id", matchesPattern("[0-9a-f-]{36}"))
            .body("panelId", equalTo(panel.toString()))
            .body("city", equalTo("mechelen"))
            .body("title", equalTo("Welcome desk run by newcomers"))
            .body("summary", equalTo("Newcomers help newcomers."))
            .body("status", equalTo("DRAFT"))
            .body("outcome", nullValue())
            .body("conclusion", nullValue())
            .body("version", equalTo(0))
            .body("createdAt", matchesPattern(TIMESTAMP))
            .body("allowedTransitions", contains("PROPOSED", "WITHDRAWN"))
            .body("history", hasSize(1))
            .body("history[0].from", nullValue())
            .body("history[0].to", equalTo("DRAFT"))
            .body("history[0].by", equalTo("coordinator-mechelen"))
            .body("history[0].reason", equalTo("created"));
    String id = created.extract().path("id");
    String createdAt = created.extract().path("createdAt");
    created.body("updatedAt", equalTo(createdAt)).body("history[0].at", equalTo(createdAt));
    String location = created.extract().header("Location");
    assertTrue(location.endsWith("/initiatives/" + id));

    assertEquals(outboxBefore + 1, db.outboxRows());
    assertEquals(
        new TestDatabase.InitiativeState("DRAFT", 0, 1, 1),
        db.initiativeState(UUID.fromString(id)));

    given()
        .when()
        .get(location)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("id", equalTo(id))
        .body("createdAt", equalTo(createdAt))
        .body("history", hasSize(1));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aNetworkAdminStartsInitiativesInAnyTownWithoutSummary() {
    for (String city : new String[] {"jelgava", "reggio-emilia"}) {
      post(Map.of("panelId", db.knownPanel(city).toString(), "title", "Language cafés"))
          .statusCode(201)
          .body("city", equalTo(city))
          .body("summary", nullValue())
          .body("history[0].by", equalTo("network-admin"));
    }
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aBlankSummaryIsNoSummary() {
    post(Map.of("panelId", db.knownPanel("jelgava").toString(), "title", "T", "summary", "  "))
        .statusCode(201)
        .body("summary", nullValue());
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aCoordinatorMayNotStartAnInitiativeForAnotherTownsPanel() {
    UUID tartuPanel = db.knownPanel("tartu");
    refusedWithoutChange(
        "tartu",
        () ->
            create(tartuPanel)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:forbidden"))
                .body("status", equalTo(403))
                .body("detail", equalTo("you may not start initiatives in town tartu")));
  }

  @Test
  @TestSecurity(user = "coordinator-nowhere", roles = "city-coordinator")
  void aCoordinatorWithoutATownMayNotStartInitiatives() {
    UUID panel = db.knownPanel("mechelen");
    refusedWithoutChange("mechelen", () -> create(panel).statusCode(403));
  }

  @Test
  @TestSecurity(user = "member-mechelen", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aPanelMemberMayNotStartInitiatives() {
    UUID panel = db.knownPanel("mechelen");
    refusedWithoutChange(
        "mechelen",
        () ->
            create(panel)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:forbidden")));
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void anIntegrationClientMayNotStartInitiatives() {
    UUID panel = db.knownPanel("mechelen");
    refusedWithoutChange(
        "mechelen", () -> create(panel).statusCode(403).contentType("application/problem+json"));
  }

  @Test
  void anonymousCallersMustAuthenticate() {
    UUID panel = db.knownPanel("mechelen");
    refusedWithoutChange(
        "mechelen",
        () ->
            create(panel)
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:unauthenticated")));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aPanelTheServiceHasNotLearntOfIsUnprocessable() {
    UUID unknown = UUID.randomUUID();
    refusedWithoutChange(
        "mechelen",
        () ->
            create(unknown)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:unknown-panel"))
                .body("status", equalTo(422))
                .body(
                    "detail",
                    equalTo("panel " + unknown + " is not known to the initiative service (yet)")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void missingAndBlankFieldsAreNamed() {
    refusedWithoutChange(
        "mechelen",
        () ->
            post(Map.of("title", " "))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:validation"))
                .body("violations.field", containsInAnyOrder("panelId", "title")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void oversizedTextsAreNamed() {
    String panel = db.knownPanel("mechelen").toString();
    refusedWithoutChange(
        "mechelen",
        () ->
            post(Map.of("panelId", panel, "title", "t".repeat(201)))
                .statusCode(400)
                .body("violations.field", contains("title"))
                .body("violations[0].message", equalTo("size must be between 0 and 200")));
    refusedWithoutChange(
        "mechelen",
        () ->
            post(Map.of("panelId", panel, "title", "Long", "summary", "s".repeat(4001)))
                .statusCode(400)
                .body("violations.field", contains("summary"))
                .body("violations[0].message", equalTo("size must be between 0 and 4000")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void theLongestTextsAreAccepted() {
    post(Map.of(
            "panelId", db.knownPanel("jelgava").toString(),
            "title", "t".repeat(200),
            "summary", "s".repeat(4000)))
        .statusCode(201);
  }

  /**
   * The kit types it urn:cohesion:problem:http for now, not malformed-body: reported to the lead.
   */
  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void malformedJsonIsABadRequest() {
    refusedWithoutChange(
        "mechelen",
        () ->
            post("{\"panelId\": ")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400)));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void unknownFieldsAreRefused() {
    Map<String, Object> body = new HashMap<>(valid(db.knownPanel("mechelen")));
    body.put("status", "APPROVED");
    refusedWithoutChange(
        "mechelen",
        () ->
            post(body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("status"))
                .body("violations[0].message", equalTo("is not a known field")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void fieldsOfTheWrongTypeAreNamed() {
    refusedWithoutChange(
        "mechelen",
        () ->
            post(Map.of("panelId", "not-a-uuid", "title", "T"))
                .statusCode(400)
                .body("violations[0].field", equalTo("panelId")));
    refusedWithoutChange(
        "mechelen",
        () ->
            post(Map.of(
                    "panelId", db.knownPanel("mechelen").toString(), "title", Map.of("en", "T")))
                .statusCode(400)
                .body("violations[0].field", equalTo("title")));
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
                .body("title=T")
                .when()
                .post("/initiatives")
                .then()
                .statusCode(415)
                .contentType("application/problem+json"));
  }

  /** Runs a request that must be refused and checks that it left no initiative or event behind. */
  private void refusedWithoutChange(String city, Supplier<ValidatableResponse> request) {
    long initiativesBefore = db.initiativesIn(city);
    long outboxBefore = db.outboxRows();
    request.get().body("instance", notNullValue()).body("violations", notNullValue());
    assertEquals(initiativesBefore, db.initiativesIn(city), "initiatives of " + city);
    assertEquals(outboxBefore, db.outboxRows(), "outbox rows");
  }

  private static Map<String, Object> valid(UUID panelId) {
    return Map.of("panelId", panelId.toString(), "title", "Neighbourhood buddies");
  }

  private static ValidatableResponse create(UUID panelId) {
    return post(valid(panelId));
  }

  private static ValidatableResponse post(Object body) {
    return given().contentType(ContentType.JSON).body(body).when().post("/initiatives").then();
  }
}
