package eu.cohesion.initiative.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.initiative.Callers;
import eu.cohesion.initiative.TestDatabase;
import eu.cohesion.initiative.rest.ReviewFixtures.Setup;
import eu.cohesion.initiative.service.PersonalDataErasure;
import eu.cohesion.initiative.service.ReviewRounds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reviewer's reviews in their data export, and what an erasure leaves of them. */
@QuarkusTest
class ReviewPersonalDataTest {

  private static final String TOWN = "sarande";
  private static final String ME = "e7a5e000-0000-4000-8000-0000000000b2";

  @Inject TestDatabase db;
  @Inject ReviewFixtures fixtures;
  @Inject ReviewRounds rounds;
  @Inject PersonalDataErasure erasure;

  @Test
  @TestSecurity(user = ME, roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void theExportCarriesMyReviewsWithTheirReasons() {
    Setup setup = fixtures.underReview(TOWN, ME + "=CIVIL_SOCIETY", "CITIZENS");
    UUID round = fixtures.open(TOWN, setup.initiativeId());
    fixtures.review(TOWN, ME, round, 3);
    fixtures.review(TOWN, setup.reviewers().get(1), round, 5);

    given()
        .when()
        .get("/me/personal-data")
        .then()
        .statusCode(200)
        .body("reviews", hasSize(1))
        .body("reviews[0].roundId", equalTo(round.toString()))
        .body("reviews[0].initiativeId", equalTo(setup.initiativeId().toString()))
        .body("reviews[0].pillar", equalTo("CIVIL_SOCIETY"))
        .body(
            "reviews[0].scores.criterion",
            contains(
                "EFFECTIVENESS", "INCLUSIVENESS", "RELEVANCE", "SUSTAINABILITY", "TRANSFERABILITY"))
        .body("reviews[0].scores[0].reason", equalTo("because EFFECTIVENESS"));
  }

  @Test
  void anErasedReviewerLeavesScoresWithoutIdentityNorReasons() {
    String login = UUID.randomUUID().toString();
    Setup setup = fixtures.underReview(TOWN, login + "=CITIZENS", "EXPERTISE");
    UUID round = fixtures.open(TOWN, setup.initiativeId());
    fixtures.review(TOWN, login, round, 2);
    fixtures.review(TOWN, setup.reviewers().get(1), round, 4);
    String before = db.reviewState(setup.initiativeId()).scores();
    assertTrue(before.contains("because"));

    QuarkusTransaction.requiringNew().run(() -> erasure.erase(UUID.fromString(login)));
    QuarkusTransaction.requiringNew().run(() -> erasure.erase(UUID.fromString(login)));

    assertEquals(0, db.count("select count(*) from review where keycloak_user_id = ?", login));
    assertEquals(
        0,
        db.count("select count(*) from review_round_reviewer where keycloak_user_id = ?", login));
    assertEquals(
        0, db.count("select count(*) from known_panel_member where keycloak_user_id = ?", login));
    assertEquals(
        5,
        db.count(
            "select count(*) from review_score s join review r on r.id = s.review_id"
                + " where r.round_id = ? and r.member_id is null and s.reason is null",
            round));
    var view = rounds.get(Callers.NETWORK_ADMIN, round);
    assertEquals(2, view.progress().eligible(), "the erased reviewer still counts as eligible");
    assertEquals(2, view.progress().submitted(), "and their scores as a review");
    var closed = rounds.close(Callers.coordinatorOf(TOWN), round, 0L);
    assertEquals(3.0, closed.results().criteria().get(0).mean());
    assertFalse(db.reviewState(setup.initiativeId()).scores().contains("RELEVANCE2because"));
  }
}
