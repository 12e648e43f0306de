package eu.cohesion.practice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.practice.Practices;
import eu.cohesion.practice.TestDatabase;
import eu.cohesion.practice.domain.PracticeText;
import eu.cohesion.practice.events.PracticePublished;
import eu.cohesion.practice.events.PracticeReturned;
import eu.cohesion.practice.events.PracticeSubmitted;
import eu.cohesion.practice.events.PracticeUnpublished;
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
 * Validation by the network: POST /practices/{id}/submit, /publish, /return and /unpublish — who
 * may take which step, from which status, on which version, and that a refusal changes nothing.
 */
@QuarkusTest
class PracticeValidationTest {

  @Inject Practices practices;
  @Inject TestDatabase db;

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aCoordinatorSubmitsAPracticeOfItsTown() {
    UUID id = practices.complete("mechelen", "Ready to share");

    step(id, "submit", "\"1\"")
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("status", equalTo("SUBMITTED"))
        .body("publishedAt", nullValue())
        .body("allowedActions", empty())
        .body("allowedTransitions", contains("RETURNED", "PUBLISHED"))
        .body("validationHistory.step", contains("SUBMITTED"))
        .body("validationHistory[0].by", equalTo("coordinator-mechelen"))
        .body("validationHistory[0].reason", nullValue());
    assertEquals(1, db.outboxRows(id, PracticeSubmitted.TYPE));
    assertEquals("SUBMITTED", db.practiceRow(id).get("status"));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void theAdminSeesTheQueueAndPublishesASubmittedPractice() {
    UUID id = practices.submitted("esbjerg", "Shared by the network");
    given()
        .queryParam("status", "SUBMITTED")
        .queryParam("size", "100")
        .queryParam("sort", "updatedAt,desc")
        .when()
        .get("/practices")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id.toString()))
        .body("items.status", everyItem(equalTo("SUBMITTED")))
        .body(
            "items.find { it.id == '" + id + "' }.allowedActions",
            contains("PUBLISH_PRACTICE", "RETURN_PRACTICE"));

