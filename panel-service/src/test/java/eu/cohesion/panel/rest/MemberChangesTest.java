package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.panel.MembersChangedProbe;
import eu.cohesion.panel.TestDatabase;
import eu.cohesion.panel.domain.MemberRole;
import eu.cohesion.panel.domain.PopulationGroup;
import eu.cohesion.panel.domain.StakeholderCategory;
import eu.cohesion.panel.service.NewMember;
import eu.cohesion.panel.service.NewPanel;
import eu.cohesion.panel.service.PanelCreation;
import eu.cohesion.panel.service.PanelMembership;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Changes of a member: edits, one chair, leaving with history, consent and its withdrawal. Each
 * change is based on the member's ETag, reaches the balance (MembersChanged) and an event; each
 * refusal changes nothing.
 */
@QuarkusTest
class MemberChangesTest {

  private static final String TOWN = "tartu";
  private static final Actor ADMIN = new Actor("network-admin", Set.of(Role.NETWORK_ADMIN), null);

  @Inject TestDatabase db;
  @Inject PanelCreation creation;
  @Inject PanelMembership membership;
  @Inject MembersChangedProbe balance;

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorEditsAMemberWithItsETag() {
    UUID panel = newPanel();
    UUID member = add(panel, "Rūta", StakeholderCategory.CITIZEN, MemberRole.MEMBER);
    long fired = balance.firedFor(panel);

    given()
        .get(memberPath(panel, member))
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body(
            "allowedActions",
            contains(
                "EDIT_MEMBER",
                "REMOVE_MEMBER",
                "RECORD_CONSENT",
                "ERASE_MEMBER",
                // No account linked yet: the coordinator may look one up, link it or invite.
                "SEARCH_MEMBER_ACCOUNTS",
                "LINK_MEMBER_ACCOUNT",
                "INVITE_MEMBER_ACCOUNT"));
    editMember(panel, member, "\"0\"", "Rūta Kazlauskienė", "EXPERT", "OBSERVER")
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("displayName", equalTo("Rūta Kazlauskienė"))
        .body("stakeholderCategory", equalTo("EXPERT"))
        .body("pillar", equalTo("EXPERTISE"))
        .body("role", equalTo("OBSERVER"))
        .body("organisation", equalTo("Panevėžys Library"));
    assertEquals(fired + 1, balance.firedFor(panel));
    assertEquals(1, db.outboxRowsOfType(panel, "eu.cohesion.panel.member-changed"));
    given()
        .get("/panels/" + panel)
        .then()
        .body("composition.byPillar.EXPERTISE", equalTo(1))
        .body("composition.byPillar.CITIZENS", equalTo(0));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void refusedMemberEditsChangeNothing() {
    UUID panel = newPanel();
    UUID member = add(panel, "Jonas", StakeholderCategory.CITIZEN, MemberRole.MEMBER);
    refusedWithoutChange(
        panel,
        member,
        () -> editMember(panel, member, "\"3\"", "X", "EXPERT", "MEMBER").statusCode(412));
    refusedWithoutChange(
        panel,
        member,
        () -> editMember(panel, member, null, "X", "EXPERT", "MEMBER").statusCode(428));
    refusedWithoutChange(
        panel,
        member,
        () -> editMember(panel, member, "\"0\"", " ", "EXPERT", "MEMBER").statusCode(400));
    refusedWithoutChange(
        panel,
        member,
        () -> editMember(panel, member, "\"0\"", "X", "ASTRONAUT", "MEMBER").statusCode(400));
    refusedWithoutChange(
        panel,
        member,
        () -> editMember(panel, member, "\"0\"", "X", "EXPERT", "KING").statusCode(400));
    editMember(panel, UUID.randomUUID(), "\"0\"", "X", "EXPERT", "MEMBER").statusCode(404);
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aPanelHasOneChairAtATime() {
    UUID panel = newPanel();
    UUID chair = add(panel, "Chair", StakeholderCategory.LOCAL_AUTHORITY, MemberRole.CHAIR);
    UUID other = add(panel, "Other", StakeholderCategory.CITIZEN, MemberRole.MEMBER);
    long members = db.membersOf(panel);

    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "displayName",
                "Second",
                "stakeholderCategory",
                "EXPERT",
                "role",
                "CHAIR",
                "consentRecorded",
                false))
        .post("/panels/" + panel + "/members")
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:cohesion:problem:chair-taken"))
        .body("detail", containsString(chair.toString()));
    assertEquals(members, db.membersOf(panel));
    refusedWithoutChange(
        panel,
        other,
        () -> editMember(panel, other, "\"0\"", "Other", "CITIZEN", "CHAIR").statusCode(422));

    editMember(panel, chair, "\"0\"", "Chair", "LOCAL_AUTHORITY", "CHAIR").statusCode(200);
    editMember(panel, chair, "\"1\"", "Chair", "LOCAL_AUTHORITY", "MEMBER").statusCode(200);
    editMember(panel, other, "\"0\"", "Other", "CITIZEN", "CHAIR").statusCode(200);
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aMemberWhoLeftStaysInTheHistoryAndNoLongerCounts() {
    UUID panel = newPanel();
    UUID leaving = add(panel, "Leaving", StakeholderCategory.EXPERT, MemberRole.MEMBER);
    UUID staying = add(panel, "Staying", StakeholderCategory.CITIZEN, MemberRole.MEMBER);
    long fired = balance.firedFor(panel);

    leave(panel, leaving, "\"0\"", "Moved to Vilnius")
        .statusCode(200)
        .body("leftAt", matchesPattern(".*Z"))
        .body("leaveReason", equalTo("Moved to Vilnius"))
        // History stays; only the person's data can still be erased.
        .body("allowedActions", contains("ERASE_MEMBER"));
    assertEquals(fired + 1, balance.firedFor(panel));
    assertEquals(1, db.outboxRowsOfType(panel, "eu.cohesion.panel.member-left"));

    given()
        .get("/panels/" + panel)
        .then()
        .body("composition.members", equalTo(1))
        .body("composition.byPillar.EXPERTISE", equalTo(0));
    given()
        .get("/panels/" + panel + "/members")
        .then()
        .body("items.id", contains(staying.toString()));
    given()
        .queryParam("history", true)
        .get("/panels/" + panel + "/members")
        .then()
        .body("items.id", containsInAnyOrder(leaving.toString(), staying.toString()));

    refusedWithoutChange(
        panel,
        leaving,
        () ->
            leave(panel, leaving, "\"1\"", null)
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:member-left")));
    refusedWithoutChange(
        panel,
        leaving,
        () -> editMember(panel, leaving, "\"1\"", "Back", "EXPERT", "MEMBER").statusCode(422));

    // Coming back is a new period: the history shows both.
    UUID back = add(panel, "Leaving", StakeholderCategory.EXPERT, MemberRole.MEMBER);
    given()
        .queryParam("history", true)
        .get("/panels/" + panel + "/members")
        .then()
        .body(
            "items.id",
            containsInAnyOrder(leaving.toString(), staying.toString(), back.toString()));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void consentIsRecordedForTheCurrentTextAndWithdrawnAtAnyTime() {
    UUID panel = newPanel();
    UUID member = add(panel, "Aistė", StakeholderCategory.CITIZEN, MemberRole.MEMBER);
    given()
        .get("/consent-texts/current")
        .then()
        .statusCode(200)
        .body("version", equalTo("consent-v1"))
        .body("texts.lt", containsString("sutikimą"));

    refusedWithoutChange(
        panel,
        member,
        () ->
            consent(panel, member, "\"0\"", List.of("EXPAT"), "consent-v0")
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:consent-text-outdated")));
    refusedWithoutChange(
        panel,
        member,
        () -> consent(panel, member, "\"0\"", List.of("MARTIANS"), "consent-v1").statusCode(400));
    long fired = balance.firedFor(panel);
    consent(panel, member, "\"0\"", List.of("EXPAT", "PRECARIOUS_OR_VULNERABLE"), "consent-v1")
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("populationGroups", contains("EXPAT", "PRECARIOUS_OR_VULNERABLE"))
        .body("consent.textVersion", equalTo("consent-v1"))
        .body(
            "allowedActions",
            contains(
                "EDIT_MEMBER",
                "REMOVE_MEMBER",
                "RECORD_CONSENT",
                "WITHDRAW_CONSENT",
                "ERASE_MEMBER",
                "SEARCH_MEMBER_ACCOUNTS",
                "LINK_MEMBER_ACCOUNT",
                "INVITE_MEMBER_ACCOUNT"));
    assertEquals(fired + 1, balance.firedFor(panel));

    refusedWithoutChange(panel, member, () -> withdraw(panel, member, "\"0\"").statusCode(412));
    withdraw(panel, member, "\"1\"")
        .statusCode(200)
        .body("populationGroups", empty())
        .body("consent", nullValue());
    assertEquals(fired + 2, balance.firedFor(panel));
    assertEquals("{}", db.populationGroupsOf(member));
    assertEquals(2, db.outboxRowsOfType(panel, "eu.cohesion.panel.member-changed"));
  }

  @Test
  @TestSecurity(user = "member-tartu", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aPanelMemberSeesAMemberButNotTheirGroupsAndMayChangeNothing() {
    UUID panel = newPanel();
    UUID member =
        membership
            .add(
                ADMIN,
                panel,
                new NewMember(
                    "Ona",
                    StakeholderCategory.CITIZEN,
                    MemberRole.MEMBER,
                    null,
                    List.of(PopulationGroup.NEWLY_ARRIVED_MIGRANT),
                    "consent-v1"))
            .id();
    given()
        .get(memberPath(panel, member))
        .then()
        .statusCode(200)
        .body("displayName", equalTo("Ona"))
        .body("populationGroups", nullValue())
        .body("consent", nullValue())
        .body("allowedActions", empty())
        .body(not(containsString("NEWLY_ARRIVED_MIGRANT")));
    refusedWithoutChange(
        panel,
        member,
        () -> editMember(panel, member, "\"0\"", "X", "EXPERT", "MEMBER").statusCode(403));
    refusedWithoutChange(panel, member, () -> leave(panel, member, "\"0\"", null).statusCode(403));
    refusedWithoutChange(panel, member, () -> withdraw(panel, member, "\"0\"").statusCode(403));
  }

  @Test
  @TestSecurity(user = "coordinator-delft", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "delft"))
  void anotherTownsCoordinatorMayNotChangeMembers() {
    UUID panel = newPanel();
    UUID member =
        membership
            .add(
                ADMIN,
                panel,
                new NewMember(
                    "Ona", StakeholderCategory.CITIZEN, MemberRole.MEMBER, null, List.of(), null))
            .id();
    editMember(panel, member, "\"0\"", "X", "EXPERT", "MEMBER").statusCode(403);
    leave(panel, member, "\"0\"", null).statusCode(403);
    consent(panel, member, "\"0\"", List.of("EXPAT"), "consent-v1").statusCode(403);
    given().get(memberPath(panel, member)).then().statusCode(403);
    assertEquals(0, db.outboxRowsOfType(panel, "eu.cohesion.panel.member-changed"));
    assertEquals("{}", db.populationGroupsOf(member));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aClosedPanelTakesNoNewMembers() {
    UUID panel = newPanel();
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("to", "CLOSED"))
        .post("/panels/" + panel + "/transitions")
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "displayName", "Late", "stakeholderCategory", "EXPERT", "consentRecorded", false))
        .post("/panels/" + panel + "/members")
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:cohesion:problem:panel-closed"));
    assertEquals(0, db.membersOf(panel));
  }

  private void refusedWithoutChange(UUID panel, UUID member, Supplier<ValidatableResponse> call) {
    String before = stored(panel, member);
    long outbox = db.outboxRowsFor(panel);
    long fired = balance.firedFor(panel);
    call.get().contentType("application/problem+json");
    assertEquals(before, stored(panel, member));
    assertEquals(outbox, db.outboxRowsFor(panel));
    assertEquals(fired, balance.firedFor(panel));
  }

  /** The stored member as the service holds it, read past the caller's permissions. */
  private String stored(UUID panel, UUID member) {
    var found = membership.get(ADMIN, panel, member).member();
    return String.join(
        "|",
        String.valueOf(found.version()),
        found.displayName(),
        found.stakeholderCategory().name(),
        found.role().name(),
        String.valueOf(found.organisation()),
        found.populationGroups().toString(),
        String.valueOf(found.consentRecordedAt()),
        String.valueOf(found.leftAt()));
  }

  private UUID add(UUID panel, String name, StakeholderCategory category, MemberRole role) {
    return membership
        .add(ADMIN, panel, new NewMember(name, category, role, null, List.of(), null))
        .id();
  }

  private static String memberPath(UUID panel, UUID member) {
    return "/panels/" + panel + "/members/" + member;
  }

  private static ValidatableResponse editMember(
      UUID panel, UUID member, String ifMatch, String name, String category, String role) {
    var request =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "displayName",
                    name,
                    "stakeholderCategory",
                    category,
                    "role",
                    role,
                    "organisation",
                    "Panevėžys Library"));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.put(memberPath(panel, member)).then();
  }

  private static ValidatableResponse leave(UUID panel, UUID member, String ifMatch, String why) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(why == null ? Map.of() : Map.of("reason", why))
        .post(memberPath(panel, member) + "/leave")
        .then();
  }

  private static ValidatableResponse consent(
      UUID panel, UUID member, String ifMatch, List<String> groups, String version) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(Map.of("populationGroups", groups, "consentTextVersion", version))
        .put(memberPath(panel, member) + "/consent")
        .then();
  }

  private static ValidatableResponse withdraw(UUID panel, UUID member, String ifMatch) {
    return given()
        .header("If-Match", ifMatch)
        .delete(memberPath(panel, member) + "/consent")
        .then();
  }

  private UUID newPanel() {
    return creation.create(ADMIN, new NewPanel(TOWN, "Panel " + UUID.randomUUID(), null)).id();
  }
}
