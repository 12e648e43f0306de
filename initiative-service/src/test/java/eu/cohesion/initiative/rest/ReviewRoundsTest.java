package eu.cohesion.initiative.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.initiative.TestDatabase;
import eu.cohesion.initiative.TestDatabase.ReviewState;
import eu.cohesion.initiative.rest.ReviewFixtures.Setup;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Review rounds over HTTP: who may open, review and close which round, the quorum, If-Match, and
 * that every refusal leaves rounds, reviews, scores and outbox as they were. Kranj is the town.
 */
@QuarkusTest
class ReviewRoundsTest {

  private static final String TOWN = "kranj";
  private static final String ME = "b1a7c0de-0000-4000-8000-00000000000a";

  @Inject TestDatabase db;
  @Inject ReviewFixtures fixtures;

  @Test
  @TestSecurity(user = "coordinator-kranj", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorOpensARoundForTheActiveMembersWithALogin() {
    Setup setup = fixtures.underReview(TOWN, "CITIZENS", "CIVIL_SOCIETY", "EXPERTISE");
    given()
        .queryParam("initiativeId", setup.initiativeId().toString())
        .when()
        .get("/review-rounds/latest")
        .then()
        .statusCode(200)
        .body("round", nullValue())
        .body("allowedActions", contains("OPEN_REVIEW_ROUND"));

    String closesAt =
        Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("initiativeId", setup.initiativeId().toString(), "closesAt", closesAt))
        .when()
        .post("/review-rounds")
        .then()
        .statusCode(201)
        .header("ETag", equalTo("\"0\""))
        .header("Location", notNullValue())
        .body("status", equalTo("OPEN"))
        .body("eligible", equalTo(3))
        .body("submitted", equalTo(0))
        .body("closesAt", equalTo(closesAt))
        .body("quorum.required", equalTo(2))
        .body("quorum.met", equalTo(false))
        .body("quorum.missingPillars", contains("CITIZENS", "CIVIL_SOCIETY", "EXPERTISE"))
        .body("pillars.pillar", contains("CITIZENS", "CIVIL_SOCIETY", "EXPERTISE"))
        .body("results", nullValue())
        .body("allowedActions", contains("CLOSE_REVIEW_ROUND"));

    assertEquals(
        1, db.outboxPayloads(setup.initiativeId(), "eu.cohesion.review-round.opened").size());
    given()
        .queryParam("initiativeId", setup.initiativeId().toString())
        .when()
        .get("/review-rounds/latest")
        .then()
        .statusCode(200)
        .body("round.status", equalTo("OPEN"))
        .body("allowedActions", empty());
  }

