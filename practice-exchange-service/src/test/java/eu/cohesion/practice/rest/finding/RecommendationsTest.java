package eu.cohesion.practice.rest.finding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.practice.Findings;
import eu.cohesion.practice.TestDatabase;
import eu.cohesion.practice.Unique;
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
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Recommendations over HTTP: backing by published findings, translations, endorsements. */
@QuarkusTest
class RecommendationsTest {

  @Inject Findings findings;
  @Inject TestDatabase db;

  private static Map<String, Object> body(List<UUID> findingIds) {
    Map<String, Object> body = new HashMap<>();
    body.put("language", "en");
    body.put("audience", "NATIONAL_POLICY_MAKERS");
    body.put("title", "Fund resident mentors");
    body.put("summary", "Mentoring halved the time newcomers needed to find work");
    body.put("actions", List.of("Fund mentors", "Count the results"));
    body.put("findingIds", findingIds.stream().map(UUID::toString).toList());
    return body;
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void theAdminPublishesARecommendationBackedByAPublishedFinding() {
    UUID draftFinding = findings.draft(Findings.ADMIN, "Unpublished", "tartu");
    UUID published = findings.published(Unique.text("Mentors"));
    UUID id =
        UUID.fromString(
            given()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "rec-" + UUID.randomUUID())
                .body(body(List.of(draftFinding)))
                .when()
                .post("/recommendations")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("actions", contains("Fund mentors", "Count the results"))
                .body("allowedActions", contains("EDIT_RECOMMENDATION", "PUBLISH_RECOMMENDATION"))
                .extract()
                .path("id"));
    refusedWithoutChange(
        id,
        () ->
            publish(id, "\"0\"")
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:unbacked-recommendation"))
                .body("field", equalTo("findingIds"))
                .body("unpublishedFindings", contains(draftFinding.toString())));
    revise(id, "\"0\"", body(List.of(published))).statusCode(200);
    publish(id, "\"1\"")
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"))
        .body("allowedActions", contains("REVISE_RECOMMENDATION", "WITHDRAW_RECOMMENDATION"));
    refusedWithoutChange(id, () -> revise(id, "\"2\"", body(List.of())).statusCode(422));

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"2\"")
        .body(Map.of("title", "Mentoren finanzieren", "actions", List.of("Nur eine")))
        .when()
        .put("/recommendations/{id}/translations/de", id)
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:cohesion:problem:translation-invalid"));
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"2\"")
        .body(
            Map.of(
                "title",
                "Mentoren finanzieren",
                "actions",
                List.of("Mentoren finanzieren", "Ergebnisse zählen")))
        .when()
        .put("/recommendations/{id}/translations/de", id)
        .then()
        .statusCode(200)
        .body("reading.fields[0].source", equalTo("TRANSLATED"))
        .body("reading.fields[1].source", equalTo("FALLBACK"))
        .body("readingActions", contains("Mentoren finanzieren", "Ergebnisse zählen"))
        .body("actionsSource", equalTo("TRANSLATED"));
    given()
        .when()
        .get("/recommendations?audience=NATIONAL_POLICY_MAKERS&size=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id.toString()));
    given()
        .when()
        .get("/recommendations?audience=EU_INSTITUTIONS&size=100")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(id.toString())));
    given().when().get("/recommendations?audience=BANKS").then().statusCode(400);
    // The network admin endorses for no town.
    refusedWithoutChange(
        id,
        () ->
            given()
                .when()
                .put("/recommendations/{id}/endorsements/tartu", id)
                .then()
                .statusCode(403));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu-id", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void aCoordinatorEndorsesForItsOwnTownOnly() {
    UUID id = findings.publishedRecommendation(Unique.text("Housing first"));
    given()
        .when()
        .get("/recommendations/{id}", id)
        .then()
        .statusCode(200)
        .body("allowedActions", contains("ENDORSE_RECOMMENDATION"))
        .body("endorsingTowns", empty());
    long outbox = db.outboxRows();
    endorse(id, "tartu").statusCode(200).body("endorsingTowns", contains("tartu"));
    endorse(id, "tartu").statusCode(200).body("endorsingTowns", contains("tartu"));
    assertEquals(1, db.endorsements(id));
    assertEquals(outbox + 1, db.outboxRows(), "one event for the first endorsement only");
    refusedWithoutChange(id, () -> endorse(id, "mechelen").statusCode(403));

    given()
        .when()
        .delete("/recommendations/{id}/endorsements/tartu", id)
        .then()
        .statusCode(200)
        .body("endorsingTowns", empty());
    assertEquals(0, db.endorsements(id));
    assertEquals(outbox + 2, db.outboxRows());

    UUID draft = findings.recommendation(Findings.coordinator("tartu"), "Own draft", List.of());
    refusedWithoutChange(
        draft,
        () ->
            endorse(draft, "tartu")
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:endorsement-refused")));
    refusedWithoutChange(draft, () -> publish(draft, "\"0\"").statusCode(403));
  }

  @Test
  void anonymousReadsPublishedRecommendationsAndEndorsesNothing() {
    UUID id = findings.publishedRecommendation(Unique.text("Open"));
    UUID draft = findings.recommendation(Findings.ADMIN, "Draft", List.of());
    given()
        .when()
        .get("/recommendations?size=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id.toString()))
        .body("items.id", not(hasItem(draft.toString())));
    given().when().get("/recommendations/{id}", draft).then().statusCode(404);
    given()
        .when()
        .get("/recommendations/{id}", id)
        .then()
        .statusCode(200)
        .body("allowedActions", empty())
        .body("findingIds.size()", equalTo(1));
    refusedWithoutChange(id, () -> endorse(id, "tartu").statusCode(401));
  }

  private static ValidatableResponse endorse(UUID id, String city) {
    return given().when().put("/recommendations/{id}/endorsements/{city}", id, city).then();
  }

  private static ValidatableResponse publish(UUID id, String ifMatch) {
    return given()
        .header("If-Match", ifMatch)
        .when()
        .post("/recommendations/{id}/publish", id)
        .then();
  }

  private static ValidatableResponse revise(UUID id, String ifMatch, Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(body)
        .when()
        .put("/recommendations/{id}", id)
        .then();
  }

  private void refusedWithoutChange(UUID id, Supplier<ValidatableResponse> request) {
    Map<String, Object> before = db.recommendationRow(id);
    long endorsements = db.endorsements(id);
    long outboxBefore = db.outboxRows();
    request.get().body("instance", notNullValue());
    assertEquals(before, db.recommendationRow(id), "recommendation " + id);
    assertEquals(endorsements, db.endorsements(id), "endorsements");
    assertEquals(outboxBefore, db.outboxRows(), "outbox rows");
  }
}
