package eu.cohesion.practice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.practice.Practices;
import eu.cohesion.practice.TestDatabase;
import eu.cohesion.practice.domain.PracticeText;
import eu.cohesion.practice.events.PracticePublished;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** POST /practices/{id}/publish: who may publish, when a practice is ready, and once only. */
@QuarkusTest
class PracticePublicationTest {

  @Inject Practices practices;
  @Inject TestDatabase db;

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aCoordinatorPublishesACompletePracticeOfItsTown() {
    UUID id = practices.complete("mechelen", "Ready to share");

    ValidatableResponse published =
        publish(id, "\"1\"")
            .statusCode(200)
            .header("ETag", equalTo("\"2\""))
            .body("version", equalTo(2))
            .body("status", equalTo("PUBLISHED"))
            .body("title", equalTo("Ready to share"))
            .body("publishedAt", notNullValue());
    Instant publishedAt = Instant.parse(published.extract().path("publishedAt"));
    assertEquals(publishedAt, Instant.parse(published.extract().path("updatedAt")));
    assertTrue(Duration.between(publishedAt, Instant.now()).abs().toMinutes() < 1);
    assertEquals(1, db.outboxRows(id, PracticePublished.TYPE));
    assertEquals("PUBLISHED", db.practiceRow(id).get("status"));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aNetworkAdminPublishesPracticesOfAnyTown() {
    UUID id = practices.complete("esbjerg", "Shared by the network");
    publish(id, "\"1\"").statusCode(200).body("city", equalTo("esbjerg"));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aDraftFreshFromItsConclusionLacksContextAndApproach() {
    UUID id = practices.draft("mechelen");
    refusedWithoutChange(
        id,
        () ->
            publish(id, "\"0\"")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:practice-incomplete"))
                .body("title", equalTo("Practice incomplete"))
                .body("detail", endsWith("blank: context, approach")));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void everyBlankRequiredTextIsNamed() {
    UUID id = practices.draft("mechelen");
    practices.revise(
        id, 0, new PracticeText("Title only", " ", null, null, null, "Money", "Anywhere", "Some"));
    refusedWithoutChange(
        id,
        () ->
            publish(id, "\"1\"")
                .statusCode(422)
                .body("detail", endsWith("blank: summary, context, approach, results")));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aPracticeIsPublishedOnlyOnce() {
    UUID id = practices.complete("mechelen", "Once");
    publish(id, "\"1\"").statusCode(200);

    refusedWithoutChange(
        id,
        () ->
            publish(id, "\"2\"")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:already-published"))
                .body("detail", equalTo("practice " + id + " is already published")));
    assertEquals(1, db.outboxRows(id, PracticePublished.TYPE));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void publishingAnOlderVersionIsAConflict() {
    UUID id = practices.complete("mechelen", "Moved on");
    refusedWithoutChange(
        id,
        () ->
            publish(id, "\"0\"")
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:stale-version"))
                .body(
                    "detail",
                    containsString("is at version 1, the request was based on version 0")));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void publishingWithoutIfMatchIsRefused() {
    UUID id = practices.complete("mechelen", "No precondition");
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
    refusedWithoutChange(id, () -> publish(id, "W/\"1\"").statusCode(400));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void aCoordinatorMayNotPublishAnotherTownsPractice() {
    UUID id = practices.complete("mechelen", "Foreign");
    refusedWithoutChange(
        id,
        () ->
            publish(id, "\"1\"")
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:forbidden")));
  }

  @Test
  @TestSecurity(user = "coordinator-nowhere", roles = "city-coordinator")
  void aCoordinatorWithoutATownMayNotPublish() {
    UUID id = practices.complete("mechelen", "Homeless");
    refusedWithoutChange(id, () -> publish(id, "\"1\"").statusCode(403));
  }

  @Test
  @TestSecurity(user = "member-mechelen", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aPanelMemberMayNotPublish() {
    UUID id = practices.complete("mechelen", "Member");
    refusedWithoutChange(
        id,
        () ->
            publish(id, "\"1\"")
                .statusCode(403)
                .body("type", equalTo("urn:cohesion:problem:forbidden")));
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void anIntegrationClientMayNotPublish() {
    UUID id = practices.complete("mechelen", "Integration");
    refusedWithoutChange(id, () -> publish(id, "\"1\"").statusCode(403));
  }

  @Test
  void anonymousCallersMustAuthenticate() {
    UUID id = practices.complete("mechelen", "Anonymous");
    refusedWithoutChange(
        id,
        () ->
            publish(id, "\"1\"")
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("urn:cohesion:problem:unauthenticated")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void anUnknownPracticeIsNotFound() {
    long outboxBefore = db.outboxRows();
    publish(UUID.randomUUID(), "\"0\"")
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:not-found"));
    assertEquals(outboxBefore, db.outboxRows());
  }

  /**
   * Runs a request that must be refused and checks that the practice and the outbox are as before.
   */
  private void refusedWithoutChange(UUID id, Supplier<ValidatableResponse> request) {
    Map<String, Object> before = db.practiceRow(id);
    long outboxBefore = db.outboxRows();
    request.get().body("instance", notNullValue());
    assertEquals(before, db.practiceRow(id), "practice " + id);
    assertEquals(outboxBefore, db.outboxRows(), "outbox rows");
  }

  private static ValidatableResponse publish(UUID id, String ifMatch) {
    return given().header("If-Match", ifMatch).when().post("/practices/{id}/publish", id).then();
  }
}
