package eu.cohesion.practice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.practice.Practices;
import eu.cohesion.practice.TestDatabase;
import eu.cohesion.practice.Transfers;
import eu.cohesion.practice.Unique;
import eu.cohesion.practice.events.TransferChanged;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Transfers over HTTP: another town's coordinator registers and moves one, the practice's town
 * answers, everyone reads where a practice travelled; every refusal changes nothing.
 */
@QuarkusTest
class TransfersTest {

  @Inject Practices practices;
  @Inject Transfers transfers;
  @Inject TestDatabase db;

  @Test
  @TestSecurity(user = "coordinator-tartu-id", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void anotherTownsCoordinatorTakesAPracticeFromInterestToTransferred() {
    UUID practice = practices.published("mechelen", Unique.text("Welcome desk"));
    given()
        .when()
        .get("/practices/{id}", practice)
        .then()
        .statusCode(200)
        .body("allowedActions", contains("REGISTER_TRANSFER", "FOLLOW"));

    ValidatableResponse registered =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", "register-" + practice)
            .body(Map.of("note", "Same problem here"))
            .when()
            .post("/practices/{id}/transfers", practice)
            .then()
            .statusCode(201)
            .header("ETag", equalTo("\"0\""))
            .header("Location", containsString("/transfers/"))
            .body("status", equalTo("INTERESTED"))
            .body("sourceCity", equalTo("mechelen"))
            .body("city", equalTo("tartu"))
            .body("note", equalTo("Same problem here"))
            .body("allowedTransitions", contains("ADAPTING", "ABANDONED"))
            .body("allowedActions", contains("MOVE_TRANSFER"))
            .body("$", not(org.hamcrest.Matchers.hasKey("createdBy")));
    UUID id = UUID.fromString(registered.extract().path("id"));
    assertEquals(1, db.outboxRows(id, TransferChanged.TYPE));
    assertEquals(1, db.searchTransferCount(practice));
    assertEquals("coordinator-tartu-id", db.transferRow(id).get("created_by"));

    // The same request with the same key answers the first registration again.
    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", "register-" + practice)
        .body(Map.of("note", "Same problem here"))
        .when()
        .post("/practices/{id}/transfers", practice)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", equalTo("true"))
        .body("id", equalTo(id.toString()));
    assertEquals(1, db.transfersOf(practice));

    UUID initiative = UUID.randomUUID();
    step(id, "\"0\"", Map.of("to", "ADAPTING", "initiativeId", initiative.toString()))
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("initiativeId", equalTo(initiative.toString()))
        .body("allowedTransitions", contains("TRANSFERRED", "ABANDONED"));
    step(id, "\"1\"", Map.of("to", "TRANSFERRED", "text", "Run by the library, not volunteers"))
        .statusCode(200)
        .body("status", equalTo("TRANSFERRED"))
        .body("changes", equalTo("Run by the library, not volunteers"))
        .body("allowedTransitions", empty())
        .body("allowedActions", empty());
    assertEquals(3, db.outboxRows(id, TransferChanged.TYPE));
    assertEquals(1, db.searchTransferCount(practice));

    given()
        .when()
        .get("/transfers?initiativeId={i}", initiative)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].practiceId", equalTo(practice.toString()))
        .body("items[0].sourceCity", equalTo("mechelen"))
        .body("items[0].practiceTitle", notNullValue());
  }

