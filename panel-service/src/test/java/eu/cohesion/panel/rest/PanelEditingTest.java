package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.panel.TestDatabase;
import eu.cohesion.panel.service.NewPanel;
import eu.cohesion.panel.service.PanelCreation;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Editing a panel and taking lifecycle steps: If-Match, the town's permission, the rules of
 * mandate, term and lifecycle, one ACTIVE panel per town; every refusal changes nothing.
 */
@QuarkusTest
class PanelEditingTest {

  private static final String TOWN = "reggio-emilia";

  @Inject TestDatabase db;
  @Inject PanelCreation creation;

  private static Map<String, Object> edit(String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("description", "The town's panel");
    body.put(
        "mandate",
        Map.of("it", "Il panel consiglia la città.", "en", "The panel advises the town."));
    body.put("termStart", "2027-01-01");
    body.put("termEnd", "2028-12-31");
    return body;
  }

  @Test
  void theDetailIsPublicWithStatusTermMandateTransitionsAndETag() {
    UUID panel = newPanel(TOWN);
    given()
        .when()
        .get("/panels/" + panel)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("status", equalTo("FORMING"))
        .body("mandate.size()", equalTo(0))
        .body("termStart", nullValue())
        .body("version", equalTo(0))
        .body("allowedTransitions", contains("ACTIVE", "CLOSED"))
        .body("allowedActions", empty())
        .body("composition.members", equalTo(0));
  }

