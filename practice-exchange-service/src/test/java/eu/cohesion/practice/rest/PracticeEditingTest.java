package eu.cohesion.practice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.practice.Practices;
import eu.cohesion.practice.TestDatabase;
import eu.cohesion.practice.events.PracticeRevised;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** PUT /practices/{id}: who may rewrite which practice, on which version, with what text. */
@QuarkusTest
class PracticeEditingTest {

  private static final List<String> LONG_TEXTS =
      List.of("context", "approach", "results", "resources", "transferability", "lessons");

  @Inject Practices practices;
  @Inject TestDatabase db;

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aCoordinatorRewritesADraftOfItsOwnTown() {
    UUID id = practices.draft("mechelen");
    String etag =
        given().when().get("/practices/{id}", id).then().statusCode(200).extract().header("ETag");
    assertEquals("\"0\"", etag);
    long outboxBefore = db.outboxRows();

    ValidatableResponse edited =
        put(id, etag, padded(text("Welcome desks")))
            .statusCode(200)
            .contentType(ContentType.JSON)
            .header("ETag", equalTo("\"1\""))
            .body("version", equalTo(1))
            .body("title", equalTo("Welcome desks"))
            .body("summary", equalTo("summary of Welcome desks"))
            .body("context", equalTo("context of Welcome desks"))
            .body("approach", equalTo("approach of Welcome desks"))
            .body("results", equalTo("results of Welcome desks"))
            .body("resources", equalTo("resources of Welcome desks"))
            .body("transferability", equalTo("transferability of Welcome desks"))
            .body("lessons", equalTo("lessons of Welcome desks"))
            .body("status", equalTo("DRAFT"))
            .body("city", equalTo("mechelen"))
            .body("publishedAt", nullValue());
    Instant createdAt = Instant.parse(edited.extract().path("createdAt"));
    Instant updatedAt = Instant.parse(edited.extract().path("updatedAt"));
    assertTrue(updatedAt.isAfter(createdAt));
    assertEquals(outboxBefore, db.outboxRows(), "an edit announces nothing");

    given()
        .when()
        .get("/practices/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("lessons", equalTo("lessons of Welcome desks"))
        .body("updatedAt", equalTo(edited.extract().path("updatedAt")));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void theBodyReplacesTheWholeTextSoLeftOutFieldsAreCleared() {
    UUID id = practices.draft("mechelen");

    put(id, "\"0\"", Map.of("title", "Only a title"))
        .statusCode(200)
        .body("title", equalTo("Only a title"))
        .body("summary", nullValue())
        .body("results", nullValue());
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aNetworkAdminRewritesPracticesOfAnyTown() {
    for (String city : List.of("tartu", "reggio-emilia")) {
      UUID id = practices.draft(city);
      put(id, "\"0\"", text("Edited by the network")).statusCode(200).body("city", equalTo(city));
    }
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aPublishedPracticeMayBeEditedStaysPublishedAndKeepsEachRevision() {
    UUID id = practices.published("mechelen", "Published first");
    String publishedAt = given().get("/practices/{id}", id).then().extract().path("publishedAt");

    ValidatableResponse edited =
        put(id, "\"3\"", measured(text("Improved later")))
            .statusCode(200)
            .header("ETag", equalTo("\"4\""))
            .body("status", equalTo("PUBLISHED"))
            .body("publishedAt", equalTo(publishedAt))
            .body("title", equalTo("Improved later"));
    assertEquals(1, db.outboxRows(id, PracticeRevised.TYPE));

    given()
        .when()
        .get("/practices/{id}/revisions", id)
        .then()
        .statusCode(200)
        .body("number", contains(1, 2))
        .body("kind", contains("PUBLICATION", "EDIT"))
        .body("title", contains("Published first", "Improved later"))
        .body("[0].context", equalTo(Practices.completeText("Published first").context()))
        .body("[1].results", equalTo("results of Improved later: 412 visits"))
        .body("[0].by", equalTo("fixture-admin"))
        .body("[1].by", equalTo("coordinator-mechelen"))
        .body("[1].at", equalTo(edited.extract().path("updatedAt")));

    put(id, "\"4\"", measured(text("Improved later"))).statusCode(200);
    assertEquals(1, db.outboxRows(id, PracticeRevised.TYPE), "the same text is no new revision");
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void anEditMayNotMakeAPublishedPracticeFailTheChecklist() {
    UUID id = practices.published("mechelen", "Must stay complete");
    Map<String, Object> body = measured(text("Must stay complete"));
    body.put("context", " ");
    body.remove("approach");
    body.put("lessons", "Ask anna@mechelen.example.be");

    refusedWithoutChange(
        id,
        () ->
            put(id, "\"3\"", body)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:checklist-failed"))
                .body(
                    "detail",
                    endsWith("SECTIONS_FILLED (context, approach); NO_PERSONAL_DATA (lessons)"))
                .body("failedItems.item", contains("SECTIONS_FILLED", "NO_PERSONAL_DATA"))
                .body("failedItems[0].fields", contains("context", "approach")));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aSubmittedPracticeIsLockedUntilTheAdminDecides() {
    UUID id = practices.submitted("mechelen", "Waiting");
    refusedWithoutChange(
        id,
        () ->
            put(id, "\"2\"", text("Sneaked in"))
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:under-validation")));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aReturnedPracticeIsEditedWithoutRevisions() {
    UUID id = practices.returned("mechelen", "Sent back", "Add figures");
    put(id, "\"3\"", text("Reworked")).statusCode(200).body("status", equalTo("RETURNED"));
    assertEquals(0, db.outboxRows(id, PracticeRevised.TYPE));
    given().when().get("/practices/{id}/revisions", id).then().statusCode(200).body("$", empty());
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void anEditBasedOnAnOlderVersionIsAConflict() {
    UUID id = practices.draft("mechelen");
    put(id, "\"0\"", text("First writer")).statusCode(200);

    refusedWithoutChange(
        id,
        () ->
            put(id, "\"0\"", text("Second writer"))
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:stale-version"))
                .body("detail", containsString("is at version 1")));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void anEditWithoutIfMatchIsRefused() {
    UUID id = practices.draft("mechelen");

    refusedWithoutChange(
        id,
        () ->
            given()
                .contentType(ContentType.JSON)
                .body(text("No precondition"))
                .when()
                .put("/practices/{id}", id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:precondition-required"))
                .body("status", equalTo(428)));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aMalformedIfMatchIsABadRequest() {
    UUID id = practices.draft("mechelen");
    for (String ifMatch : List.of("W/\"0\"", "\"zero\"", "*", "\"0\", \"1\"")) {
      refusedWithoutChange(
          id,
          () ->
              put(id, ifMatch, text("Odd precondition"))
                  .statusCode(400)
                  .contentType("application/problem+json")
                  .body("type", equalTo("urn:cohesion:problem:validation"))
                  .body("violations[0].field", equalTo("ifMatch")));
    }
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aBareVersionIsNoEntityTagAndIsRefused() {
    UUID id = practices.draft("mechelen");
    refusedWithoutChange(
        id,
        () ->
            put(id, "0", text("Bare version"))
                .statusCode(400)
                .body("violations[0].field", equalTo("ifMatch")));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void aCoordinatorMayNotEditAnotherTownsPractice() {
    UUID id = practices.draft("mechelen");
    refusedWithoutChange(
        id,
        () ->
            put(id, "\"0\"", text("Foreign"))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:forbidden"))
                .body("detail", equalTo("you may not change practices of town mechelen")));
  }

  @Test
  @TestSecurity(user = "coordinator-nowhere", roles = "city-coordinator")
  void aCoordinatorWithoutATownMayNotEdit() {
    UUID id = practices.draft("mechelen");
    refusedWithoutChange(id, () -> put(id, "\"0\"", text("Homeless")).statusCode(403));
  }

  @Test
  @TestSecurity(user = "member-mechelen", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aPanelMemberMayNotEdit() {
    UUID id = practices.draft("mechelen");
    refusedWithoutChange(
        id,
        () ->
            put(id, "\"0\"", text("Member"))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:forbidden")));
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void anIntegrationClientMayNotEdit() {
    UUID id = practices.draft("mechelen");
    refusedWithoutChange(
        id,
        () ->
            put(id, "\"0\"", text("Integration"))
                .statusCode(403)
                .contentType("application/problem+json"));
  }

  @Test
  void anonymousCallersMustAuthenticate() {
    UUID id = practices.draft("mechelen");
    refusedWithoutChange(
        id,
        () ->
            put(id, "\"0\"", text("Anonymous"))
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:unauthenticated")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void anUnknownPracticeIsNotFound() {
    long outboxBefore = db.outboxRows();
    put(UUID.randomUUID(), "\"0\"", text("Nobody"))
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:not-found"));
    put("not-a-uuid", "\"0\"", text("Nobody")).statusCode(404);
    assertEquals(outboxBefore, db.outboxRows());
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void violationsAreNamedPerField() {
    UUID id = practices.draft("delft");
    Map<String, Object> body = text(" ");
    body.put("summary", "s".repeat(2001));

    refusedWithoutChange(
        id,
        () ->
            put(id, "\"0\"", body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:validation"))
                .body("violations.field", containsInAnyOrder("summary", "title")));
    refusedWithoutChange(
        id,
        () ->
            put(id, "\"0\"", Map.of("summary", "no title"))
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("title")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void everyOversizedTextIsNamed() {
    UUID id = practices.draft("delft");
    Map<String, Object> longTitle = text("t".repeat(201));
    refusedWithoutChange(
        id,
        () ->
            put(id, "\"0\"", longTitle)
                .statusCode(400)
                .body("violations[0].field", equalTo("title"))
                .body("violations[0].message", equalTo("size must be between 0 and 200")));
    for (String field : LONG_TEXTS) {
      Map<String, Object> body = text("Fits");
      body.put(field, "x".repeat(8001));
      refusedWithoutChange(
          id,
          () ->
              put(id, "\"0\"", body)
                  .statusCode(400)
                  .body("violations.field", containsInAnyOrder(field))
                  .body("violations[0].message", equalTo("size must be between 0 and 8000")));
    }
    Map<String, Object> atTheLimits = text("t".repeat(200));
    atTheLimits.put("summary", "s".repeat(2000));
    LONG_TEXTS.forEach(field -> atTheLimits.put(field, "x".repeat(8000)));
    put(id, "\"0\"", atTheLimits).statusCode(200);
  }

  /**
   * Only the status is asserted: service-kit 0.1.0 answers a syntax error with the generic
   * urn:cohesion:problem:http, and leaves unknown fields and wrong types to Quarkus's built-in
   * mapper, whose body is no problem+json (reported to the lead with the fix).
   */
  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void unreadableBodiesAreBadRequests() {
    UUID id = practices.draft("delft");
    refusedWithoutChange(id, () -> put(id, "\"0\"", "{\"title\": ").statusCode(400));
    Map<String, Object> unknown = text("Colourful");
    unknown.put("colour", "blue");
    refusedWithoutChange(id, () -> put(id, "\"0\"", unknown).statusCode(400));
    Map<String, Object> wrongType = text("Typed");
    wrongType.put("lessons", Map.of("en", "Lessons"));
    refusedWithoutChange(id, () -> put(id, "\"0\"", wrongType).statusCode(400));
    refusedWithoutChange(
        id, () -> put(id, "\"0\"", "").statusCode(400).contentType("application/problem+json"));
  }

  /**
   * Runs a request that must be refused and checks that the practice and the outbox are as before.
   */
  private void refusedWithoutChange(UUID id, Supplier<ValidatableResponse> request) {
    Map<String, Object> before = db.practiceRow(id);
    long outboxBefore = db.outboxRows();
    long historyBefore = db.historyRows(id);
    request.get();
    assertEquals(before, db.practiceRow(id), "practice " + id);
    assertEquals(outboxBefore, db.outboxRows(), "outbox rows");
    assertEquals(historyBefore, db.historyRows(id), "revisions and validation steps");
  }

  private static ValidatableResponse put(Object id, String ifMatch, Object body) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(body)
        .when()
        .put("/practices/{id}", id)
        .then();
  }

  private static Map<String, Object> text(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("summary", "summary of " + title);
    LONG_TEXTS.forEach(field -> body.put(field, field + " of " + title));
    return body;
  }

  /** Results stating a figure, as the checklist asks of a published practice. */
  private static Map<String, Object> measured(Map<String, Object> body) {
    body.put("results", body.get("results") + ": 412 visits");
    return body;
  }

  private static Map<String, Object> padded(Map<String, Object> body) {
    Map<String, Object> padded = new HashMap<>();
    body.forEach((field, value) -> padded.put(field, "  " + value + "\n"));
    return padded;
  }
}
