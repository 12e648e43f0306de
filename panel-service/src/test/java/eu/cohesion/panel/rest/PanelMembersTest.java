package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Members of a panel: who may add and list them, what is refused, that refusals change nothing, and
 * that the public sees the panel's composition as counts only.
 */
@QuarkusTest
class PanelMembersTest {

  private static final String TOWN = "jelgava";
  private static final String SECRET_NAME = "Zelma Ozola";
  private static final String SECRET_ORGANISATION = "Jelgava Newcomers Club";

  /** A Jelgava panel with a known composition, shared by the read tests of this class. */
  private static UUID composedPanel;

  @Inject TestDatabase db;
  @Inject PanelCreation creation;
  @Inject PanelMembership membership;

  @BeforeEach
  void aJelgavaPanelWithFourMembers() {
    if (composedPanel != null) {
      return;
    }
    Actor admin = new Actor("network-admin", Set.of(Role.NETWORK_ADMIN), null);
    composedPanel = newPanel("Composed");
    membership.add(
        admin,
        composedPanel,
        new NewMember(
            SECRET_NAME,
            StakeholderCategory.CITIZEN,
            MemberRole.MEMBER,
            SECRET_ORGANISATION,
            List.of(PopulationGroup.NEWLY_ARRIVED_MIGRANT),
            "consent-v1"));
    membership.add(
        admin,
        composedPanel,
        new NewMember(
            "Ilze",
            StakeholderCategory.CITIZENS_ORGANISATION,
            MemberRole.MEMBER,
            null,
            List.of(),
            null));
    membership.add(
        admin,
        composedPanel,
        new NewMember(
            "Dr Berzins", StakeholderCategory.EXPERT, MemberRole.MEMBER, null, List.of(), null));
    membership.add(
        admin,
        composedPanel,
        new NewMember(
            "Mayor",
            StakeholderCategory.LOCAL_AUTHORITY,
            MemberRole.MEMBER,
            "City",
            List.of(),
            null));
  }

  // ---- POST /panels/{id}/members

  @Test
  @TestSecurity(user = "coordinator-jelgava", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorAddsAMemberToItsOwnTownsPanel() {
    UUID panel = newPanel("Own");
    long outboxBefore = db.outboxRows();

    String memberId =
        add(
                panel,
                Map.of(
                    "displayName", "  Anna   Liepa ",
                    "stakeholderCategory", "NON_PROFIT_ORGANISATION",
                    "organisation", "Red Cross Jelgava",
                    "populationGroups", List.of("PRECARIOUS_OR_VULNERABLE", "NATIVE", "NATIVE"),
                    "consentRecorded", true,
                    "consentTextVersion", "consent-v1"))
            .statusCode(201)
            .contentType(ContentType.JSON)
            .body("id", matchesPattern("[0-9a-f-]{36}"))
            .body("panelId", equalTo(panel.toString()))
            .body("displayName", equalTo("Anna Liepa"))
            .body("stakeholderCategory", equalTo("NON_PROFIT_ORGANISATION"))
            .body("pillar", equalTo("CIVIL_SOCIETY"))
            .body("organisation", equalTo("Red Cross Jelgava"))
            .body("populationGroups", contains("NATIVE", "PRECARIOUS_OR_VULNERABLE"))
            .body("consent.recordedAt", matchesPattern(".*Z"))
            .body("consent.textVersion", equalTo("consent-v1"))
            .body("role", equalTo("MEMBER"))
            .body("joinedAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T.*Z"))
            .extract()
            .path("id");

    assertEquals(1, db.membersOf(panel));
    // member-joined, and the balance-changed of the panel's first assessment.
    assertEquals(outboxBefore + 2, db.outboxRows());
    assertEquals(1, db.outboxRowsOfType(panel, "eu.cohesion.panel.member-joined"));
    assertEquals(
        "{NATIVE,PRECARIOUS_OR_VULNERABLE}", db.populationGroupsOf(UUID.fromString(memberId)));

    given()
        .when()
        .get("/panels/" + panel + "/members")
        .then()
        .statusCode(200)
        .body("items.id", contains(memberId))
        .body("items[0].displayName", equalTo("Anna Liepa"))
        .body("totalItems", equalTo(1));
  }

