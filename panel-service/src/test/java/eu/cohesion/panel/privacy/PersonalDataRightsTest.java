package eu.cohesion.panel.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.panel.domain.MemberRole;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.PanelSession;
import eu.cohesion.panel.domain.StakeholderCategory;
import eu.cohesion.panel.service.NewMember;
import eu.cohesion.panel.service.NewPanel;
import eu.cohesion.panel.service.PanelCreation;
import eu.cohesion.panel.service.PanelMembership;
import eu.cohesion.panel.service.privacy.MemberErasures;
import eu.cohesion.panel.service.sessions.PanelSessions;
import eu.cohesion.panel.sessions.SessionProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GDPR Art. 15/20 export, Art. 17 erasure and the audit of who viewed or changed personal data,
 * over HTTP, with every PersonalDataSource of the service plus the members' section as the members
 * area provides it.
 */
@QuarkusTest
class PersonalDataRightsTest {

  private static final String TOWN = "reggio-emilia";

  /** The Keycloak user id (token sub) of the signed-in member of these tests. */
  private static final String USER = "3f8a1c2e-7b4d-4e5f-9a6b-1c2d3e4f5a6b";

  private static final String COORDINATOR = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

  private static final Actor ADMIN = new Actor("network-admin", Set.of(Role.NETWORK_ADMIN), null);

  @Inject PanelCreation creation;
  @Inject PanelMembership membership;
  @Inject PanelSessions sessions;
  @Inject TestAccountLinks links;
  @Inject SessionProbe db;
  @Inject MemberErasures erasures;

