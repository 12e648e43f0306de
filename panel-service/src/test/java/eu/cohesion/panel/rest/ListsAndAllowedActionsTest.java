package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.panel.service.NewPanel;
import eu.cohesion.panel.service.PanelCreation;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every list and view offers a client beyond its items: Link headers, the updatedSince filter,
 * and the actions the caller may take (allowedActions), computed from the table.
 */
@QuarkusTest
class ListsAndAllowedActionsTest {

  private static final String TOWN = "besancon";
  private static final List<String> IDS = new ArrayList<>();
  private static Instant before;

  @Inject PanelCreation creation;

  @BeforeEach
  void threeNewPanels() {
    if (!IDS.isEmpty()) {
      return;
    }
    before = Instant.now();
    Actor admin = new Actor("network-admin", Set.of(Role.NETWORK_ADMIN), null);
    for (String name : List.of("Lists 1", "Lists 2", "Lists 3")) {
      IDS.add(creation.create(admin, new NewPanel(TOWN, name, null)).id().toString());
    }
  }

  @Test
  void aPageLinksToItsNeighboursAndOnlyHoldsWhatChangedSinceTheGivenInstant() {
    given()
        .queryParam("city", TOWN)
        .queryParam("updatedSince", before.toString())
        .queryParam("size", 1)
        .queryParam("page", 1)
        .when()
        .get("/panels")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(3))
        .body("items.name", contains("Lists 2"))
        .body("items[0].updatedAt", containsString("Z"))
        .header(
            "Link",
            allOf(
                containsString("page=0>; rel=\"first\""),
                containsString("page=0>; rel=\"prev\""),
                containsString("page=2>; rel=\"next\""),
                containsString("page=2>; rel=\"last\""),
                containsString("updatedSince=")));
    given()
        .queryParam("city", TOWN)
        .queryParam("updatedSince", Instant.now().plusSeconds(60).toString())
        .when()
        .get("/panels")
        .then()
        .statusCode(200)
        .body("items", empty())
        .header("Link", not(containsString("rel=\"next\"")));
  }

  @Test
  void anInstantThatIsNoneIsA400NamingTheParameter() {
    given()
        .queryParam("updatedSince", "2025-13-45T99:00:00Z")
        .when()
        .get("/panels")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", contains("updatedSince"));
  }

  @Test
  void anonymousCallersMayDoNothingButRead() {
    given()
        .queryParam("city", TOWN)
        .when()
        .get("/panels")
        .then()
        .statusCode(200)
        .body("allowedActions", empty())
        .body("items[0].allowedActions", empty());
    given().when().get("/cities/" + TOWN).then().statusCode(200).body("allowedActions", empty());
  }

  @Test
  @TestSecurity(user = "coordinator-besancon", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorMayCreateAndManageInItsOwnTownOnly() {
    // Read in every town, the list offers what the caller may do in its own.
    given()
        .when()
        .get("/panels")
        .then()
        .statusCode(200)
        .body("allowedActions", contains("CREATE_PANEL"));
    given()
        .queryParam("city", "delft")
        .when()
        .get("/panels")
        .then()
        .statusCode(200)
        .body("allowedActions", empty());
    given()
        .when()
        .get("/panels/" + IDS.get(0))
        .then()
        .statusCode(200)
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
    given()
        .when()
        .get("/panels/" + IDS.get(0) + "/members")
        .then()
        .statusCode(200)
        .body("allowedActions", contains("ADD_MEMBER", "VIEW_POPULATION_GROUPS"));
    given().when().get("/cities/" + TOWN).then().body("allowedActions", contains("CREATE_PANEL"));
    given().when().get("/cities/delft").then().body("allowedActions", empty());
  }

  @Test
  @TestSecurity(user = "member-besancon", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aPanelMemberMaySeeItsOwnTownsMembers() {
    given()
        .when()
        .get("/panels/" + IDS.get(0))
        .then()
        .statusCode(200)
        .body("allowedActions", contains("VIEW_MEMBERS", "VIEW_SESSIONS"));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aNetworkAdminMayDoEverythingEverywhere() {
    given()
        .when()
        .get("/panels")
        .then()
        .statusCode(200)
        .body("allowedActions", contains("CREATE_PANEL"))
        .body("items", not(hasSize(0)))
        .body("items[0].allowedActions", contains("ADD_MEMBER", "VIEW_MEMBERS"));
  }
}