    ValidatableResponse published =
        step(id, "publish", "\"2\"")
            .statusCode(200)
            .header("ETag", equalTo("\"3\""))
            .body("status", equalTo("PUBLISHED"))
            .body("city", equalTo("esbjerg"))
            .body("publishedAt", notNullValue())
            .body("allowedActions", contains("EDIT_PRACTICE", "UNPUBLISH_PRACTICE", "FOLLOW"))
            .body("validationHistory.step", contains("SUBMITTED", "PUBLISHED"))
            .body("validationHistory[1].by", equalTo("network-admin"));
    Instant publishedAt = Instant.parse(published.extract().path("publishedAt"));
    assertEquals(publishedAt, Instant.parse(published.extract().path("updatedAt")));
    assertTrue(Duration.between(publishedAt, Instant.now()).abs().toMinutes() < 1);
    assertEquals(1, db.outboxRows(id, PracticePublished.TYPE));
    given()
        .when()
        .get("/practices/{id}/revisions", id)
        .then()
        .statusCode(200)
        .body("number", contains(1))
        .body("[0].by", equalTo("network-admin"));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void theAdminReturnsWithAReasonAndUnpublishesWithOne() {
    UUID id = practices.submitted("esbjerg", "Sent back");
    withReason(id, "return", "\"2\"", "  The results need the visitor figures.  ")
        .statusCode(200)
        .body("status", equalTo("RETURNED"))
        .body("validationHistory.step", contains("SUBMITTED", "RETURNED"))
        .body("validationHistory[1].reason", equalTo("The results need the visitor figures."));
    assertEquals(1, db.outboxRows(id, PracticeReturned.TYPE));

    UUID published = practices.published("esbjerg", "Taken off line");
    withReason(published, "unpublish", "\"3\"", "It names a resident.")
        .statusCode(200)
        .body("status", equalTo("RETURNED"))
        .body("publishedAt", nullValue())
        .body("allowedActions", contains("EDIT_PRACTICE"))
        .body("validationHistory.step", contains("SUBMITTED", "PUBLISHED", "UNPUBLISHED"))
        .body("validationHistory[2].reason", equalTo("It names a resident."));
    assertEquals(1, db.outboxRows(published, PracticeUnpublished.TYPE));
    given()
        .queryParam("size", "100")
        .when()
        .get("/practices")
        .then()
        .body("items.id", not(hasItem(published.toString())));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void theTownSeesTheReturnReasonAndSubmitsAgain() {
    UUID id = practices.returned("mechelen", "Try again", "Add the figures of 2025.");
    given()
        .when()
        .get("/practices/{id}", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("RETURNED"))
        .body("allowedActions", contains("EDIT_PRACTICE", "SUBMIT_PRACTICE"))
        .body("validationHistory[1].step", equalTo("RETURNED"))
        .body("validationHistory[1].reason", equalTo("Add the figures of 2025."));
    step(id, "submit", "\"3\"").statusCode(200).body("status", equalTo("SUBMITTED"));
    assertEquals(2, db.outboxRows(id, PracticeSubmitted.TYPE));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void publishingAPracticeThatFailsTheChecklistNamesTheFailingItems() {
    UUID id = practices.draft("esbjerg");
    practices.revise(
        id,
        0,
        new PracticeText(
            "Title only", " ", null, "Call 0470 12 34 56", "Visits grew", null, "Anywhere", "X"));
    practices.submit(id, 1);
    refusedWithoutChange(
        id,
        () ->
            step(id, "publish", "\"2\"")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:checklist-failed"))
                .body("title", equalTo("Validation checklist not met"))
                .body(
                    "detail",
                    equalTo(
                        "the practice fails the validation checklist: SECTIONS_FILLED (summary,"
                            + " context, resources); EVIDENCE_PRESENT (results);"
                            + " NO_PERSONAL_DATA (approach)"))
                .body(
                    "failedItems.item",
                    contains("SECTIONS_FILLED", "EVIDENCE_PRESENT", "NO_PERSONAL_DATA"))
                .body("failedItems[2].fields", contains("approach")));
    given()
        .when()
        .get("/practices/{id}", id)
        .then()
        .body("checklist.passed", contains(false, false, false))
        .body("checklist[0].fields", contains("summary", "context", "resources"));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aStepTheLifecycleDoesNotAllowIsRefused() {
    UUID draft = practices.complete("esbjerg", "Not submitted");
    refusedWithoutChange(
        draft,
        () ->
            step(draft, "publish", "\"1\"")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:illegal-transition"))
                .body(
                    "detail", equalTo("a DRAFT practice cannot be PUBLISHED; allowed: SUBMITTED")));
    refusedWithoutChange(
        draft, () -> withReason(draft, "unpublish", "\"1\"", "Why").statusCode(422));
    refusedWithoutChange(draft, () -> withReason(draft, "return", "\"1\"", "Why").statusCode(422));

    UUID published = practices.published("esbjerg", "Once");
    refusedWithoutChange(
        published,
        () ->
            step(published, "publish", "\"3\"")
                .statusCode(422)
                .body(
                    "detail",
                    equalTo("a PUBLISHED practice cannot be PUBLISHED; allowed: UNPUBLISHED")));
    assertEquals(1, db.outboxRows(published, PracticePublished.TYPE));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void submittingTwiceIsRefused() {
    UUID id = practices.submitted("mechelen", "Twice");
    refusedWithoutChange(
        id,
        () ->
            step(id, "submit", "\"2\"")
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:illegal-transition")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aReasonIsRequiredAndLimited() {
    UUID id = practices.submitted("esbjerg", "Reasons");
    refusedWithoutChange(
        id,
        () ->
            withReason(id, "return", "\"2\"", " ")
                .statusCode(400)
                .contentType("application/problem+json"));
    refusedWithoutChange(
        id, () -> withReason(id, "return", "\"2\"", "x".repeat(2001)).statusCode(400));
    refusedWithoutChange(
        id,
        () ->
            given()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .body("{}")
                .when()
                .post("/practices/{id}/return", id)
                .then()
                .statusCode(400));
    refusedWithoutChange(
        id,
        () ->
            given()
                .header("If-Match", "\"2\"")
                .when()
                .post("/practices/{id}/return", id)
                .then()
                .statusCode(415)
                .contentType("application/problem+json"));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void theTownNoLongerPublishesReturnsOrUnpublishesItself() {
    UUID submitted = practices.submitted("mechelen", "Own town");
    refusedWithoutChange(submitted, () -> forbidden(step(submitted, "publish", "\"2\"")));
    refusedWithoutChange(
        submitted, () -> forbidden(withReason(submitted, "return", "\"2\"", "Mine")));
    UUID published = practices.published("mechelen", "Own published");
    refusedWithoutChange(
        published, () -> forbidden(withReason(published, "unpublish", "\"3\"", "Mine")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void theAdminDoesNotSubmitForTheTown() {
    UUID id = practices.complete("esbjerg", "Town's call");
    refusedWithoutChange(id, () -> forbidden(step(id, "submit", "\"1\"")));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void aCoordinatorMayNotSubmitAnotherTownsPractice() {
    UUID id = practices.complete("mechelen", "Foreign");
    refusedWithoutChange(id, () -> forbidden(step(id, "submit", "\"1\"")));
  }

  @Test
  @TestSecurity(user = "coordinator-nowhere", roles = "city-coordinator")
  void aCoordinatorWithoutATownMaySubmitNothing() {
    UUID id = practices.complete("mechelen", "Homeless");
    refusedWithoutChange(id, () -> forbidden(step(id, "submit", "\"1\"")));
  }

  @Test
  @TestSecurity(user = "member-mechelen", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aPanelMemberNeverValidates() {
    UUID complete = practices.complete("mechelen", "Member");
    refusedWithoutChange(complete, () -> forbidden(step(complete, "submit", "\"1\"")));
    UUID submitted = practices.submitted("mechelen", "Member submitted");
    refusedWithoutChange(submitted, () -> forbidden(step(submitted, "publish", "\"2\"")));
    refusedWithoutChange(
        submitted, () -> forbidden(withReason(submitted, "return", "\"2\"", "No")));
    UUID published = practices.published("mechelen", "Member published");
    refusedWithoutChange(
        published, () -> forbidden(withReason(published, "unpublish", "\"3\"", "No")));
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void anIntegrationClientNeverValidates() {
    UUID submitted = practices.submitted("mechelen", "Integration");
    refusedWithoutChange(submitted, () -> forbidden(step(submitted, "publish", "\"2\"")));
    refusedWithoutChange(submitted, () -> forbidden(step(submitted, "submit", "\"2\"")));
  }

  @Test
  void anonymousCallersMustAuthenticate() {
    UUID id = practices.submitted("mechelen", "Anonymous");
    for (String step : new String[] {"submit", "publish"}) {
      refusedWithoutChange(
          id,
          () ->
              step(id, step, "\"2\"")
                  .statusCode(401)
                  .header("WWW-Authenticate", equalTo("Bearer"))
                  .body("type", equalTo("urn:cohesion:problem:unauthenticated")));
    }
    for (String step : new String[] {"return", "unpublish"}) {
      refusedWithoutChange(id, () -> withReason(id, step, "\"2\"", "Why").statusCode(401));
    }
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aStepOnAnOlderVersionIsAConflict() {
    UUID id = practices.submitted("esbjerg", "Moved on");
    refusedWithoutChange(
        id,
        () ->
            step(id, "publish", "\"1\"")
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:stale-version"))
                .body(
                    "detail",
                    containsString("is at version 2, the request was based on version 1")));
    refusedWithoutChange(id, () -> withReason(id, "return", "\"1\"", "Late").statusCode(412));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aStepWithoutIfMatchIsRefused() {
    UUID id = practices.submitted("esbjerg", "No precondition");
    refusedWithoutChange(
        id,
        () ->
            given()
                .when()
                .post("/practices/{id}/publish", id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:precondition-required"))
                .body("title", equalTo("If-Match required")));
    refusedWithoutChange(
        id,
        () ->
            given()
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Why"))
                .when()
                .post("/practices/{id}/return", id)
                .then()
                .statusCode(428));
    refusedWithoutChange(id, () -> step(id, "publish", "W/\"2\"").statusCode(400));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void anUnknownPracticeIsNotFound() {
    long outboxBefore = db.outboxRows();
    step(UUID.randomUUID(), "publish", "\"0\"")
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:not-found"));
    withReason(UUID.randomUUID(), "return", "\"0\"", "Why").statusCode(404);
    given().when().get("/practices/{id}/revisions", UUID.randomUUID()).then().statusCode(404);
    assertEquals(outboxBefore, db.outboxRows());
  }

  @Test
  void revisionsOfADraftAreHiddenFromThePublic() {
    UUID draft = practices.complete("mechelen", "Hidden");
    given().when().get("/practices/{id}/revisions", draft).then().statusCode(404);
    UUID published = practices.published("mechelen", "Public history");
    given()
        .when()
        .get("/practices/{id}/revisions", published)
        .then()
        .statusCode(200)
        .body("title", contains("Public history"));
  }

  private static ValidatableResponse forbidden(ValidatableResponse response) {
    return response
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:forbidden"));
  }

  /**
   * Runs a request that must be refused and checks that the practice, its history and the outbox
   * are as before.
   */
  private void refusedWithoutChange(UUID id, Supplier<ValidatableResponse> request) {
    Map<String, Object> before = db.practiceRow(id);
    long outboxBefore = db.outboxRows();
    long historyBefore = db.historyRows(id);
    request.get().body("instance", notNullValue());
    assertEquals(before, db.practiceRow(id), "practice " + id);
    assertEquals(outboxBefore, db.outboxRows(), "outbox rows");
    assertEquals(historyBefore, db.historyRows(id), "revisions and validation steps");
  }

  private static ValidatableResponse step(UUID id, String step, String ifMatch) {
    return given().header("If-Match", ifMatch).when().post("/practices/{id}/" + step, id).then();
  }

  private static ValidatableResponse withReason(
      UUID id, String step, String ifMatch, String reason) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(Map.of("reason", reason))
        .when()
        .post("/practices/{id}/" + step, id)
        .then();
  }
}