  @Test
  @TestSecurity(user = "coordinator-tartu-id", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void aSecondOpenTransferOfTheSamePracticeToTheSameTownIsRefused() {
    UUID practice = practices.published("mechelen", "Twice");
    UUID first = transfers.interested(practice, "tartu");
    refusedWithoutChange(
        first,
        () ->
            register(practice)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:transfer-already-open"))
                .body("detail", endsWith(first.toString())));
    assertEquals(1, db.transfersOf(practice));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu-id", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void anAbandonedTransferLeavesRoomForANewOne() {
    UUID practice = practices.published("mechelen", "Again");
    UUID first = transfers.interested(practice, "tartu");
    step(first, "\"0\"", Map.of("to", "ABANDONED", "text", "No budget"))
        .statusCode(200)
        .body("abandonReason", equalTo("No budget"));
    assertEquals(0, db.searchTransferCount(practice));
    register(practice).statusCode(201);
    assertEquals(1, db.searchTransferCount(practice));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen-id", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aTownDoesNotRegisterATransferOfItsOwnPractice() {
    UUID practice = practices.published("mechelen", "Own");
    given()
        .when()
        .get("/practices/{id}", practice)
        .then()
        .body("allowedActions", not(hasItem("REGISTER_TRANSFER")));
    refusedWithoutPracticeChange(
        practice,
        () ->
            register(practice)
                .statusCode(403)
                .body("type", equalTo("urn:cohesion:problem:forbidden")));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu-id", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void anotherTownsCoordinatorNeverEditsThePracticeNorSeesADraft() {
    UUID practice = practices.published("mechelen", "Not yours");
    refusedWithoutPracticeChange(
        practice,
        () ->
            given()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .body(Practices.completeText("Taken over"))
                .when()
                .put("/practices/{id}", practice)
                .then()
                .statusCode(403));
    UUID draft = practices.complete("mechelen", "Unfinished");
    refusedWithoutPracticeChange(
        draft,
        () ->
            register(draft)
                .statusCode(404)
                .body("type", equalTo("urn:cohesion:problem:not-found")));
  }

  @Test
  @TestSecurity(user = "member-tartu", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void aPanelMemberRegistersNothing() {
    UUID practice = practices.published("mechelen", "Member");
    refusedWithoutPracticeChange(practice, () -> register(practice).statusCode(403));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void theNetworkAdminSeesEveryTransferButSpeaksForNoTown() {
    UUID practice = practices.published("mechelen", "Admin");
    UUID id = transfers.interested(practice, "celje");
    refusedWithoutPracticeChange(practice, () -> register(practice).statusCode(403));
    refusedWithoutChange(
        id, () -> step(id, "\"0\"", Map.of("to", "ABANDONED", "text", "x")).statusCode(403));
    refusedWithoutChange(id, () -> answer(id, "\"0\"", "x").statusCode(403));
    given()
        .when()
        .get("/transfers?city=celje")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id.toString()));
  }

  @Test
  @TestSecurity(user = "coordinator-nowhere", roles = "city-coordinator")
  void aCoordinatorWithoutATownRegistersNothing() {
    UUID practice = practices.published("mechelen", "Homeless");
    refusedWithoutPracticeChange(practice, () -> register(practice).statusCode(403));
  }

  @Test
  void anonymousCallersReadWhereAPracticeTravelledButMustAuthenticateToAct() {
    UUID practice = practices.published("mechelen", "Public journey");
    UUID id = transfers.interested(practice, "delft");
    given()
        .when()
        .get("/practices/{id}/transfers", practice)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].city", equalTo("delft"))
        .body("items[0].status", equalTo("INTERESTED"))
        .body("items[0]", not(org.hamcrest.Matchers.hasKey("createdBy")))
        .body("allowedActions", empty());
    given()
        .when()
        .get("/transfers/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("note", equalTo("Interest of delft"))
        .body("answer", nullValue())
        .body("allowedActions", empty());
    refusedWithoutPracticeChange(practice, () -> register(practice).statusCode(401));
    refusedWithoutChange(
        id, () -> step(id, "\"0\"", Map.of("to", "ABANDONED", "text", "x")).statusCode(401));
    refusedWithoutChange(id, () -> answer(id, "\"0\"", "x").statusCode(401));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen-id", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void theSourceTownAnswersButDoesNotMoveAnotherTownsTransfer() {
    UUID practice = practices.published("mechelen", "Answered");
    UUID id = transfers.interested(practice, "tartu");
    given()
        .when()
        .get("/transfers/{id}", id)
        .then()
        .body("allowedActions", contains("ANSWER_TRANSFER"));
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"0\"", Map.of("to", "ABANDONED", "text", "Not for you"))
                .statusCode(403)
                .body("type", equalTo("urn:cohesion:problem:forbidden")));