  @Test
  @TestSecurity(user = USER, roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aSignedInPersonDownloadsWhatTheServiceHoldsAboutThem() {
    UUID panel = newPanel();
    UUID me = member(panel, "Rasa Jonaitė");
    UUID other = member(panel, "Tomas Petraitis");
    links.link(me, UUID.fromString(USER));
    UUID session = heldSession(panel, List.of(me), List.of(other));

    given()
        .when()
        .get("/me/personal-data")
        .then()
        .statusCode(200)
        .header("Content-Disposition", containsString("attachment"))
        .header("Cache-Control", containsString("no-store"))
        .body("service", equalTo("panel-service"))
        .body("keycloakUserId", equalTo(USER))
        .body("memberIds", contains(me.toString()))
        .body("sections", hasKey("memberships"))
        .body("sections.memberships.displayName", contains("Rasa Jonaitė"))
        .body("sections.sessionAttendance.attended.sessionId", contains(session.toString()))
        .body("sections.sessionAttendance.attended[0].as", equalTo("PRESENT"))
        .body("sections.personalDataAudit.accessesToYourRecords.what", hasItem("joined"))
        .body(not(containsString("Tomas")));
    assertTrue(db.auditRows(me) > 0);
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void anIntegrationClientIsNoPersonWithData() {
    given().when().get("/me/personal-data").then().statusCode(403);
  }

  @Test
  void anonymousCallersHaveNoDataToDownload() {
    given()
        .when()
        .get("/me/personal-data")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  @TestSecurity(user = COORDINATOR, roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorErasesAMemberOnceAndHistoryStaysWithoutIdentity() {
    UUID panel = newPanel();
    UUID erased = member(panel, "Ona Kazlauskienė");
    UUID kept = member(panel, "Jonas Vaitkus");
    UUID user = UUID.randomUUID();
    links.link(erased, user);
    UUID session = heldSession(panel, List.of(erased, kept), List.of());
    long outbox = db.outboxRows();

    String erasedAt =
        erase(panel, erased, "Request by e-mail of 2026-02-01")
            .statusCode(200)
            .body("memberId", equalTo(erased.toString()))
            .body("panelId", equalTo(panel.toString()))
            .body("erasedBy", equalTo(COORDINATOR))
            .body("reason", equalTo("Request by e-mail of 2026-02-01"))
            .extract()
            .path("erasedAt");
    assertEquals(outbox + 1, db.outboxRows());
    assertEquals(1, db.outboxRowsOfType(panel, "eu.cohesion.person.erased"));

    given()
        .when()
        .get("/panels/" + panel + "/members")
        .then()
        .statusCode(200)
        .body(not(containsString("Kazlauskienė")))
        .body("items.displayName", hasItem(PanelMember.ERASED_NAME));
    given()
        .when()
        .get("/panels/" + panel + "/sessions/" + session)
        .then()
        .statusCode(200)
        .body("present", contains(kept.toString()))
        .body("presentCount", equalTo(2))
        .body("quorum.met", equalTo(true));

    erase(panel, erased, "Asked again")
        .statusCode(200)
        .body("erasedAt", equalTo(erasedAt))
        .body("reason", equalTo("Request by e-mail of 2026-02-01"));
    assertEquals(outbox + 1, db.outboxRows(), "asking again announces nothing");
    assertEquals(1, db.erasures(erased));

    given()
        .queryParam("size", 100)
        .when()
        .get("/panels/" + panel + "/personal-data-audit")
        .then()
        .statusCode(200)
        .body("items.what", hasItem("erased"))
        .body("items.subjectId", hasItem(erased.toString()))
        .body("items[0].at", not(equalTo(null)))
        .body("allowedActions", contains("ERASE_MEMBER"));
  }

  @Test
  @TestSecurity(user = "8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void erasingACoordinatorForgetsTheirIdInWhatTheyDid() {
    String self = "8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e";
    UUID panel = newPanel();
    UUID member = member(panel, "Coordinator as member");
    links.link(member, UUID.fromString(self));
    // The coordinator reads the members list: audit rows with their id as actor.
    given().when().get("/panels/" + panel + "/members").then().statusCode(200);
    UUID session =
        UUID.fromString(
            given()
                .contentType(ContentType.JSON)
                .body(Map.of("startsAt", "2026-06-01T17:00:00Z", "place", "Hall"))
                .when()
                .post("/panels/" + panel + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    assertTrue(db.auditRowsBy(self) > 0);

    // A network admin erases the coordinator, who has left the town.
    erasures.erase(ADMIN, panel, member, "Left the town, asked to be forgotten");

    assertEquals(0, db.auditRowsBy(self), "audit rows stay, without the erased actor's id");
    assertEquals("erased", db.sessionCreatedBy(session));
    assertTrue(db.auditRows(member) > 0, "rows about the member keep the member id");
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void anotherTownsCoordinatorMayNotEraseNorReadTheAudit() {
    UUID panel = newPanel();
    UUID member = member(panel, "Protected");
    long outbox = db.outboxRows();
    erase(panel, member, "No right").statusCode(403).contentType("application/problem+json");
    given().when().get("/panels/" + panel + "/personal-data-audit").then().statusCode(403);
    assertEquals(0, db.erasures(member));
    assertEquals(outbox, db.outboxRows());
  }

  @Test
  @TestSecurity(user = "member-reggio-emilia", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aPanelMemberMayNotEraseNorReadTheAudit() {
    UUID panel = newPanel();
    UUID member = member(panel, "Protected");
    erase(panel, member, "No right").statusCode(403);
    given().when().get("/panels/" + panel + "/personal-data-audit").then().statusCode(403);
    assertEquals(0, db.erasures(member));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void anErasureNeedsAReasonAndAMemberOfThatPanel() {
    UUID panel = newPanel();
    UUID member = member(panel, "Someone");
    UUID elsewhere = member(newPanel(), "Elsewhere");
    long outbox = db.outboxRows();
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", " "))
        .when()
        .post("/panels/" + panel + "/members/" + member + "/erasure")
        .then()
        .statusCode(400)
        .body("violations.field", contains("reason"));
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .when()
        .post("/panels/" + panel + "/members/" + member + "/erasure")
        .then()
        .statusCode(400);
    erase(panel, elsewhere, "Wrong panel").statusCode(404);
    erase(panel, UUID.randomUUID(), "Unknown").statusCode(404);
    assertEquals(0, db.erasures(member));
    assertEquals(0, db.erasures(elsewhere));
    assertEquals(outbox, db.outboxRows());
    given()
        .queryParam("sort", "who")
        .when()
        .get("/panels/" + panel + "/personal-data-audit")
        .then()
        .statusCode(400);
    given()
        .queryParam("updatedSince", "2999-01-01T00:00:00Z")
        .when()
        .get("/panels/" + panel + "/personal-data-audit")
        .then()
        .statusCode(200)
        .body("items", empty());
  }

  private UUID newPanel() {
    return creation.create(ADMIN, new NewPanel(TOWN, "Privacy " + UUID.randomUUID(), null)).id();
  }

  private UUID member(UUID panel, String name) {
    return membership
        .add(
            ADMIN,
            panel,
            new NewMember(
                name, StakeholderCategory.CITIZEN, MemberRole.MEMBER, null, List.of(), null))
        .id();
  }

  private UUID heldSession(UUID panel, List<UUID> present, List<UUID> apologies) {
    PanelSession.Details details =
        new PanelSession.Details(
            Instant.parse("2026-02-01T17:00:00Z"), "Hall", null, List.of(), List.of(), null);
    UUID session = sessions.plan(ADMIN, panel, details).session().id();
    sessions.recordAttendance(ADMIN, panel, session, 0L, present, apologies);
    sessions.hold(ADMIN, panel, session, 1L);
    return session;
  }

  private static ValidatableResponse erase(UUID panel, UUID member, String reason) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", reason))
        .when()
        .post("/panels/" + panel + "/members/" + member + "/erasure")
        .then();
  }
}
