package eu.cohesion.panel.sessions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.panel.domain.MemberRole;
import eu.cohesion.panel.domain.PanelSession;
import eu.cohesion.panel.domain.StakeholderCategory;
import eu.cohesion.panel.service.NewMember;
import eu.cohesion.panel.service.NewPanel;
import eu.cohesion.panel.service.PanelCreation;
import eu.cohesion.panel.service.PanelMembership;
import eu.cohesion.panel.service.sessions.PanelSessions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Panel sessions over HTTP: planning (idempotent), changing with If-Match, attendance, holding with
 * its event, cancelling, who may do what, and that every refusal changes nothing.
 */
@QuarkusTest
class PanelSessionsTest {

  private static final String TOWN = "elbasan";
  private static final Actor ADMIN = new Actor("network-admin", Set.of(Role.NETWORK_ADMIN), null);

  @Inject SessionProbe db;
  @Inject PanelCreation creation;
  @Inject PanelMembership membership;
  @Inject PanelSessions sessions;

  @Test
  @TestSecurity(user = "coordinator-elbasan", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorPlansRecordsAttendanceAndHoldsASession() {
    UUID panel = newPanel();
    List<UUID> members = members(panel, 5);
    long outboxBefore = db.outboxRows();
    UUID initiative = UUID.randomUUID();

    String key = UUID.randomUUID().toString();
    Map<String, Object> body = session("Town hall, room 2", null);
    body.put(
        "decisions",
        List.of(
            Map.of("text", "Pilot the welcome desk", "initiativeId", initiative.toString()),
            Map.of("text", "Meet again in May")));
    String sessionId =
        plan(panel, body, key)
            .statusCode(201)
            .header("ETag", equalTo("\"0\""))
            .header("Location", matchesPattern(".*/panels/" + panel + "/sessions/[0-9a-f-]{36}$"))
            .body("status", equalTo("PLANNED"))
            .body("agenda", contains("Welcome", "Budget 2026"))
            .body("place", equalTo("Town hall, room 2"))
            .body("onlineUrl", nullValue())
            .body("quorum", nullValue())
            .body("decisions.text", contains("Pilot the welcome desk", "Meet again in May"))
            .body("decisions[0].initiativeId", equalTo(initiative.toString()))
            .body(
                "allowedActions",
                containsInAnyOrder(
                    "CHANGE_SESSION", "RECORD_ATTENDANCE", "HOLD_SESSION", "CANCEL_SESSION"))
            .extract()
            .path("id");
    UUID session = UUID.fromString(sessionId);
    plan(panel, body, key).statusCode(201).header("Idempotent-Replayed", "true");
    assertEquals(1, db.sessionsOf(panel), "the same Idempotency-Key plans once");

    attendance(session, panel, "\"0\"", members.subList(0, 3), members.subList(3, 4))
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("present", containsInAnyOrder(strings(members.subList(0, 3))))
        .body("apologies", contains(members.get(3).toString()))
        .body("quorum.eligible", equalTo(5))
        .body("quorum.present", equalTo(3))
        .body("quorum.required", equalTo(3))
        .body("quorum.met", equalTo(true));

    step(panel, session, "hold", "\"1\"")
        .statusCode(200)
        .body("status", equalTo("HELD"))
        .body("heldAt", not(nullValue()))
        .body("allowedActions", contains("CHANGE_SESSION"));
    assertEquals(outboxBefore + 1, db.outboxRows(), "holding announces one event, planning none");
    assertEquals(1, db.outboxRowsOfType(panel, "eu.cohesion.panel.session-held"));

    Map<String, Object> minutes = new HashMap<>(body);
    minutes.put("minutes", "Opened at 17:35. Both decisions unanimous.");
    change(panel, session, "\"2\"", minutes)
        .statusCode(200)
        .body("minutes", equalTo("Opened at 17:35. Both decisions unanimous."))
        .body("status", equalTo("HELD"));

    given()
        .when()
        .get("/panels/" + panel + "/sessions")
        .then()
        .statusCode(200)
        .body("items.id", contains(sessionId))
        .body("items[0].presentCount", equalTo(3))
        .body("items[0].apologyCount", equalTo(1))
        .body("items[0].decisionCount", equalTo(2))
        .body("items[0].quorum.met", equalTo(true))
        .body("items[0]", not(hasKey("present")))
        .body("allowedActions", contains("PLAN_SESSION"));
  }

  @Test
  @TestSecurity(user = "coordinator-elbasan", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void holdingWithoutAttendanceOrAfterCancellingIsRefusedWithoutChange() {
    UUID panel = newPanel();
    UUID session = planned(panel);
    refusedWithoutChange(
        session,
        () ->
            step(panel, session, "hold", "\"0\"")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:attendance-missing")));
    step(panel, session, "cancel", "\"0\"")
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("allowedActions", empty());
    refusedWithoutChange(
        session,
        () ->
            step(panel, session, "hold", "\"1\"")
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:session-not-planned")));
    refusedWithoutChange(
        session,
        () ->
            change(panel, session, "\"1\"", session("Elsewhere", null))
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:session-cancelled")));
  }

  @Test
  @TestSecurity(user = "coordinator-elbasan", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void changesNeedTheCurrentVersion() {
    UUID panel = newPanel();
    UUID session = planned(panel);
    refusedWithoutChange(
        session,
        () ->
            given()
                .contentType(ContentType.JSON)
                .body(session("Elsewhere", null))
                .when()
                .put("/panels/" + panel + "/sessions/" + session)
                .then()
                .statusCode(428)
                .contentType("application/problem+json"));
    refusedWithoutChange(
        session,
        () ->
            change(panel, session, "\"7\"", session("Elsewhere", null))
                .statusCode(412)
                .body("type", equalTo("urn:cohesion:problem:stale-version")));
    refusedWithoutChange(
        session, () -> change(panel, session, "0", session("Elsewhere", null)).statusCode(400));
    change(panel, session, "\"0\"", session(null, "https://meet.example.org/elbasan"))
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("place", nullValue())
        .body("onlineUrl", equalTo("https://meet.example.org/elbasan"));
  }

  @Test
  @TestSecurity(user = "coordinator-elbasan", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void badInputIsNamedAndPlansNothing() {
    UUID panel = newPanel();
    for (String url :
        List.of("javascript:alert(1)", "ftp://example.org/x", "https://", "example.org")) {
      plan(panel, session(null, url), null)
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations.field", hasItem("onlineUrl"));
    }
    plan(panel, session(null, null), null)
        .statusCode(422)
        .body("type", equalTo("urn:cohesion:problem:invalid-session"));
    Map<String, Object> noDate = session("Hall", null);
    noDate.remove("startsAt");
    plan(panel, noDate, null).statusCode(400).body("violations.field", contains("startsAt"));
    Map<String, Object> blankItem = session("Hall", null);
    blankItem.put("agenda", List.of("ok", " "));
    plan(panel, blankItem, null).statusCode(400);
    Map<String, Object> blankDecision = session("Hall", null);
    blankDecision.put("decisions", List.of(Map.of("text", "")));
    plan(panel, blankDecision, null).statusCode(400);
    assertEquals(0, db.sessionsOf(panel));
  }

  @Test
  @TestSecurity(user = "coordinator-elbasan", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void attendanceNamesOnlyThePanelsMembers() {
    UUID panel = newPanel();
    List<UUID> members = members(panel, 2);
    UUID otherPanel = newPanel();
    List<UUID> strangers = members(otherPanel, 1);
    UUID session = planned(panel);
    refusedWithoutChange(
        session,
        () ->
            attendance(
                    session, panel, "\"0\"", List.of(members.get(0), strangers.get(0)), List.of())
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:not-a-member")));
    refusedWithoutChange(
        session,
        () ->
            attendance(session, panel, "\"0\"", members, List.of(members.get(0)))
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:attendance-conflict")));
    attendance(session, panel, "\"0\"", List.of(members.get(0)), List.of())
        .statusCode(200)
        .body("quorum.met", equalTo(false))
        .body("quorum.required", equalTo(2));
    // A session id under another panel is not found there.
    given().when().get("/panels/" + otherPanel + "/sessions/" + session).then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "member-elbasan", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aMemberSeesTheTownsSessionsButChangesNothing() {
    UUID panel = newPanel();
    UUID session = plannedByAdmin(panel);
    given()
        .when()
        .get("/panels/" + panel + "/sessions")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("allowedActions", empty())
        .body("items[0].allowedActions", empty());
    given()
        .when()
        .get("/panels/" + panel + "/sessions/" + session)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("allowedActions", empty());
    refusedWithoutChange(session, () -> step(panel, session, "cancel", "\"0\"").statusCode(403));
    refusedWithoutChange(
        session, () -> change(panel, session, "\"0\"", session("X", null)).statusCode(403));
    plan(panel, session("Hall", null), null).statusCode(403);
    assertEquals(1, db.sessionsOf(panel));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void anotherTownsCoordinatorNeitherSeesNorChanges() {
    UUID panel = newPanel();
    UUID session = plannedByAdmin(panel);
    given().when().get("/panels/" + panel + "/sessions").then().statusCode(403);
    given().when().get("/panels/" + panel + "/sessions/" + session).then().statusCode(403);
    refusedWithoutChange(session, () -> step(panel, session, "cancel", "\"0\"").statusCode(403));
    plan(panel, session("Hall", null), null).statusCode(403);
    assertEquals(1, db.sessionsOf(panel));
  }

  @Test
  void anonymousCallersMustSignIn() {
    UUID panel = newPanel();
    UUID session = plannedByAdmin(panel);
    given()
        .when()
        .get("/panels/" + panel + "/sessions")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given().when().get("/panels/" + panel + "/sessions/" + session).then().statusCode(401);
    refusedWithoutChange(session, () -> step(panel, session, "hold", "\"0\"").statusCode(401));
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void integrationClientsSeeNoSessions() {
    UUID panel = newPanel();
    plannedByAdmin(panel);
    given().when().get("/panels/" + panel + "/sessions").then().statusCode(403);
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void listsFilterByStatusAndUnknownPanelsAreNotFound() {
    UUID panel = newPanel();
    UUID first = planned(panel);
    planned(panel);
    step(panel, first, "cancel", "\"0\"").statusCode(200);
    given()
        .queryParam("status", "CANCELLED")
        .when()
        .get("/panels/" + panel + "/sessions")
        .then()
        .statusCode(200)
        .body("items.id", contains(first.toString()));
    given()
        .queryParam("status", "DONE")
        .when()
        .get("/panels/" + panel + "/sessions")
        .then()
        .statusCode(400)
        .body("violations.field", contains("status"));
    given()
        .when()
        .get("/panels/00000000-0000-4000-8000-000000000000/sessions")
        .then()
        .statusCode(404);
  }

  // ---- helpers

  private void refusedWithoutChange(UUID session, Supplier<ValidatableResponse> request) {
    String before = db.state(session);
    long outbox = db.outboxRows();
    request.get();
    assertEquals(before, db.state(session), "a refused request changes nothing");
    assertEquals(outbox, db.outboxRows(), "a refused request announces nothing");
  }

  private UUID newPanel() {
    return creation.create(ADMIN, new NewPanel(TOWN, "Sessions " + UUID.randomUUID(), null)).id();
  }

  private List<UUID> members(UUID panel, int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                membership
                    .add(
                        ADMIN,
                        panel,
                        new NewMember(
                            "Member " + i,
                            StakeholderCategory.CITIZEN,
                            MemberRole.MEMBER,
                            null,
                            List.of(),
                            null))
                    .id())
        .toList();
  }

  private UUID planned(UUID panel) {
    return UUID.fromString(
        plan(panel, session("Town hall", null), null).statusCode(201).extract().path("id"));
  }

  /** Planned behind the caller's back, for tests whose caller may not plan. */
  private UUID plannedByAdmin(UUID panel) {
    return sessions
        .plan(
            ADMIN,
            panel,
            new PanelSession.Details(
                Instant.parse("2026-05-01T17:00:00Z"),
                "Town hall",
                null,
                List.of(),
                List.of(),
                null))
        .session()
        .id();
  }

  private static Map<String, Object> session(String place, String url) {
    Map<String, Object> body = new HashMap<>();
    body.put("startsAt", "2026-03-05T17:30:00Z");
    body.put("place", place);
    body.put("onlineUrl", url);
    body.put("agenda", List.of("Welcome", "Budget 2026"));
    return body;
  }

  private static ValidatableResponse plan(UUID panel, Object body, String key) {
    var request = given().contentType(ContentType.JSON).body(body);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request.when().post("/panels/" + panel + "/sessions").then();
  }

  private static ValidatableResponse change(UUID panel, UUID session, String ifMatch, Object body) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(body)
        .when()
        .put("/panels/" + panel + "/sessions/" + session)
        .then();
  }

  private static ValidatableResponse attendance(
      UUID session, UUID panel, String ifMatch, List<UUID> present, List<UUID> apologies) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(Map.of("present", strings(present), "apologies", strings(apologies)))
        .when()
        .put("/panels/" + panel + "/sessions/" + session + "/attendance")
        .then();
  }

  private static ValidatableResponse step(UUID panel, UUID session, String step, String ifMatch) {
    return given()
        .header("If-Match", ifMatch)
        .when()
        .post("/panels/" + panel + "/sessions/" + session + "/" + step)
        .then();
  }

  private static String[] strings(List<UUID> ids) {
    return ids.stream().map(UUID::toString).toArray(String[]::new);
  }
}
