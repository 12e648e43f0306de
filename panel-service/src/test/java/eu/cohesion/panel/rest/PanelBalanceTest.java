package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.panel.TestDatabase;
import eu.cohesion.panel.domain.ConsentText;
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
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A panel's balance as each caller sees it: score, pillar counts and gaps for everyone; group
 * counts below 5 only for the town's coordinators and network admins.
 */
@QuarkusTest
class PanelBalanceTest {

  private static final String TOWN = "esbjerg";
  private static final Actor ADMIN = new Actor("network-admin", Set.of(Role.NETWORK_ADMIN), null);

  /**
   * 10 seats: 5 citizens (50 %, above the 40 % cap), 2 civil society, 2 experts, 1 public authority
   * (10 %, below 15 %). 6 natives, 2 expats, 1 precarious, no newly arrived migrant.
   */
  private static UUID panel;

  @Inject TestDatabase db;
  @Inject PanelCreation creation;
  @Inject PanelMembership membership;

  @BeforeEach
  void anEsbjergPanelWithTenMembers() {
    if (panel != null) {
      return;
    }
    panel = newPanel();
    add(5, StakeholderCategory.CITIZEN, PopulationGroup.NATIVE);
    add(1, StakeholderCategory.NON_PROFIT_ORGANISATION, PopulationGroup.NATIVE);
    add(1, StakeholderCategory.CIVIL_SOCIETY_ORGANISATION, PopulationGroup.EXPAT);
    add(1, StakeholderCategory.EXPERT, PopulationGroup.EXPAT);
    add(1, StakeholderCategory.EXPERT, PopulationGroup.PRECARIOUS_OR_VULNERABLE);
    add(1, StakeholderCategory.OFFICIAL);
  }

  @Test
  void anyoneSeesTheScorePillarsAndGapsButNoGroupCountBelowFive() {
    // Pillars: citizens (1 − .5)/(1 − .4) = .833, public authority .1/.15 = .667, two at 1;
    // groups 3 of 4: 6.5 / 8.
    balance()
        .statusCode(200)
        .body("score", equalTo(81))
        .body("seats", equalTo(10))
        .body("detailed", equalTo(false))
        .body("pillars.count", contains(5, 2, 2, 1))
        .body("pillars[0].sharePercent", equalTo(50.0f))
        .body(
            "groups.group",
            contains("NATIVE", "EXPAT", "NEWLY_ARRIVED_MIGRANT", "PRECARIOUS_OR_VULNERABLE"))
        .body("groups.count", contains(6, null, null, null))
        .body("groups.fewerThanFive", contains(false, true, true, true))
        .body("groups[1].sharePercent", nullValue())
        .body(
            "gaps.kind",
            contains("PILLAR_ABOVE_MAXIMUM", "PILLAR_BELOW_MINIMUM", "GROUP_WITHOUT_VOICE"))
        .body("gaps[0].pillar", equalTo("CITIZENS"))
        .body("gaps[0].count", equalTo(5))
        .body("gaps[0].changes.kind", contains("REMOVE_PILLAR_MEMBERS", "ADD_OTHER_PILLAR_MEMBERS"))
        .body("gaps[0].changes.count", contains(2, 3))
        .body("gaps[1].pillar", equalTo("PUBLIC_AUTHORITY"))
        .body("gaps[1].changes.count", contains(1, 4))
        .body("gaps[2].group", equalTo("NEWLY_ARRIVED_MIGRANT"))
        .body("gaps[2].count", nullValue())
        .body("gaps[2].changes[0].count", equalTo(1))
        .body("allowedActions", empty());
    given()
        .when()
        .get("/panels/" + panel)
        .then()
        .body("balanceScore", equalTo(81))
        .body("composition.byPillar.CITIZENS", equalTo(5));
  }

  @Test
  @TestSecurity(user = "coordinator-esbjerg", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void theTownsCoordinatorSeesEveryCount() {
    detailed();
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aNetworkAdminSeesEveryCount() {
    detailed();
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void anotherTownsCoordinatorSeesWhatThePublicSees() {
    withheld();
  }

  @Test
  @TestSecurity(user = "member-esbjerg", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aMemberOfThePanelsTownSeesWhatThePublicSees() {
    withheld();
  }

  @Test
  @TestSecurity(user = "integration", roles = "integration-reader")
  void anIntegrationSeesWhatThePublicSees() {
    withheld();
  }

  @Test
  void anUnknownPanelIsNotFound() {
    given().when().get("/panels/" + UUID.randomUUID() + "/balance").then().statusCode(404);
  }

  @Test
  void aChangeThatLeavesScoreAndGapsAsTheyWereAnnouncesNothing() {
    UUID balanced = newPanel();
    add(balanced, 2, StakeholderCategory.CITIZEN, PopulationGroup.NATIVE);
    add(balanced, 2, StakeholderCategory.NON_PROFIT_ORGANISATION, PopulationGroup.EXPAT);
    add(balanced, 2, StakeholderCategory.EXPERT, PopulationGroup.NEWLY_ARRIVED_MIGRANT);
    add(balanced, 2, StakeholderCategory.OFFICIAL, PopulationGroup.PRECARIOUS_OR_VULNERABLE);
    given().when().get("/panels/" + balanced + "/balance").then().body("score", equalTo(100));
    long events = db.outboxRowsOfType(balanced, "eu.cohesion.panel.balance-changed");

    // 3 of 9 citizens (33 %), 2 of 9 elsewhere (22 %): still balanced.
    add(balanced, 1, StakeholderCategory.CITIZEN, PopulationGroup.NATIVE);

    given().when().get("/panels/" + balanced + "/balance").then().body("score", equalTo(100));
    assertEquals(events, db.outboxRowsOfType(balanced, "eu.cohesion.panel.balance-changed"));
    assertFalse(events == 0, "the panel's first assessments were announced");
  }

  private void detailed() {
    balance()
        .statusCode(200)
        .body("detailed", equalTo(true))
        .body("groups.count", contains(6, 2, 0, 1))
        .body("groups.fewerThanFive", contains(false, true, true, true))
        .body("groups[1].sharePercent", equalTo(20.0f))
        .body("gaps[2].count", equalTo(0))
        .body("allowedActions", contains("VIEW_BALANCE_DETAIL"));
  }

  private void withheld() {
    balance()
        .statusCode(200)
        .body("detailed", equalTo(false))
        .body("groups.count", contains(6, null, null, null))
        .body("pillars.count", contains(5, 2, 2, 1))
        .body("allowedActions", not(hasItem("VIEW_BALANCE_DETAIL")));
  }

  private static ValidatableResponse balance() {
    return given().when().get("/panels/" + panel + "/balance").then();
  }

  private UUID newPanel() {
    return creation
        .create(ADMIN, new NewPanel(TOWN, "Balance test " + UUID.randomUUID(), null))
        .id();
  }

  private void add(int count, StakeholderCategory category, PopulationGroup... groups) {
    add(panel, count, category, groups);
  }

  private void add(
      UUID target, int count, StakeholderCategory category, PopulationGroup... groups) {
    for (int i = 0; i < count; i++) {
      membership.add(
          ADMIN,
          target,
          new NewMember(
              "Member " + i,
              category,
              MemberRole.MEMBER,
              null,
              List.of(groups),
              groups.length > 0 ? ConsentText.V1.version() : null));
    }
  }
}
