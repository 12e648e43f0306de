package eu.cohesion.practice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.practice.Practices;
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

/**
 * A practice's classification and translations: PUT /practices/{id}/profile, PUT and DELETE
 * /practices/{id}/translations/{language}, GET /practices/{id}?lang=, and the search finding a
 * practice through its translation and facets.
 */
@QuarkusTest
class PracticeLanguagesTest {

  @Inject Practices practices;
  @Inject TestDatabase db;

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aTownClassifiesAndTranslatesItsPracticeAndAReaderGetsTheFallbackMarked() {
    String word = "taalhuis" + UUID.randomUUID().toString().substring(0, 8);
    UUID id = practices.published("mechelen", "Welcome desk " + word);

    profile(id, "\"3\"", profileBody("nl", List.of("HOUSING", "EMPLOYMENT", "HOUSING")))
        .statusCode(200)
        .header("ETag", equalTo("\"4\""))
        .body("language", equalTo("nl"))
        .body("themes", contains("EMPLOYMENT", "HOUSING"))
        .body("targetGroups", contains("NEWLY_ARRIVED_MIGRANT"))
        .body("sdgTargets", contains("10.2", "11.3"))
        .body("contactRole", equalTo("Integration office, welcome desk"))
        .body("status", equalTo("PUBLISHED"));

    Map<String, Object> german = new HashMap<>();
    german.put("title", "Willkommensschalter " + word);
    german.put("approach", "Freiwillige, die selbst neu angekommen sind, betreuen den Schalter.");
    translate(id, "de", "\"4\"", german)
        .statusCode(200)
        .header("ETag", equalTo("\"5\""))
        .body("translations.language", contains("de"))
        .body("translations[0].translatedByRole", equalTo("CITY_COORDINATOR"))
        .body("translations[0].translatedByCity", equalTo("mechelen"))
        .body("reading.language", equalTo("de"));

    ValidatableResponse read =
        given().when().get("/practices/{id}?lang=de", id).then().statusCode(200);
    read.body("title", equalTo("Welcome desk " + word))
        .body(
            "reading.fields.find { it.name == 'title' }.text",
            equalTo("Willkommensschalter " + word))
        .body("reading.fields.find { it.name == 'title' }.source", equalTo("TRANSLATED"))
        .body("reading.fields.find { it.name == 'title' }.language", equalTo("de"))
        .body("reading.fields.find { it.name == 'context' }.source", equalTo("FALLBACK"))
        .body("reading.fields.find { it.name == 'context' }.language", equalTo("nl"))
        .body(
            "reading.fields.find { it.name == 'context' }.text",
            equalTo("Newcomers could not find their way to the town's services."));
    given()
        .when()
        .get("/practices/{id}", id)
        .then()
        .statusCode(200)
        .body("reading.language", equalTo("nl"))
        .body("reading.fields.source", everyItem(equalTo("ORIGINAL")));

    // The search finds it by the German word and by its facets.
    given()
        .queryParam("q", "Willkommensschalter")
        .queryParam("theme", "HOUSING")
        .when()
        .get("/practice-search")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id.toString()));
    given()
        .queryParam("q", word)
        .queryParam("sdg", "11.3")
        .when()
        .get("/practice-search")
        .then()
        .statusCode(200)
        .body("items.id", contains(id.toString()));

    // Removed, the German reader falls back everywhere.
    given()
        .header("If-Match", "\"5\"")
        .when()
        .delete("/practices/{id}/translations/de", id)
        .then()
        .statusCode(200)
        .body("translations", empty());
    given()
        .when()
        .get("/practices/{id}?lang=de", id)
        .then()
        .statusCode(200)
        .body("reading.fields.find { it.name == 'title' }.source", equalTo("FALLBACK"));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void refusedChangesLeaveThePracticeAsItWas() {
    UUID id = practices.complete("mechelen", Unique.text("Refusals"));
    Map<String, Object> german = Map.of("title", "Ablehnungen");

    // Into the original language (English by default): that is the practice itself.
    refusedWithoutChange(
        id,
        () ->
            translate(id, "en", "\"1\"", german)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:practice-translation-invalid")));
    refusedWithoutChange(
        id,
        () ->
            translate(id, "de", "\"1\"", Map.of("title", "  "))
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:practice-translation-invalid")));
    refusedWithoutChange(
        id,
        () ->
            translate(id, "xx", "\"1\"", german).statusCode(400).body("violations", not(empty())));
    refusedWithoutChange(id, () -> translate(id, "de", "\"0\"", german).statusCode(412));
    refusedWithoutChange(
        id,
        () ->
            given()
                .contentType(ContentType.JSON)
                .body(german)
                .when()
                .put("/practices/{id}/translations/de", id)
                .then()
                .statusCode(428));

    Map<String, Object> badTarget = profileBody("nl", List.of());
    badTarget.put("sdgTargets", List.of("1.1"));
    refusedWithoutChange(
        id,
        () ->
            profile(id, "\"1\"", badTarget)
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:practice-profile-invalid")));
    Map<String, Object> person = profileBody("nl", List.of());
    person.put("contactRole", "Ask jan.peeters@mechelen.be");
    refusedWithoutChange(id, () -> profile(id, "\"1\"", person).statusCode(422));
    Map<String, Object> unknownTheme = profileBody("nl", List.of("GARDENING"));
    refusedWithoutChange(id, () -> profile(id, "\"1\"", unknownTheme).statusCode(400));
    refusedWithoutChange(
        id,
        () ->
            given()
                .header("If-Match", "\"1\"")
                .when()
                .delete("/practices/{id}/translations/de", id)
                .then()
                .statusCode(404));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void anotherTownNeitherTranslatesNorClassifies() {
    UUID id = practices.published("mechelen", Unique.text("Not yours"));
    refusedWithoutChange(
        id, () -> translate(id, "et", "\"3\"", Map.of("title", "Mitte teie oma")).statusCode(403));
    refusedWithoutChange(
        id, () -> profile(id, "\"3\"", profileBody("nl", List.of())).statusCode(403));
  }

  @Test
  void aSubmittedPracticeIsNotTranslatedWhileTheAdminDecides() {
    UUID id = practices.submitted("mechelen", Unique.text("Locked"));
    given()
        .when()
        .get("/practices/{id}?lang=fr", id)
        .then()
        .statusCode(404); // not published: anonymous readers do not see it at all
    given().when().get("/practices/{id}?lang=klingon", UUID.randomUUID()).then().statusCode(400);
    assertEquals(0L, db.translationsOf(id));
  }

  private void refusedWithoutChange(UUID id, Supplier<ValidatableResponse> request) {
    Map<String, Object> before = db.practiceRow(id);
    long translations = db.translationsOf(id);
    long outbox = db.outboxRows();
    request.get();
    assertEquals(before, db.practiceRow(id), "practice " + id);
    assertEquals(translations, db.translationsOf(id), "translations");
    assertEquals(outbox, db.outboxRows(), "outbox rows");
  }

  private static Map<String, Object> profileBody(String language, List<String> themes) {
    Map<String, Object> body = new HashMap<>();
    body.put("language", language);
    body.put("themes", themes);
    body.put("targetGroups", List.of("NEWLY_ARRIVED_MIGRANT"));
    body.put("sdgTargets", List.of("11.3", "10.2"));
    body.put("contactRole", "Integration office, welcome desk");
    return body;
  }

  private static ValidatableResponse profile(UUID id, String ifMatch, Object body) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(body)
        .when()
        .put("/practices/{id}/profile", id)
        .then();
  }

  private static ValidatableResponse translate(
      UUID id, String language, String ifMatch, Object body) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(body)
        .when()
        .put("/practices/{id}/translations/{language}", id, language)
        .then();
  }
}
