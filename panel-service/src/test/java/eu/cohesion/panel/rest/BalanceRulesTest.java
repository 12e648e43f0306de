package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.panel.TestDatabase;
import eu.cohesion.panel.domain.MemberRole;
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
import org.junit.jupiter.api.Test;

/**
 * The network's balance rules: public to read, versioned on every change by the network admin,
 * every panel reassessed at once; refusals change nothing. Each test that changes the rules puts
 * the defaults back, as a further version, so other tests measure against the defaults.
 */
@QuarkusTest
class BalanceRulesTest {

  private static final Actor ADMIN = new Actor("network-admin", Set.of(Role.NETWORK_ADMIN), null);

  @Inject TestDatabase db;
  @Inject PanelCreation creation;
  @Inject PanelMembership membership;

  @Test
  void anyoneReadsTheRulesInForceWithTheirVersion() {
    given()
        .when()
        .get("/balance-rules")
        .then()
        .statusCode(200)
        .header("ETag", org.hamcrest.Matchers.matchesPattern("\"\\d+\""))
        .body("pillarMinPercent", equalTo(15))
        .body("pillarMaxPercent", equalTo(40))
        .body("everyGroupVoiced", equalTo(true))
        .body("baselineTolerancePercent", nullValue())
        .body("minimumMembers", nullValue())
        .body("allowedActions", empty());
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aChangeIsANewVersionKeptInTheHistoryAndReassessesEveryPanel() {
    UUID panel = panelWithTwelveSeats();
    long balanceEvents = db.outboxRowsOfType(panel, "eu.cohesion.panel.balance-changed");
    String etag = etag();
    int version = Integer.parseInt(etag.replace("\"", ""));
    try {
      change(etag, rules(15, 40, false, null, 20))
          .statusCode(200)
          .header("ETag", equalTo("\"" + (version + 1) + "\""))
          .body("version", equalTo(version + 1))
          .body("minimumMembers", equalTo(20))
          .body("allowedActions", contains("EDIT_BALANCE_RULES"));

      given()
          .when()
          .get("/balance-rules/history")
          .then()
          .statusCode(200)
          .body("[0].version", equalTo(version + 1))
          .body("[1].version", equalTo(version))
          .body("[0].minimumMembers", equalTo(20));
      // 12 of 20 seats, groups no longer counted: one gap only, announced on panel-events.
      given()
          .when()
          .get("/panels/" + panel + "/balance")
          .then()
          .body("rulesVersion", equalTo(version + 1))
          .body("gaps.kind", contains("PANEL_TOO_SMALL"))
          .body("gaps[0].changes[0].kind", equalTo("ADD_MEMBERS"))
          .body("gaps[0].changes[0].count", equalTo(8));
      assertEquals(
          balanceEvents + 1, db.outboxRowsOfType(panel, "eu.cohesion.panel.balance-changed"));
    } finally {
      change(etag(), rules(15, 40, true, null, null)).statusCode(200);
    }
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aStaleOrMissingVersionOrBadRulesAreRefusedAndChangeNothing() {
    refusedWithoutChange(
        () -> {
          given()
              .contentType(ContentType.JSON)
              .body(rules(15, 40, true, null, null))
              .when()
              .put("/balance-rules")
              .then()
              .statusCode(428);
          change("\"999\"", rules(15, 40, true, null, null)).statusCode(412);
          change(etag(), rules(30, 40, true, null, null))
              .statusCode(400)
              .body("violations.field", contains("pillarMinPercent"));
          change(etag(), rules(15, 20, true, 0, 501))
              .statusCode(400)
              .body(
                  "violations.field",
                  contains("baselineTolerancePercent", "minimumMembers", "pillarMaxPercent"));
        });
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void aCoordinatorMayNotChangeTheRules() {
    refusedWithoutChange(() -> change(etag(), rules(10, 50, false, null, null)).statusCode(403));
  }

  @Test
  void anAnonymousCallerMustAuthenticate() {
    refusedWithoutChange(() -> change(etag(), rules(10, 50, false, null, null)).statusCode(401));
  }

  private UUID panelWithTwelveSeats() {
    UUID panel =
        creation.create(ADMIN, new NewPanel("tartu", "Rules test " + UUID.randomUUID(), null)).id();
    List<StakeholderCategory> categories =
        List.of(
            StakeholderCategory.CITIZEN,
            StakeholderCategory.NON_PROFIT_ORGANISATION,
            StakeholderCategory.EXPERT,
            StakeholderCategory.OFFICIAL);
    for (int i = 0; i < 12; i++) {
      membership.add(
          ADMIN,
          panel,
          new NewMember(
              "Member " + i, categories.get(i % 4), MemberRole.MEMBER, null, List.of(), null));
    }
    return panel;
  }

  private void refusedWithoutChange(Runnable refused) {
    String history = given().when().get("/balance-rules/history").then().extract().asString();
    long outbox = db.outboxRows();
    refused.run();
    assertEquals(history, given().when().get("/balance-rules/history").then().extract().asString());
    assertEquals(outbox, db.outboxRows());
  }

  private static String etag() {
    return given().when().get("/balance-rules").then().statusCode(200).extract().header("ETag");
  }

  private static ValidatableResponse change(String ifMatch, Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(body)
        .when()
        .put("/balance-rules")
        .then();
  }

  private static Map<String, Object> rules(
      int min, int max, boolean voiced, Integer tolerance, Integer minimum) {
    Map<String, Object> body = new HashMap<>();
    body.put("pillarMinPercent", min);
    body.put("pillarMaxPercent", max);
    body.put("everyGroupVoiced", voiced);
    body.put("baselineTolerancePercent", tolerance);
    body.put("minimumMembers", minimum);
    return body;
  }
}