  @Test
  @TestSecurity(user = "coordinator-jelgava", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void withoutGroupsConsentIsOptionalAndOrganisationMayBeLeftOut() {
    UUID panel = newPanel("Minimal");
    add(
            panel,
            Map.of(
                "displayName", "Juris", "stakeholderCategory", "CITIZEN", "consentRecorded", false))
        .statusCode(201)
        .body("organisation", nullValue())
        .body("populationGroups", empty())
        .body("consent", nullValue())
        .body("pillar", equalTo("CITIZENS"));
    assertEquals(1, db.membersOf(panel));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aNetworkAdminAddsMembersInAnyTown() {
    UUID panel = newPanel("Admin");
    add(panel, member("OFFICIAL")).statusCode(201).body("pillar", equalTo("PUBLIC_AUTHORITY"));
    assertEquals(1, db.membersOf(panel));
  }

  @Test
  @TestSecurity(user = "coordinator-jelgava", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void populationGroupsWithoutConsentAreUnprocessable() {
    UUID panel = newPanel("Consent");
    Map<String, Object> body = new HashMap<>(member("CITIZEN"));
    body.put("populationGroups", List.of("EXPAT"));
    body.put("consentRecorded", false);
    refusedWithoutChange(
        panel,
        () ->
            add(panel, body)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:consent-required"))
                .body("status", equalTo(422))
                .body("detail", not(containsString("Member"))));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aCoordinatorMayNotAddToAnotherTownsPanel() {
    UUID panel = newPanel("Foreign");
    refusedWithoutChange(
        panel,
        () ->
            add(panel, member("EXPERT"))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:forbidden")));
  }

  @Test
  @TestSecurity(user = "member-jelgava", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aPanelMemberMayNotAdd() {
    UUID panel = newPanel("Members");
    refusedWithoutChange(
        panel,
        () ->
            add(panel, member("EXPERT"))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:forbidden")));
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void anIntegrationClientMayNotAdd() {
    UUID panel = newPanel("Integration");
    refusedWithoutChange(
        panel,
        () -> add(panel, member("EXPERT")).statusCode(403).contentType("application/problem+json"));
  }

  @Test
  void anonymousCallersMustAuthenticateToAdd() {
    UUID panel = newPanel("Anonymous");
    refusedWithoutChange(
        panel,
        () ->
            add(panel, member("EXPERT"))
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:unauthenticated")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void anUnknownPanelIsNotFound() {
    long membersBefore = db.members();
    long outboxBefore = db.outboxRows();
    add(UUID.fromString("00000000-0000-4000-8000-000000000000"), member("EXPERT"))
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:not-found"));
    given()
        .contentType(ContentType.JSON)
        .body(member("EXPERT"))
        .when()
        .post("/panels/not-a-uuid/members")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    assertEquals(membersBefore, db.members());
    assertEquals(outboxBefore, db.outboxRows());
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void missingAndBlankFieldsAreNamed() {
    UUID panel = newPanel("Blank");
    refusedWithoutChange(
        panel,
        () ->
            add(panel, Map.of("displayName", " "))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:validation"))
                .body(
                    "violations.field",
                    containsInAnyOrder("displayName", "stakeholderCategory", "consentRecorded")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void oversizedTextsAreNamed() {
    UUID panel = newPanel("Oversized");
    Map<String, Object> longName = new HashMap<>(member("CITIZEN"));
    longName.put("displayName", "n".repeat(201));
    refusedWithoutChange(
        panel,
        () ->
            add(panel, longName)
                .statusCode(400)
                .body("violations.field", contains("displayName"))
                .body("violations[0].message", equalTo("size must be between 0 and 200")));
    Map<String, Object> longOrganisation = new HashMap<>(member("CITIZEN"));
    longOrganisation.put("organisation", "o".repeat(201));
    refusedWithoutChange(
        panel,
        () ->
            add(panel, longOrganisation)
                .statusCode(400)
                .body("violations.field", contains("organisation")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void unknownCategoriesAndGroupsAreNamed() {
    UUID panel = newPanel("Unknown");
    refusedWithoutChange(
        panel,
        () ->
            add(panel, member("ASTRONAUT"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:validation"))
                .body("violations.field", contains("stakeholderCategory")));
    Map<String, Object> body = new HashMap<>(member("CITIZEN"));
    body.put("populationGroups", List.of("MARTIANS"));
    body.put("consentRecorded", true);
    body.put("consentTextVersion", "consent-v1");
    refusedWithoutChange(
        panel,
        () ->
            add(panel, body)
                .statusCode(400)
                .body("violations[0].field", containsString("populationGroups")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void unknownFieldsAreRefused() {
    UUID panel = newPanel("Fields");
    Map<String, Object> body = new HashMap<>(member("CITIZEN"));
    body.put("email", "someone@example.org");
    refusedWithoutChange(
        panel,
        () -> add(panel, body).statusCode(400).body("violations[0].field", equalTo("email")));
  }

  // ---- GET /panels/{id}/members

  @Test
  @TestSecurity(user = "member-jelgava", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aPanelMemberOfTheTownSeesTheMembersButNoOnesPopulationGroups() {
    given()
        .queryParam("sort", "displayName")
        .queryParam("size", 2)
        .when()
        .get("/panels/" + composedPanel + "/members")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("items.displayName", contains("Dr Berzins", "Ilze"))
        .body("page", equalTo(0))
        .body("size", equalTo(2))
        .body("totalItems", equalTo(4))
        .body("totalPages", equalTo(2));
    given()
        .when()
        .get("/panels/" + composedPanel + "/members")
        .then()
        .statusCode(200)
        .body("items[0].displayName", equalTo(SECRET_NAME))
        .body("items[0].organisation", equalTo(SECRET_ORGANISATION))
        .body("items[0].populationGroups", nullValue())
        .body("items[0].consent", nullValue())
        .body("allowedActions", empty())
        .body(not(containsString("NEWLY_ARRIVED_MIGRANT")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aNetworkAdminSeesTheMembersOfAnyTownWithTheirConsentedGroups() {
    given()
        .when()
        .get("/panels/" + composedPanel + "/members")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(4))
        .body("items[0].populationGroups", contains("NEWLY_ARRIVED_MIGRANT"))
        .body("items[0].consent.textVersion", equalTo("consent-v1"))
        .body("allowedActions", contains("ADD_MEMBER", "VIEW_POPULATION_GROUPS"));
  }

  @Test
  void anonymousCallersMayNotListMembers() {
    given()
        .when()
        .get("/panels/" + composedPanel + "/members")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:unauthenticated"))
        .body(not(containsString(SECRET_NAME)));
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void integrationClientsMayNotListMembers() {
    given()
        .when()
        .get("/panels/" + composedPanel + "/members")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void anotherTownsCoordinatorMayNotListMembers() {
    given()
        .when()
        .get("/panels/" + composedPanel + "/members")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:cohesion:problem:forbidden"));
  }

  @Test
  @TestSecurity(user = "member-mechelen", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void anotherTownsPanelMemberMayNotListMembers() {
    given().when().get("/panels/" + composedPanel + "/members").then().statusCode(403);
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void listingTheMembersOfAnUnknownPanelIsNotFoundAndBadPagingABadRequest() {
    given()
        .when()
        .get("/panels/00000000-0000-4000-8000-000000000000/members")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:cohesion:problem:not-found"));
    given()
        .queryParam("sort", "organisation")
        .when()
        .get("/panels/" + composedPanel + "/members")
        .then()
        .statusCode(400)
        .body("violations.field", contains("sort"));
  }

  // ---- the public composition

  @Test
  void anonymousCallersSeeTheCompositionAsCountsOnly() {
    String body =
        given()
            .when()
            .get("/panels/" + composedPanel)
            .then()
            .statusCode(200)
            .body("composition.members", equalTo(4))
            .body("composition.byPillar.CITIZENS", equalTo(2))
            .body("composition.byPillar.CIVIL_SOCIETY", equalTo(0))
            .body("composition.byPillar.EXPERTISE", equalTo(1))
            .body("composition.byPillar.PUBLIC_AUTHORITY", equalTo(1))
            .body("composition", not(hasKey("items")))
            .extract()
            .asString();
    assertNoPersonalData(body);

    String list =
        given()
            .queryParam("city", TOWN)
            .queryParam("size", 100)
            .when()
            .get("/panels")
            .then()
            .statusCode(200)
            .body("items.composition.members", hasItem(4))
            .body(
                "items.find { it.id == '" + composedPanel + "' }.composition.byPillar.CITIZENS",
                equalTo(2))
            .extract()
            .asString();
    assertNoPersonalData(list);
  }

  @Test
  @TestSecurity(user = "coordinator-jelgava", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aNewPanelHasAnEmptyComposition() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("city", TOWN, "name", "Empty " + UUID.randomUUID()))
        .when()
        .post("/panels")
        .then()
        .statusCode(201)
        .body("composition.members", equalTo(0))
        .body("composition.byPillar.CITIZENS", equalTo(0))
        .body("composition.byPillar.CIVIL_SOCIETY", equalTo(0))
        .body("composition.byPillar.EXPERTISE", equalTo(0))
        .body("composition.byPillar.PUBLIC_AUTHORITY", equalTo(0));
  }

  // ---- the database keeps the consent rule too

  @Test
  void theDatabaseRefusesGroupsWithoutConsentAndUnknownValues() {
    assertEquals(
        "ck_panel_member_groups_need_consent",
        db.insertMemberDirectly(composedPanel, "CITIZEN", "{EXPAT}", false));
    assertEquals(
        "ck_panel_member_population_groups",
        db.insertMemberDirectly(composedPanel, "CITIZEN", "{MARTIANS}", true));
    assertFalse(
        db.insertMemberDirectly(composedPanel, "ASTRONAUT", "{}", false) == null,
        "unknown category");
    assertNull(db.insertMemberDirectly(composedPanel, "CITIZEN", "{EXPAT}", true));
    assertNull(db.insertMemberDirectly(composedPanel, "EXPERT", "{}", false));
  }

  private static void assertNoPersonalData(String body) {
    for (String secret :
        List.of(
            SECRET_NAME,
            SECRET_ORGANISATION,
            "NEWLY_ARRIVED_MIGRANT",
            "populationGroups",
            "displayName",
            "Ilze")) {
      assertFalse(body.contains(secret), () -> "public body contains " + secret + ": " + body);
    }
  }

  /** Runs a request that must be refused and checks that it left no member and no event. */
  private void refusedWithoutChange(UUID panel, Supplier<ValidatableResponse> request) {
    long membersBefore = db.membersOf(panel);
    long allMembersBefore = db.members();
    long outboxBefore = db.outboxRows();
    request.get().body("instance", equalTo("/panels/" + panel + "/members"));
    assertEquals(membersBefore, db.membersOf(panel), "members of the panel");
    assertEquals(allMembersBefore, db.members(), "members");
    assertEquals(outboxBefore, db.outboxRows(), "outbox rows");
  }

  private UUID newPanel(String prefix) {
    Actor admin = new Actor("network-admin", Set.of(Role.NETWORK_ADMIN), null);
    return creation.create(admin, new NewPanel(TOWN, prefix + " " + UUID.randomUUID(), null)).id();
  }

  private static Map<String, Object> member(String category) {
    return Map.of(
        "displayName", "Someone", "stakeholderCategory", category, "consentRecorded", false);
  }

  private static ValidatableResponse add(UUID panel, Object body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/panels/" + panel + "/members")
        .then();
  }
}
