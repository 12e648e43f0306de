package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.panel.domain.ConsentText;
import eu.cohesion.panel.domain.MemberRole;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelStatus;
import eu.cohesion.panel.domain.PopulationGroup;
import eu.cohesion.panel.domain.StakeholderCategory;
import eu.cohesion.panel.service.NewMember;
import eu.cohesion.panel.service.NewPanel;
import eu.cohesion.panel.service.PanelCreation;
import eu.cohesion.panel.service.PanelEdit;
import eu.cohesion.panel.service.PanelEditing;
import eu.cohesion.panel.service.PanelMembership;
import eu.cohesion.panel.service.PanelStatusChange;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public portal's panel aggregates: only ACTIVE panels count, every count below 5 is withheld,
 * and nothing about a person (name, organisation, population group) is in the answer.
 */
@QuarkusTest
class NetworkCompositionTest {

  /** Jelgava: an ACTIVE panel of 12 — 5 citizens, 3 civil society, 2 experts, 2 officials. */
  private static final String ACTIVE_TOWN = "jelgava";

  /**
   * Elbasan: a FORMING panel of 6 and a CLOSED one of 7, no ACTIVE panel (PanelQueriesTest keeps
   * Panevėžys without panels).
   */
  private static final String INACTIVE_TOWN = "elbasan";

  private static final Actor ADMIN = new Actor("network-admin", Set.of(Role.NETWORK_ADMIN), null);

  private static UUID activePanel;

  @Inject PanelCreation creation;
  @Inject PanelEditing editing;
  @Inject PanelMembership membership;

  @BeforeEach
  void panelsInTwoTowns() {
    if (activePanel != null) {
      return;
    }
    activePanel = panel(ACTIVE_TOWN);
    add(activePanel, 3, StakeholderCategory.CITIZEN, PopulationGroup.NEWLY_ARRIVED_MIGRANT);
    add(activePanel, 2, StakeholderCategory.CITIZENS_ORGANISATION);
    add(activePanel, 3, StakeholderCategory.CIVIL_SOCIETY_ORGANISATION, PopulationGroup.EXPAT);
    add(activePanel, 2, StakeholderCategory.EXPERT);
    add(activePanel, 2, StakeholderCategory.OFFICIAL);
    activate(activePanel);

    UUID forming = panel(INACTIVE_TOWN);
    add(forming, 6, StakeholderCategory.CITIZEN);
    UUID closed = panel(INACTIVE_TOWN);
    add(closed, 7, StakeholderCategory.EXPERT);
    Panel panel =
        editing.changeStatus(ADMIN, closed, new PanelStatusChange(0L, PanelStatus.CLOSED));
    assertEquals(PanelStatus.CLOSED, panel.status());
  }

  @Test
  void anActivePanelShowsSeatsFromFiveOnAndWithholdsSmallerCounts() {
    JsonPath town = town(ACTIVE_TOWN);
    assertEquals(activePanel.toString(), town.getString("activePanel.panelId"));
    assertEquals(12, town.getInt("activePanel.seats.count"));
    assertEquals(false, town.getBoolean("activePanel.seats.suppressed"));
    assertEquals(
        List.of("CITIZENS", "CIVIL_SOCIETY", "EXPERTISE", "PUBLIC_AUTHORITY"),
        town.getList("activePanel.pillars.pillar"));
    assertEquals(Arrays.asList(5, null, null, null), town.getList("activePanel.pillars.count"));
    assertEquals(List.of(false, true, true, true), town.getList("activePanel.pillars.suppressed"));
    assertEquals("LV", town.getString("countryCode"));
  }

  @Test
  void theScoreAndStateAreTheBalancePagesOnes() {
    JsonPath town = town(ACTIVE_TOWN);
    JsonPath balance =
        given().get("/panels/" + activePanel + "/balance").then().extract().jsonPath();
    assertEquals(balance.getInt("score"), town.getInt("activePanel.score"));
    int gaps = balance.getList("gaps").size();
    assertEquals(gaps, town.getInt("activePanel.gaps"));
    assertEquals(gaps == 0 ? "BALANCED" : "GAPS", town.getString("activePanel.state"));
  }