    answer(id, "\"0\"", "Happy to help, call us")
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("answer", equalTo("Happy to help, call us"))
        .body("answeredAt", notNullValue())
        .body("status", equalTo("INTERESTED"));
    assertEquals(2, db.outboxRows(id, TransferChanged.TYPE));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu-id", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void theAdoptingTownDoesNotAnswerItself() {
    UUID practice = practices.published("mechelen", "Self answer");
    UUID id = transfers.interested(practice, "tartu");
    refusedWithoutChange(id, () -> answer(id, "\"0\"", "We answer ourselves").statusCode(403));
  }

  @Test
  @TestSecurity(user = "coordinator-celje-id", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "celje"))
  void aThirdTownNeitherMovesNorAnswers() {
    UUID practice = practices.published("mechelen", "Third town");
    UUID id = transfers.interested(practice, "tartu");
    refusedWithoutChange(
        id, () -> step(id, "\"0\"", Map.of("to", "ABANDONED", "text", "x")).statusCode(403));
    refusedWithoutChange(id, () -> answer(id, "\"0\"", "x").statusCode(403));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu-id", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void badStepsAreRefusedWithoutChange() {
    UUID practice = practices.published("mechelen", "Bad steps");
    UUID id = transfers.interested(practice, "tartu");
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"0\"", Map.of("to", "TRANSFERRED", "text", "Skipping"))
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:illegal-transition"))
                .body(
                    "detail",
                    equalTo(
                        "INTERESTED → TRANSFERRED is not allowed; allowed: ADAPTING, ABANDONED")));
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"0\"", Map.of("to", "ADAPTING"))
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:transfer-step-incomplete")));
    refusedWithoutChange(id, () -> step(id, "\"0\"", Map.of("to", "ABANDONED")).statusCode(422));
    refusedWithoutChange(id, () -> step(id, "\"0\"", Map.of("to", "GONE")).statusCode(400));
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"0\"", Map.of("to", "ABANDONED", "text", "x".repeat(4001))).statusCode(400));
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"0\"", Map.of("to", "ADAPTING", "initiativeId", "not-a-uuid"))
                .statusCode(400));
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"7\"", Map.of("to", "ABANDONED", "text", "Stale"))
                .statusCode(412)
                .body("type", equalTo("urn:cohesion:problem:stale-version")));
    refusedWithoutChange(
        id,
        () ->
            given()
                .contentType(ContentType.JSON)
                .body(Map.of("to", "ABANDONED", "text", "No precondition"))
                .when()
                .post("/transfers/{id}/transitions", id)
                .then()
                .statusCode(428));
    refusedWithoutChange(
        id, () -> step(id, "W/\"0\"", Map.of("to", "ABANDONED", "text", "Weak")).statusCode(400));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen-id", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aBlankOrHugeAnswerIsBadInput() {
    UUID practice = practices.published("mechelen", "Bad answers");
    UUID id = transfers.interested(practice, "tartu");
    refusedWithoutChange(id, () -> answer(id, "\"0\"", "  ").statusCode(400));
    refusedWithoutChange(id, () -> answer(id, "\"0\"", "x".repeat(4001)).statusCode(400));
    refusedWithoutChange(id, () -> answer(id, "\"3\"", "Stale").statusCode(412));
  }

  @Test
  void unknownOnesAreNotFoundAndBadQueriesAreBadInput() {
    given().when().get("/transfers/{id}", UUID.randomUUID()).then().statusCode(404);
    given().when().get("/practices/{id}/transfers", UUID.randomUUID()).then().statusCode(404);
    given()
        .when()
        .get("/transfers?initiativeId=nope")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given().when().get("/transfers?city=Not A Town").then().statusCode(400);
    given().when().get("/transfers?sort=status").then().statusCode(400);
  }

  private void refusedWithoutChange(UUID id, Supplier<ValidatableResponse> request) {
    Map<String, Object> before = db.transferRow(id);
    long outboxBefore = db.outboxRows();
    request.get().body("instance", notNullValue());
    assertEquals(before, db.transferRow(id), "transfer " + id);
    assertEquals(outboxBefore, db.outboxRows(), "outbox rows");
  }

  private void refusedWithoutPracticeChange(UUID practice, Supplier<ValidatableResponse> request) {
    Map<String, Object> before = db.practiceRow(practice);
    long transfersBefore = db.transfersOf(practice);
    long outboxBefore = db.outboxRows();
    request.get().body("instance", notNullValue());
    assertEquals(before, db.practiceRow(practice), "practice " + practice);
    assertEquals(transfersBefore, db.transfersOf(practice), "transfers");
    assertEquals(outboxBefore, db.outboxRows(), "outbox rows");
  }

  private static ValidatableResponse register(UUID practice) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .when()
        .post("/practices/{id}/transfers", practice)
        .then();
  }

  private static ValidatableResponse step(UUID id, String ifMatch, Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(body)
        .when()
        .post("/transfers/{id}/transitions", id)
        .then();
  }

  private static ValidatableResponse answer(UUID id, String ifMatch, String text) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(Map.of("text", text))
        .when()
        .put("/transfers/{id}/answer", id)
        .then();
  }
}
