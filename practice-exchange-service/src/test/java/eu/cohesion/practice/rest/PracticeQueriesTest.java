package eu.cohesion.practice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.practice.Practices;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GET /practices and /practices/{id}: the public sees published practices only; drafts are seen by
 * their town's coordinator and network admins, and to everybody else they do not exist.
 */
@QuarkusTest
class PracticeQueriesTest {

  @Inject Practices practices;

  @Test
  void anonymousCallersSeeAPracticeOnlyOnceItIsPublished() {
    String town = uniqueTown();
    UUID id = practices.draft(town);

    list(Map.of("city", town))
        .statusCode(200)
        .body("items", empty())
        .body("totalItems", equalTo(0));
    list(Map.of("size", "100", "sort", "updatedAt,desc"))
        .statusCode(200)
        .body("items.id", not(hasItem(id.toString())));
    given()
        .when()
        .get("/practices/{id}", id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:not-found"));

    practices.revise(id, 0, Practices.completeText("Now public"));
    list(Map.of("city", town)).statusCode(200).body("items", empty());

    UUID published = practices.published(town, "Public practice");
    list(Map.of("city", town))
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("totalPages", equalTo(1))
        .body("page", equalTo(0))
        .body("size", equalTo(20))
        .body("items[0].id", equalTo(published.toString()))
        .body("items[0].city", equalTo(town))
        .body("items[0].title", equalTo("Public practice"))
        .body("items[0].summary", equalTo("Summary of Public practice"))
        .body("items[0].status", equalTo("PUBLISHED"))
        .body("items[0].publishedAt", notNullValue())
        .body("items[0].version", equalTo(3))
        .body(
            "items[0].keySet()",
            containsInAnyOrder(
                "id",
                "city",
                "title",
                "summary",
                "status",
                "publishedAt",
                "version",
                "updatedAt",
                "allowedActions"));
    list(Map.of("size", "100", "sort", "updatedAt,desc"))
        .body("items.id", hasItem(published.toString()));

    given()
        .when()
        .get("/practices/{id}", published)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"3\""))
        .body("id", equalTo(published.toString()))
        .body("status", equalTo("PUBLISHED"))
        .body("context", equalTo("Newcomers could not find their way to the town's services."))
        .body("lessons", equalTo("Opening hours set without newcomers failed."))
        .body(
            "keySet()",
            containsInAnyOrder(
                "id",
                "city",
                "sourceInitiativeId",
                "outcome",
                "title",
                "summary",
                "context",
                "approach",
                "results",
                "resources",
                "transferability",
                "lessons",
                "status",
                "version",
                "createdAt",
                "updatedAt",
                "publishedAt",
                "allowedActions",
                "reviewResults",
                "indicatorOutcomes",
                "allowedTransitions",
                "checklist",
                "validationHistory",
                "language",
                "themes",
                "targetGroups",
                "sdgTargets",
                "contactRole",
                "translations",
                "reading",
                "followedByMe"))
        .body("allowedActions", empty())
        .body("allowedTransitions", contains("RETURNED"))
        .body("checklist", nullValue())
        .body("validationHistory", nullValue());
  }

  @Test
  void anonymousCallersMayNotAskForDrafts() {
    list(Map.of("status", "DRAFT", "city", "mechelen"))
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:forbidden"));
    list(Map.of("status", "DRAFT")).statusCode(403);
  }

  @Test
  @TestSecurity(user = "member-mechelen", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aPanelMemberDoesNotSeeDraftsOfItsOwnTown() {
    UUID id = practices.draft("mechelen");
    given().when().get("/practices/{id}", id).then().statusCode(404);
    list(Map.of("status", "DRAFT", "city", "mechelen")).statusCode(403);
    list(Map.of("status", "DRAFT")).statusCode(403);
    list(Map.of("city", "mechelen", "size", "100"))
        .statusCode(200)
        .body("items.status", everyItem(equalTo("PUBLISHED")));
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void anIntegrationClientReadsPublishedPracticesOnly() {
    UUID draft = practices.draft("mechelen");
    UUID published = practices.published("mechelen", "For partners");
    given().when().get("/practices/{id}", draft).then().statusCode(404);
    given().when().get("/practices/{id}", published).then().statusCode(200);
    list(Map.of("status", "DRAFT")).statusCode(403);
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void aCoordinatorDoesNotSeeAnotherTownsDrafts() {
    UUID id = practices.draft("mechelen");
    given()
        .when()
        .get("/practices/{id}", id)
        .then()
        .statusCode(404)
        .body("detail", equalTo("practice " + id + " does not exist"));
    list(Map.of("status", "DRAFT", "city", "mechelen"))
        .statusCode(403)
        .body("detail", equalTo("you may not see the draft practices of town mechelen"));
    list(Map.of("status", "DRAFT", "size", "100"))
        .statusCode(200)
        .body("items.id", not(hasItem(id.toString())))
        .body("items.city", everyItem(equalTo("tartu")));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aCoordinatorSeesTheDraftsOfItsOwnTown() {
    UUID id = practices.draft("mechelen");
    given()
        .when()
        .get("/practices/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("status", equalTo("DRAFT"));

    for (Map<String, String> query :
        List.of(
            Map.of("status", "DRAFT", "size", "100", "sort", "updatedAt,desc"),
            Map.of(
                "status", "DRAFT", "city", "mechelen", "size", "100", "sort", "updatedAt,desc"))) {
      list(query)
          .statusCode(200)
          .body("items.id", hasItem(id.toString()))
          .body("items.city", everyItem(equalTo("mechelen")))
          .body("items.status", everyItem(equalTo("DRAFT")));
    }
    // Without status the list is the public one, for coordinators too.
    list(Map.of("city", "mechelen", "size", "100"))
        .statusCode(200)
        .body("items.status", everyItem(equalTo("PUBLISHED")));
  }

  @Test
  @TestSecurity(user = "coordinator-nowhere", roles = "city-coordinator")
  void aCoordinatorWithoutATownSeesNoDrafts() {
    UUID id = practices.draft("mechelen");
    given().when().get("/practices/{id}", id).then().statusCode(404);
    list(Map.of("status", "DRAFT")).statusCode(403);
    list(Map.of("status", "DRAFT", "city", "mechelen")).statusCode(403);
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aNetworkAdminSeesEveryTownsDrafts() {
    UUID inDelft = practices.draft("delft");
    UUID inCelje = practices.draft("celje");
    given().when().get("/practices/{id}", inDelft).then().statusCode(200);
    list(Map.of("status", "DRAFT", "size", "100", "sort", "updatedAt,desc"))
        .statusCode(200)
        .body("items.id", hasItems(inDelft.toString(), inCelje.toString()));
    list(Map.of("status", "DRAFT", "city", "celje", "size", "100"))
        .statusCode(200)
        .body("items.id", hasItem(inCelje.toString()))
        .body("items.city", everyItem(equalTo("celje")));
  }

  @Test
  void publishedPracticesAreSortedAndPaged() {
    String town = uniqueTown();
    UUID b = practices.published(town, "Bridges");
    UUID a = practices.published(town, "Allotments");
    UUID c = practices.published(town, "Choirs");
    practices.draft(town, "A draft never listed");

    assertOrder(Map.of("city", town), c, a, b);
    assertOrder(Map.of("city", town, "sort", "publishedAt"), b, a, c);
    assertOrder(Map.of("city", town, "sort", "title"), a, b, c);
    assertOrder(Map.of("city", town, "sort", "title,desc"), c, b, a);
    practices.revise(b, 3, Practices.completeText("Bridges"));
    assertOrder(Map.of("city", town, "sort", "updatedAt,desc"), b, c, a);
    assertOrder(Map.of("city", town, "sort", "updatedAt,asc"), a, c, b);

    list(Map.of("city", town, "size", "2", "sort", "title"))
        .statusCode(200)
        .body("items.id", equalTo(List.of(a.toString(), b.toString())))
        .body("page", equalTo(0))
        .body("size", equalTo(2))
        .body("totalItems", equalTo(3))
        .body("totalPages", equalTo(2));
    list(Map.of("city", town, "size", "2", "page", "1", "sort", "title"))
        .statusCode(200)
        .body("items.id", equalTo(List.of(c.toString())));
    list(Map.of("city", town, "size", "2", "page", "2")).statusCode(200).body("items", empty());
  }

  @Test
  void invalidQueryParametersAreNamed() {
    Map<String, String> invalid =
        Map.of(
            "status", "ARCHIVED",
            "sort", "name",
            "size", "101",
            "page", "-1",
            "city", "Mechelen!");
    invalid.forEach(
        (parameter, value) ->
            list(Map.of(parameter, value))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:validation"))
                .body("violations.field", equalTo(List.of(parameter))));
    list(Map.of("size", "0")).statusCode(400);
    list(Map.of("sort", "title,sideways")).statusCode(400);
  }

  @Test
  void aPracticeIdThatIsNoUuidIsNotFound() {
    given().when().get("/practices/not-a-uuid").then().statusCode(404);
    given().when().get("/practices/{id}", UUID.randomUUID()).then().statusCode(404);
  }

  private static void assertOrder(Map<String, String> query, UUID... expected) {
    List<String> ids = list(query).statusCode(200).extract().path("items.id");
    assertEquals(List.of(expected).stream().map(UUID::toString).toList(), ids, query.toString());
  }

  @Test
  @TestSecurity(user = "coordinator-gent", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "gent"))
  void aCoordinatorIsOfferedWhatItMayDoWithItsTownsPractices() {
    UUID draft = practices.draft("gent", "Gent draft");
    UUID published = practices.published("gent", "Gent practice");
    UUID elsewhere = practices.published(uniqueTown(), "Elsewhere");
    list(Map.of("status", "DRAFT"))
        .statusCode(200)
        .body("allowedActions", contains("VIEW_DRAFT_PRACTICES"))
        .body(
            "items.find { it.id == '" + draft + "' }.allowedActions",
            contains("EDIT_PRACTICE", "SUBMIT_PRACTICE"));
    given()
        .when()
        .get("/practices/{id}", published)
        .then()
        .statusCode(200)
        .body("allowedActions", contains("EDIT_PRACTICE", "FOLLOW"))
        .body("checklist.item", contains("SECTIONS_FILLED", "EVIDENCE_PRESENT", "NO_PERSONAL_DATA"))
        .body("checklist.passed", everyItem(equalTo(true)))
        .body("validationHistory.step", contains("SUBMITTED", "PUBLISHED"));
    given()
        .when()
        .get("/practices/{id}", elsewhere)
        .then()
        .statusCode(200)
        // Another town's practice: never edited, but its transfer may be registered and it
        // followed.
        .body("allowedActions", contains("REGISTER_TRANSFER", "FOLLOW"));
  }

  @Test
  void anonymousCallersAreOfferedNothing() {
    UUID published = practices.published(uniqueTown(), "Read only");
    list(Map.of()).statusCode(200).body("allowedActions", empty());
    given().when().get("/practices/{id}", published).then().body("allowedActions", empty());
  }

  private static ValidatableResponse list(Map<String, String> query) {
    return given().queryParams(query).when().get("/practices").then();
  }

  /** A town of its own, so that lists and counts are not disturbed by other tests' practices. */
  private static String uniqueTown() {
    return "town-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