  @Test
  void formingAndClosedPanelsAreNoTownsActivePanel() {
    JsonPath town = town(INACTIVE_TOWN);
    assertNull(town.get("activePanel"));
  }

  /**
   * The network's seats are those of the ACTIVE panels listed, so the 13 members of Elbasan's
   * FORMING and CLOSED panels count nowhere; a total below 5 would be withheld like a town's.
   */
  @Test
  void theNetworkTotalsSumTheActivePanelsOnly() {
    JsonPath network = composition();
    int seats = 0;
    int[] pillars = new int[4];
    for (Map<String, Object> city : network.<Map<String, Object>>getList("cities")) {
      if (city.get("activePanel") == null) {
        continue;
      }
      JsonPath balance =
          given()
              .get("/panels/" + ((Map<?, ?>) city.get("activePanel")).get("panelId") + "/balance")
              .then()
              .extract()
              .jsonPath();
      seats += balance.getInt("seats");
      List<Integer> counts = balance.getList("pillars.count", Integer.class);
      for (int i = 0; i < 4; i++) {
        pillars[i] += counts.get(i);
      }
    }
    assertEquals(seats >= 5 ? Integer.valueOf(seats) : null, network.<Integer>get("members.count"));
    for (int i = 0; i < 4; i++) {
      Integer expected = pillars[i] >= 5 ? pillars[i] : null;
      assertEquals(expected, network.<Integer>get("pillars[" + i + "].count"), "pillar " + i);
      assertEquals(expected == null, network.getBoolean("pillars[" + i + "].suppressed"));
    }
    assertEquals(10, network.getInt("towns"));
    assertEquals(List.of("FORMING", "ACTIVE", "CLOSED"), network.getList("panelsByStatus.status"));
    long perStatus =
        network.getList("panelsByStatus.count", Long.class).stream().mapToLong(l -> l).sum();
    assertEquals(perStatus, network.getLong("panels"));
    assertEquals(network.getLong("panelsByStatus[1].count"), network.getLong("activePanels"));
  }

  @Test
  void anonymousCallersGetACacheableAnswerWithoutPersonalData() {
    given()
        .get("/network/composition")
        .then()
        .statusCode(200)
        .header("Cache-Control", "public, max-age=60")
        .body("towns", greaterThanOrEqualTo(10))
        .body("cities.find { it.city == 'jelgava' }.activePanel", not(hasKey("groups")))
        .body("cities.find { it.city == 'jelgava' }.activePanel", not(hasKey("members")))
        .body("cities.find { it.city == 'jelgava' }", not(hasKey("baseline")))
        .body("cities.find { it.city == 'elbasan' }.activePanel", nullValue());
    String body = given().get("/network/composition").asString();
    for (String personal : List.of("Member ", "NEWLY_ARRIVED_MIGRANT", "EXPAT", "displayName")) {
      assertEquals(false, body.contains(personal), personal + " must not leave");
    }
  }

