package eu.cohesion.practice.rest.finding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.practice.Findings;
import eu.cohesion.practice.Practices;
import eu.cohesion.practice.TestDatabase;
import eu.cohesion.practice.Transfers;
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

/**
 * Common findings over HTTP: the evidence rule refusing a finding of one town (422 naming the field
 * and what is missing, changing nothing), publication, revisions, translations, withdrawal, who may
 * do what, If-Match and Idempotency-Key.
 */
@QuarkusTest
class FindingsTest {

  @Inject Practices practices;
  @Inject Transfers transfers;
  @Inject Findings findings;
  @Inject TestDatabase db;

  private static Map<String, Object> body(String statement, List<Map<String, String>> evidence) {
    Map<String, Object> body = new HashMap<>();
    body.put("language", "en");
    body.put("statement", statement);
    body.put("explanation", "Seen in every town that tried it");
    body.put("themes", List.of("EMPLOYMENT"));
    body.put("sdgTargets", List.of("10.2"));
    body.put("evidence", evidence);
    return body;
  }

  private static Map<String, String> cite(String kind, UUID id) {
    return Map.of("kind", kind, "id", id.toString());
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void theAdminPublishesAFindingOnlyOnceItsEvidenceSpansTwoTowns() {
    UUID tartu = practices.published("tartu", Unique.text("Mentors"));
    UUID mechelen = practices.published("mechelen", Unique.text("Welcome desk"));
    UUID transfer = transfers.interested(mechelen, "delft");
    String key = "finding-" + UUID.randomUUID();

    UUID id =
        UUID.fromString(
            given()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body("Mentors help", List.of(cite("PRACTICE", tartu))))
                .when()
                .post("/findings")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString("/findings/"))
                .body("status", equalTo("DRAFT"))
                .body("proposedBy", equalTo(null))
                .body("evidence[0].state", equalTo("PUBLISHED"))
                .body("evidence[0].town", equalTo("tartu"))
                .body("evidenceSufficient", equalTo(false))
                .body("allowedActions", contains("EDIT_FINDING", "PUBLISH_FINDING"))
                .body("allowedTransitions", contains("PUBLISHED"))
                .extract()
                .path("id"));
    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body("Mentors help", List.of(cite("PRACTICE", tartu))))
        .when()
        .post("/findings")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", equalTo("true"))
        .body("id", equalTo(id.toString()));

    refusedWithoutChange(
        id,
        () ->
            publish(id, "\"0\"")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:insufficient-evidence"))
                .body("field", equalTo("evidence"))
                .body("violations[0].field", equalTo("evidence"))
                .body("townsCited", equalTo(1))
                .body("towns", contains("tartu"))
                .body("detail", containsString("at least 2 towns")));
    refusedWithoutChange(id, () -> publish(id, null).statusCode(428));
    refusedWithoutChange(id, () -> publish(id, "\"7\"").statusCode(412));

    UUID unknown = UUID.randomUUID();
    revise(
            id,
            "\"0\"",
            body(
                "Mentors help",
                List.of(
                    cite("PRACTICE", tartu),
                    cite("TRANSFER", transfer),
                    cite("PRACTICE", unknown))))
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("evidence.state", contains("PUBLISHED", "PUBLISHED", "UNKNOWN"))
        .body("evidence[1].town", equalTo("delft"))
        .body("towns", contains("delft", "tartu"));
    refusedWithoutChange(
        id,
        () ->
            publish(id, "\"1\"")
                .statusCode(422)
                .body("unknownCitations[0].id", equalTo(unknown.toString()))
                .body("unknownCitations[0].kind", equalTo("PRACTICE"))
                .body("townsCited", equalTo(2)));

    revise(
            id,
            "\"1\"",
            body("Mentors help", List.of(cite("PRACTICE", tartu), cite("TRANSFER", transfer))))
        .statusCode(200);
    publish(id, "\"2\"")
        .statusCode(200)
        .header("ETag", equalTo("\"3\""))
        .body("status", equalTo("PUBLISHED"))
        .body("publishedAt", notNullValue())
        .body("allowedActions", contains("REVISE_FINDING", "WITHDRAW_FINDING"));
    assertEquals(1, db.findingRevisions(id));

    refusedWithoutChange(
        id,
        () ->
            revise(id, "\"3\"", body("Weaker", List.of(cite("PRACTICE", tartu))))
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:insufficient-evidence")));
    revise(
            id,
            "\"3\"",
            body(
                "Mentors from the neighbourhood help",
                List.of(cite("PRACTICE", tartu), cite("TRANSFER", transfer))))
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"));
    given()
        .when()
        .get("/findings/{id}/revisions", id)
        .then()
        .statusCode(200)
        .body("number", contains(1, 2))
        .body("kind", contains("PUBLICATION", "EDIT"))
        .body("[1].statement", equalTo("Mentors from the neighbourhood help"))
        .body("[1].revisedByRole", equalTo("NETWORK_ADMIN"));

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"4\"")
        .body(Map.of("statement", "Mentoren aus der Nachbarschaft helfen"))
        .when()
        .put("/findings/{id}/translations/de", id)
        .then()
        .statusCode(200)
        .body("reading.fields[0].source", equalTo("TRANSLATED"))
        .body("reading.fields[1].source", equalTo("FALLBACK"))
        .body("reading.fields[1].language", equalTo("en"));
    given()
        .when()
        .get("/findings/{id}?lang=de", id)
        .then()
        .statusCode(200)
        .body("reading.language", equalTo("de"))
        .body("reading.fields[0].text", equalTo("Mentoren aus der Nachbarschaft helfen"))
        .body("translations[0].language", equalTo("de"));

    refusedWithoutChange(
        id,
        () ->
            given()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"5\"")
                .body(Map.of("reason", " "))
                .when()
                .post("/findings/{id}/withdraw", id)
                .then()
                .statusCode(400));
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"5\"")
        .body(Map.of("reason", "A cited practice overstated its results."))
        .when()
        .post("/findings/{id}/withdraw", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("withdrawReason", equalTo("A cited practice overstated its results."))
        .body("allowedActions", empty());
    refusedWithoutChange(
        id,
        () ->
            revise(id, "\"6\"", body("Again", List.of()))
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:withdrawn")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void badInputIsA400AndUnknownVocabularyA422() {
    Map<String, Object> noStatement = body(" ", List.of());
    given()
        .contentType(ContentType.JSON)
        .body(noStatement)
        .when()
        .post("/findings")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Map<String, Object> badKind = body("S", List.of(Map.of("kind", "RUMOUR", "id", "x")));
    given()
        .contentType(ContentType.JSON)
        .body(badKind)
        .when()
        .post("/findings")
        .then()
        .statusCode(400);
    Map<String, Object> badTarget = body("S", List.of());
    badTarget.put("sdgTargets", List.of("3.1"));
    given()
        .contentType(ContentType.JSON)
        .body(badTarget)
        .when()
        .post("/findings")
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:cohesion:problem:classification-invalid"));
    given().when().get("/findings?status=LOST").then().statusCode(400);
    given().when().get("/findings/{id}", UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "coordinator-tartu-id", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void aCoordinatorProposesAndEditsOwnDraftsButNeitherPublishesNorTouchesOthers() {
    UUID tartu = practices.published("tartu", Unique.text("Language cafe"));
    UUID id =
        UUID.fromString(
            given()
                .contentType(ContentType.JSON)
                .body(body("Language cafes work", List.of(cite("PRACTICE", tartu))))
                .when()
                .post("/findings")
                .then()
                .statusCode(201)
                .body("proposedBy", equalTo("tartu"))
                .body("allowedActions", contains("EDIT_FINDING"))
                .extract()
                .path("id"));
    revise(id, "\"0\"", body("Language cafes work well", List.of(cite("PRACTICE", tartu))))
        .statusCode(200);
    refusedWithoutChange(id, () -> publish(id, "\"1\"").statusCode(403));
    given()
        .when()
        .get("/findings?status=DRAFT")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id.toString()))
        .body("allowedActions", contains("VIEW_DRAFT_FINDINGS", "WRITE_FINDING"));
    given().when().get("/findings?status=DRAFT&city=celje").then().statusCode(403);

    UUID network = findings.draft(Findings.ADMIN, "The network's own", "celje");
    UUID celje = findings.draft(Findings.coordinator("celje"), "Celje's proposal", "celje");
    given().when().get("/findings/{id}", network).then().statusCode(404);
    given().when().get("/findings/{id}", celje).then().statusCode(404);
    refusedWithoutChange(
        celje, () -> revise(celje, "\"0\"", body("Taken over", List.of())).statusCode(403));

    UUID published = findings.published(Unique.text("Published"));
    given()
        .when()
        .get("/findings/{id}", published)
        .then()
        .statusCode(200)
        .body("allowedActions", empty());
    refusedWithoutChange(
        published, () -> revise(published, "\"1\"", body("Mine now", List.of())).statusCode(403));
  }

  @Test
  void anyoneReadsPublishedFindingsAndNothingElse() {
    UUID published = findings.published(Unique.text("Public"));
    UUID draft = findings.draft(Findings.ADMIN, "Not yet", "tartu");
    given()
        .when()
        .get("/findings?size=100")
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("public"))
        .body("items.id", hasItem(published.toString()))
        .body("items.id", not(hasItem(draft.toString())))
        .body("allowedActions", empty());
    given()
        .when()
        .get("/findings/{id}", published)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("towns", contains("celje", "tartu"))
        .body("evidenceSufficient", equalTo(true))
        .body("allowedActions", empty());
    given().when().get("/findings/{id}", draft).then().statusCode(404);
    // The kit's list rule: a status the caller may see nowhere is a 403, signed in or not.
    given().when().get("/findings?status=DRAFT").then().statusCode(403);
    refusedWithoutChange(
        draft,
        () ->
            given()
                .contentType(ContentType.JSON)
                .body(body("Anonymous", List.of()))
                .when()
                .post("/findings")
                .then()
                .statusCode(401));
    refusedWithoutChange(published, () -> publish(published, "\"1\"").statusCode(401));
  }

  @Test
  @TestSecurity(user = "member-tartu", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void aPanelMemberReadsButWritesNoFinding() {
    UUID draft = findings.draft(Findings.coordinator("tartu"), "Tartu's proposal", "tartu");
    given().when().get("/findings/{id}", draft).then().statusCode(404);
    refusedWithoutChange(
        draft,
        () ->
            given()
                .contentType(ContentType.JSON)
                .body(body("Member", List.of()))
                .when()
                .post("/findings")
                .then()
                .statusCode(403));
  }

  private static ValidatableResponse publish(UUID id, String ifMatch) {
    var request = given();
    if (ifMatch != null) {
      request = request.header("If-Match", ifMatch);
    }
    return request.when().post("/findings/{id}/publish", id).then();
  }

  private static ValidatableResponse revise(UUID id, String ifMatch, Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(body)
        .when()
        .put("/findings/{id}", id)
        .then();
  }

  private void refusedWithoutChange(UUID id, Supplier<ValidatableResponse> request) {
    Map<String, Object> before = db.findingRow(id);
    long revisions = db.findingRevisions(id);
    long outboxBefore = db.outboxRows();
    request.get().body("instance", notNullValue());
    assertEquals(before, db.findingRow(id), "finding " + id);
    assertEquals(revisions, db.findingRevisions(id), "revisions");
    assertEquals(outboxBefore, db.outboxRows(), "outbox rows");
  }
}