  @Test
  @TestSecurity(user = "coordinator-kranj", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void openingIsRefusedWithoutChangeWhenTheRulesSayNo() {
    Setup setup = fixtures.underReview(TOWN, "CITIZENS");
    String future = Instant.now().plus(1, ChronoUnit.DAYS).toString();
    fixtures.open(TOWN, setup.initiativeId());
    refusedWithoutChange(
        setup.initiativeId(),
        () ->
            open(setup.initiativeId(), future)
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:review-round-already-open")));
    refusedWithoutChange(
        setup.initiativeId(),
        () ->
            open(setup.initiativeId(), Instant.now().minusSeconds(60).toString())
                .statusCode(400)
                .body("violations.field", contains("closesAt")));

    Setup other = fixtures.underReview("besancon", "CITIZENS");
    refusedWithoutChange(
        other.initiativeId(),
        () ->
            open(other.initiativeId(), future)
                .statusCode(403)
                .body("detail", equalTo("you may not open review rounds in town besancon")));

    Setup nobody = fixtures.underReview(TOWN);
    refusedWithoutChange(
        nobody.initiativeId(),
        () ->
            open(nobody.initiativeId(), future)
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:no-eligible-reviewers")));
    open(UUID.randomUUID(), future).statusCode(404);
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aDraftCannotBeReviewed() {
    UUID panel = db.knownPanel(TOWN);
    db.knownMember(panel, TOWN, UUID.randomUUID().toString(), "CITIZENS", true);
    UUID draft = fixtures.underReview(TOWN, "CITIZENS").initiativeId();
    // a fresh draft of the same town
    UUID drafted =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("panelId", panel.toString(), "title", "Not yet piloted"))
            .when()
            .post("/initiatives")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getUUID("id");
    refusedWithoutChange(
        drafted,
        () ->
            open(drafted, Instant.now().plus(1, ChronoUnit.DAYS).toString())
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:not-under-review")));
    open(draft, Instant.now().plus(1, ChronoUnit.DAYS).toString()).statusCode(201);
  }

  @Test
  @TestSecurity(user = ME, roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void anEligibleMemberReviewsOnceAndRevisesWithIfMatch() {
    Setup setup = fixtures.underReview(TOWN, ME + "=CITIZENS", "EXPERTISE");
    UUID round = fixtures.open(TOWN, setup.initiativeId());

    given()
        .when()
        .get("/review-rounds/" + round)
        .then()
        .statusCode(200)
        .body("myReview", nullValue())
        .body("allowedActions", contains("SUBMIT_REVIEW"));
    review(round, ReviewFixtures.body(4, "Reaches newcomers"))
        .statusCode(201)
        .header("ETag", equalTo("\"0\""))
        .body("pillar", equalTo("CITIZENS"))
        .body("scores", hasSize(5))
        .body(
            "scores.criterion",
            contains(
                "RELEVANCE", "EFFECTIVENESS", "INCLUSIVENESS", "SUSTAINABILITY", "TRANSFERABILITY"))
        .body("scores[0].score", equalTo(4))
        .body("scores[0].reason", equalTo("Reaches newcomers"));

    refusedWithoutChange(
        setup.initiativeId(),
        () ->
            review(round, ReviewFixtures.body(5, "again"))
                .statusCode(409)
                .body("type", equalTo("urn:cohesion:problem:already-reviewed")));
    refusedWithoutChange(
        setup.initiativeId(),
        () -> revise(round, null, ReviewFixtures.body(5, "x")).statusCode(428));
    refusedWithoutChange(
        setup.initiativeId(),
        () -> revise(round, "\"7\"", ReviewFixtures.body(5, "x")).statusCode(412));
    refusedWithoutChange(
        setup.initiativeId(),
        () ->
            revise(round, "\"0\"", ReviewFixtures.body(6, "too high"))
                .statusCode(400)
                .body("violations.field", hasItem("relevance.score")));
    refusedWithoutChange(
        setup.initiativeId(),
        () ->
            revise(round, "\"0\"", ReviewFixtures.body(3, " "))
                .statusCode(400)
                .body("violations.field", hasItem("relevance.reason")));

    revise(round, "\"0\"", ReviewFixtures.body(2, "On reflection, few came"))
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("scores[4].score", equalTo(2));
    given()
        .when()
        .get("/review-rounds/" + round + "/reviews/mine")
        .then()
        .statusCode(200)
        .body("scores[0].reason", equalTo("On reflection, few came"));
    given()
        .when()
        .get("/review-rounds/" + round)
        .then()
        .statusCode(200)
        .body("submitted", equalTo(1))
        .body("myReview.version", equalTo(1))
        .body("results", nullValue());
  }

  @Test
  @TestSecurity(user = ME, roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void onlyTheRoundsEligibleReviewersOfTheTownMayReview() {
    Setup notOnIt = fixtures.underReview(TOWN, "CITIZENS");
    UUID round = fixtures.open(TOWN, notOnIt.initiativeId());
    refusedWithoutChange(
        notOnIt.initiativeId(),
        () ->
            review(round, ReviewFixtures.body(3, "r"))
                .statusCode(403)
                .body(
                    "detail",
                    equalTo("you are not an eligible reviewer of review round " + round)));
    given().when().get("/review-rounds/" + round + "/reviews/mine").then().statusCode(403);

    Setup elsewhere = fixtures.underReview("besancon", ME + "=CITIZENS");
    UUID besancon = fixtures.open("besancon", elsewhere.initiativeId());
    refusedWithoutChange(
        elsewhere.initiativeId(),
        () ->
            review(besancon, ReviewFixtures.body(3, "r"))
                .statusCode(403)
                .body("detail", equalTo("you may not review initiatives of town besancon")));
    review(UUID.randomUUID(), ReviewFixtures.body(3, "r")).statusCode(404);
  }

  @Test
  @TestSecurity(user = "coordinator-kranj", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorReviewsNothingAndClosesOnlyWithQuorum() {
    Setup setup =
        fixtures.underReview(TOWN, "CITIZENS", "CITIZENS", "EXPERTISE", "PUBLIC_AUTHORITY");
    UUID round = fixtures.open(TOWN, setup.initiativeId());
    review(round, ReviewFixtures.body(3, "r")).statusCode(403);

    fixtures.review(TOWN, setup.reviewers().get(0), round, 4);
    fixtures.review(TOWN, setup.reviewers().get(1), round, 2);
    refusedWithoutChange(
        setup.initiativeId(),
        () ->
            close(round, "\"0\"")
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:quorum-not-met"))
                .body("missingPillars", contains("EXPERTISE", "PUBLIC_AUTHORITY"))
                .body(
                    "missing",
                    contains(
                        "no review yet from the EXPERTISE pillar",
                        "no review yet from the PUBLIC_AUTHORITY pillar")));
    fixtures.review(TOWN, setup.reviewers().get(2), round, 5);
    fixtures.review(TOWN, setup.reviewers().get(3), round, 1);
    refusedWithoutChange(setup.initiativeId(), () -> close(round, null).statusCode(428));
    refusedWithoutChange(setup.initiativeId(), () -> close(round, "\"9\"").statusCode(412));

    close(round, "\"0\"")
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("status", equalTo("CLOSED"))
        .body("closedAt", notNullValue())
        .body("quorum.met", equalTo(true))
        .body("results.reviews", equalTo(4))
        .body("results.criteria[0].criterion", equalTo("RELEVANCE"))
        .body("results.criteria[0].mean", equalTo(3.0f))
        .body("results.criteria[0].distribution", contains(1, 1, 0, 1, 1))
        .body("results.byPillar.pillar", contains("CITIZENS", "EXPERTISE", "PUBLIC_AUTHORITY"))
        .body("results.byPillar[0].reviews", equalTo(2))
        .body("results.byPillar[0].means[0].mean", equalTo(3.0f))
        .body("allowedActions", empty());
    assertEquals(
        1, db.outboxPayloads(setup.initiativeId(), "eu.cohesion.review-round.closed").size());
    refusedWithoutChange(
        setup.initiativeId(),
        () ->
            close(round, "\"1\"")
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:review-round-closed")));
  }

  @Test
  @TestSecurity(user = "coordinator-kranj", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void aCoordinatorClosesNoRoundOfAnotherTown() {
    Setup setup = fixtures.underReview(TOWN, "CITIZENS");
    UUID round = fixtures.open(TOWN, setup.initiativeId());
    fixtures.review(TOWN, setup.reviewers().get(0), round, 4);
    refusedWithoutChange(
        setup.initiativeId(),
        () ->
            close(round, "\"0\"")
                .statusCode(403)
                .body("detail", equalTo("you may not close review rounds of town kranj")));
    given().when().get("/review-rounds/" + round).then().statusCode(403);
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void anIntegrationClientReadsButNeitherOpensNorReviewsNorCloses() {
    Setup setup = fixtures.underReview(TOWN, "CITIZENS");
    UUID round = fixtures.open(TOWN, setup.initiativeId());
    given()
        .when()
        .get("/review-rounds/" + round)
        .then()
        .statusCode(200)
        .body("allowedActions", empty());
    refusedWithoutChange(
        setup.initiativeId(),
        () ->
            open(setup.initiativeId(), Instant.now().plusSeconds(3600).toString()).statusCode(403));
    refusedWithoutChange(
        setup.initiativeId(), () -> review(round, ReviewFixtures.body(3, "r")).statusCode(403));
    refusedWithoutChange(setup.initiativeId(), () -> close(round, "\"0\"").statusCode(403));
  }

  @Test
  void anonymousCallersMustSignIn() {
    Setup setup = fixtures.underReview(TOWN, "CITIZENS");
    UUID round = fixtures.open(TOWN, setup.initiativeId());
    refusedWithoutChange(
        setup.initiativeId(), () -> review(round, ReviewFixtures.body(3, "r")).statusCode(401));
    refusedWithoutChange(setup.initiativeId(), () -> close(round, "\"0\"").statusCode(401));
    given().when().get("/review-rounds/" + round).then().statusCode(401);
  }

  @Test
  @TestSecurity(user = "coordinator-kranj", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void concludingWaitsForTheOpenRoundThenCarriesItsResults() {
    Setup setup = fixtures.underReview(TOWN, "CITIZENS", "EXPERTISE");
    UUID round = fixtures.open(TOWN, setup.initiativeId());
    Map<String, Object> conclude =
        Map.of(
            "to", "CONCLUDED",
            "reason", "reviewed",
            "outcome", "ADAPTED",
            "conclusion", "Keep it with a paid coordinator.",
            "reviewAgainOn", java.time.LocalDate.now().plusMonths(6).toString());
    long version = db.initiativeState(setup.initiativeId()).version();
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"" + version + "\"")
        .body(conclude)
        .when()
        .post("/initiatives/" + setup.initiativeId() + "/transitions")
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:cohesion:problem:review-round-open"));
    assertEquals("UNDER_REVIEW", db.initiativeState(setup.initiativeId()).status());

    fixtures.review(TOWN, setup.reviewers().get(0), round, 4);
    fixtures.review(TOWN, setup.reviewers().get(1), round, 5);
    close(round, "\"0\"").statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"" + version + "\"")
        .body(conclude)
        .when()
        .post("/initiatives/" + setup.initiativeId() + "/transitions")
        .then()
        .statusCode(200)
        .body("status", equalTo("CONCLUDED"));
    String concluded =
        db.outboxPayloads(setup.initiativeId(), "eu.cohesion.initiative.concluded").get(0);
    var data = io.restassured.path.json.JsonPath.from(concluded);
    assertEquals(round.toString(), data.getString("data.reviewResults.roundId"));
    assertEquals(2, data.getInt("data.reviewResults.eligible"));
    assertEquals(2, data.getInt("data.reviewResults.submitted"));
    assertEquals(4.5f, data.getFloat("data.reviewResults.criteria[0].mean"));
    assertEquals(
        java.util.List.of(0, 0, 0, 1, 1),
        data.getList("data.reviewResults.criteria[0].distribution"));
    assertEquals(
        java.util.List.of("CITIZENS", "EXPERTISE"),
        data.getList("data.reviewResults.byPillar.pillar"));
  }

  @Test
  @TestSecurity(user = "coordinator-kranj", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aReviewAgainDateIsOnlyForConcludingAndInTheFuture() {
    Setup setup = fixtures.underReview(TOWN, "CITIZENS");
    long version = db.initiativeState(setup.initiativeId()).version();
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"" + version + "\"")
        .body(
            Map.of(
                "to", "CONCLUDED",
                "reason", "reviewed",
                "outcome", "ADOPTED",
                "conclusion", "Keep it.",
                "reviewAgainOn", "2020-01-01"))
        .when()
        .post("/initiatives/" + setup.initiativeId() + "/transitions")
        .then()
        .statusCode(400)
        .body("violations.field", containsInAnyOrder("reviewAgainOn"));
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"" + version + "\"")
        .body(Map.of("to", "WITHDRAWN", "reason", "r", "reviewAgainOn", "2099-01-01"))
        .when()
        .post("/initiatives/" + setup.initiativeId() + "/transitions")
        .then()
        .statusCode(400)
        .body("violations.field", contains("reviewAgainOn"));
    assertEquals("UNDER_REVIEW", db.initiativeState(setup.initiativeId()).status());
  }

  private void refusedWithoutChange(UUID initiativeId, Supplier<ValidatableResponse> request) {
    ReviewState before = db.reviewState(initiativeId);
    request.get().contentType("application/problem+json");
    assertEquals(before, db.reviewState(initiativeId), "rounds, reviews, scores and outbox");
  }

  private static ValidatableResponse open(UUID initiativeId, String closesAt) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("initiativeId", initiativeId.toString(), "closesAt", closesAt))
        .when()
        .post("/review-rounds")
        .then();
  }

  private static ValidatableResponse review(UUID round, Object body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/review-rounds/" + round + "/reviews")
        .then();
  }

  private static ValidatableResponse revise(UUID round, String ifMatch, Object body) {
    var request = given().contentType(ContentType.JSON).body(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.when().put("/review-rounds/" + round + "/reviews/mine").then();
  }

  private static ValidatableResponse close(UUID round, String ifMatch) {
    var request = given();
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.when().post("/review-rounds/" + round + "/close").then();
  }
}