  @Test
  @TestSecurity(user = "coordinator-reggio-emilia", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorEditsWithTheETagItReadAndGetsTheNextOne() {
    UUID panel = newPanel(TOWN);
    long events = db.outboxRowsOfType(panel, "eu.cohesion.panel.changed");
    put(panel, "\"0\"", edit("Reggio Emilia LPS " + panel))
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("mandate.it", equalTo("Il panel consiglia la città."))
        .body("mandate.en", equalTo("The panel advises the town."))
        .body("termStart", equalTo("2027-01-01"))
        .body("termEnd", equalTo("2028-12-31"))
        .body(
            "allowedActions",
            contains(
                "EDIT_PANEL",
                "CHANGE_PANEL_STATUS",
                "ADD_MEMBER",
                "VIEW_MEMBERS",
                "VIEW_POPULATION_GROUPS",
                "VIEW_SESSIONS",
                "VIEW_PERSONAL_DATA_AUDIT",
                "VIEW_POOL"));
    assertEquals(events + 1, db.outboxRowsOfType(panel, "eu.cohesion.panel.changed"));
  }

  @Test
  @TestSecurity(user = "coordinator-reggio-emilia", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void refusedEditsChangeNothing() {
    UUID panel = newPanel(TOWN);
    Map<String, Object> endBeforeStart = edit("Other");
    endBeforeStart.put("termEnd", "2026-12-31");
    Map<String, Object> unknownLanguage = edit("Other");
    unknownLanguage.put("mandate", Map.of("xx", "Text"));
    Map<String, Object> noMandate = edit("Other");
    noMandate.put("mandate", Map.of());
    Map<String, Object> oversized = edit("Other");
    oversized.put("mandate", Map.of("en", "m".repeat(4001)));

    refusedWithoutChange(
        panel,
        () ->
            put(panel, "\"7\"", edit("Other"))
                .statusCode(412)
                .body("type", equalTo("urn:cohesion:problem:stale-version")));
    refusedWithoutChange(panel, () -> put(panel, null, edit("Other")).statusCode(428));
    refusedWithoutChange(panel, () -> put(panel, "0", edit("Other")).statusCode(400));
    refusedWithoutChange(
        panel,
        () ->
            put(panel, "\"0\"", endBeforeStart)
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:invalid-panel")));
    refusedWithoutChange(panel, () -> put(panel, "\"0\"", unknownLanguage).statusCode(400));
    refusedWithoutChange(panel, () -> put(panel, "\"0\"", noMandate).statusCode(400));
    refusedWithoutChange(panel, () -> put(panel, "\"0\"", oversized).statusCode(400));
  }

  @Test
  @TestSecurity(user = "coordinator-reggio-emilia", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void anotherTownsPanelIsForbidden() {
    UUID panel = newPanel("delft");
    refusedWithoutChange(panel, () -> put(panel, "\"0\"", edit("Other")).statusCode(403));
    refusedWithoutChange(panel, () -> step(panel, "\"0\"", "CLOSED").statusCode(403));
  }

  @Test
  @TestSecurity(user = "member-reggio-emilia", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aPanelMemberMayNotEditNorStep() {
    UUID panel = newPanel(TOWN);
    refusedWithoutChange(panel, () -> put(panel, "\"0\"", edit("Other")).statusCode(403));
    refusedWithoutChange(panel, () -> step(panel, "\"0\"", "CLOSED").statusCode(403));
  }

  @Test
  void anonymousCallersMayNotEdit() {
    UUID panel = newPanel(TOWN);
    refusedWithoutChange(panel, () -> put(panel, "\"0\"", edit("Other")).statusCode(401));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void oneActivePanelPerTownAndTheRefusalNamesIt() {
    String town = TOWN;
    UUID first = newPanel(town);
    UUID second = newPanel(town);
    // An earlier run of this test may have left an ACTIVE panel of the town: close it first.
    closeActive(town);
    refusedWithoutChange(
        first,
        () ->
            step(first, "\"0\"", "ACTIVE")
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:panel-incomplete")));
    put(first, "\"0\"", edit("First " + first)).statusCode(200);
    put(second, "\"0\"", edit("Second " + second)).statusCode(200);
    long statusEvents = db.outboxRowsOfType(first, "eu.cohesion.panel.status-changed");

    step(first, "\"1\"", "ACTIVE")
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("status", equalTo("ACTIVE"))
        .body("allowedTransitions", contains("CLOSED"));
    assertEquals(statusEvents + 1, db.outboxRowsOfType(first, "eu.cohesion.panel.status-changed"));

    refusedWithoutChange(
        second,
        () ->
            step(second, "\"1\"", "ACTIVE")
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:active-panel-exists"))
                .body("detail", containsString("First " + first))
                .body("detail", containsString(first.toString())));

    step(first, "\"2\"", "CLOSED").statusCode(200).body("allowedTransitions", empty());
    step(second, "\"1\"", "ACTIVE").statusCode(200);
    refusedWithoutChange(
        first,
        () ->
            step(first, "\"3\"", "ACTIVE")
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:illegal-transition")));
    refusedWithoutChange(
        first,
        () ->
            put(first, "\"3\"", edit("Reopened"))
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:panel-closed")));
    step(second, "\"2\"", "CLOSED").statusCode(200);
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void anUnknownPanelIsNotFoundAndAnUnknownStateABadRequest() {
    put(UUID.fromString("00000000-0000-4000-8000-000000000000"), "\"0\"", edit("X"))
        .statusCode(404);
    UUID panel = newPanel(TOWN);
    refusedWithoutChange(panel, () -> step(panel, "\"0\"", "DISSOLVED").statusCode(400));
  }

  private void closeActive(String town) {
    given()
        .queryParam("city", town)
        .queryParam("size", 100)
        .get("/panels")
        .then()
        .extract()
        .jsonPath()
        .getList("items.findAll { it.status == 'ACTIVE' }.id", String.class)
        .forEach(
            id -> {
              String tag = given().get("/panels/" + id).header("ETag");
              step(UUID.fromString(id), tag, "CLOSED").statusCode(200);
            });
  }

  private void refusedWithoutChange(UUID panel, Supplier<ValidatableResponse> request) {
    ExtractableResponse<Response> before = given().get("/panels/" + panel).then().extract();
    long outbox = db.outboxRowsFor(panel);
    request.get().contentType("application/problem+json");
    ExtractableResponse<Response> after = given().get("/panels/" + panel).then().extract();
    assertEquals(before.header("ETag"), after.header("ETag"));
    assertEquals(before.jsonPath().getMap(""), after.jsonPath().getMap(""));
    assertEquals(outbox, db.outboxRowsFor(panel));
  }

  private static ValidatableResponse put(UUID panel, String ifMatch, Map<String, Object> body) {
    var request = given().contentType(ContentType.JSON).body(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.when().put("/panels/" + panel).then();
  }

  private static ValidatableResponse step(UUID panel, String ifMatch, String to) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(Map.of("to", to))
        .when()
        .post("/panels/" + panel + "/transitions")
        .then();
  }

  private UUID newPanel(String town) {
    Actor admin = new Actor("network-admin", Set.of(Role.NETWORK_ADMIN), null);
    return creation.create(admin, new NewPanel(town, "Panel " + UUID.randomUUID(), null)).id();
  }
}