  @Test
  @TestSecurity(user = "coordinator-jelgava", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = ACTIVE_TOWN))
  void theTownsCoordinatorSeesTheSameAggregates() {
    given()
        .get("/network/composition")
        .then()
        .statusCode(200)
        .body(
            "cities.find { it.city == 'jelgava' }.activePanel.pillars.count",
            contains(5, null, null, null))
        .body("cities.find { it.city == 'jelgava' }.activePanel.seats.count", equalTo(12));
  }

  @Test
  void theOpenDataHasOneCsvRowPerPillarOfEachActivePanelWithSmallCountsEmpty() {
    String csv =
        given()
            .get("/open-data/panel-composition.csv")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .header("Cache-Control", "public, max-age=60")
            .header("Content-Disposition", "attachment; filename=\"panel-composition.csv\"")
            .extract()
            .asString();
    List<String> lines = List.of(csv.split("\r\n"));
    assertEquals(
        "town,panel_id,pillar,seats,seats_suppressed,panel_seats,balance_score,balance_state",
        lines.get(0));
    int score = town(ACTIVE_TOWN).getInt("activePanel.score");
    String state = town(ACTIVE_TOWN).getString("activePanel.state");
    List<String> jelgava = lines.stream().filter(l -> l.startsWith(ACTIVE_TOWN + ",")).toList();
    assertEquals(
        List.of(
            row("CITIZENS", "5", false, score, state),
            row("CIVIL_SOCIETY", "", true, score, state),
            row("EXPERTISE", "", true, score, state),
            row("PUBLIC_AUTHORITY", "", true, score, state)),
        jelgava);
    assertEquals(
        false, lines.stream().anyMatch(l -> l.startsWith(INACTIVE_TOWN + ",")), "no ACTIVE panel");
  }

  @Test
  void theOpenDataAsJsonHasTheSameColumnsTypedAndNullForWithheldCounts() {
    JsonPath json =
        JsonPath.from(
                given()
                    .get("/open-data/panel-composition.json")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString())
            .setRootPath("findAll { it.town == '" + ACTIVE_TOWN + "' }");
    assertEquals(Arrays.asList(5, null, null, null), json.getList("seats"));
    assertEquals(List.of(false, true, true, true), json.getList("seats_suppressed"));
    assertEquals(List.of(12, 12, 12, 12), json.getList("panel_seats"));
    String body = given().get("/open-data/panel-composition.json").asString();
    JsonPath first = JsonPath.from(body).setRootPath("[0]");
    assertEquals(
        List.of(
            "town",
            "panel_id",
            "pillar",
            "seats",
            "seats_suppressed",
            "panel_seats",
            "balance_score",
            "balance_state"),
        List.copyOf(first.getMap("").keySet()));
  }

  @Test
  void theDataPackageDescribesBothFilesWithTheColumnsOfTheFiles() {
    JsonPath descriptor =
        given()
            .get("/open-data/datapackage.json")
            .then()
            .statusCode(200)
            .header("Cache-Control", "public, max-age=3600")
            .extract()
            .jsonPath();
    assertEquals("tabular-data-package", descriptor.getString("profile"));
    assertEquals("CC-BY-4.0", descriptor.getString("licenses[0].name"));
    assertEquals(
        List.of("panel-composition.csv", "panel-composition.json"),
        descriptor.getList("resources.path"));
    String header = given().get("/open-data/panel-composition.csv").asString().split("\r\n")[0];
    assertEquals(List.of(header.split(",")), descriptor.getList("resources[0].schema.fields.name"));
    assertEquals(
        List.of("string", "string", "string", "integer", "boolean", "integer", "integer", "string"),
        descriptor.getList("resources[1].schema.fields.type"));
    assertEquals(List.of("town", "pillar"), descriptor.getList("resources[0].schema.primaryKey"));
  }

  @Test
  void theExportsAreAnswered304WhileTheirVersionIsCurrent() {
    for (String path :
        List.of("/open-data/panel-composition.csv", "/open-data/panel-composition.json")) {
      String etag = given().get(path).then().statusCode(200).extract().header("ETag");
      given()
          .header("If-None-Match", etag)
          .get(path)
          .then()
          .statusCode(304)
          .header("ETag", etag)
          .body(emptyString());
      given()
          .header("If-None-Match", "\"csv-0\", \"json-0\"")
          .get(path)
          .then()
          .statusCode(200)
          .header("ETag", etag)
          .body(containsString(ACTIVE_TOWN));
    }
  }

  private static String row(
      String pillar, String seats, boolean suppressed, int score, String state) {
    return String.join(
        ",",
        ACTIVE_TOWN,
        activePanel.toString(),
        pillar,
        seats,
        Boolean.toString(suppressed),
        "12",
        Integer.toString(score),
        state);
  }

  private static JsonPath composition() {
    return given().get("/network/composition").then().statusCode(200).extract().jsonPath();
  }

  private static JsonPath town(String code) {
    String body = given().get("/network/composition").then().statusCode(200).extract().asString();
    return JsonPath.from(body).setRootPath("cities.find { it.city == '" + code + "' }");
  }

  private UUID panel(String town) {
    return creation.create(ADMIN, new NewPanel(town, "Portal " + UUID.randomUUID(), null)).id();
  }

  private void activate(UUID id) {
    Panel edited =
        editing.edit(
            ADMIN,
            id,
            new PanelEdit(
                0L,
                "Portal active " + id,
                null,
                Map.of("en", "Advise the town on integration"),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31)));
    editing.changeStatus(ADMIN, id, new PanelStatusChange(edited.version(), PanelStatus.ACTIVE));
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
