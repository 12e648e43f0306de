package eu.cohesion.initiative.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.initiative.Callers;
import eu.cohesion.initiative.TestDatabase;
import eu.cohesion.initiative.domain.InitiativeContent;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.service.InitiativeCreation;
import eu.cohesion.initiative.service.InitiativeStatusChanges;
import eu.cohesion.initiative.service.NewInitiative;
import eu.cohesion.initiative.service.StatusChange;
import eu.cohesion.kit.vocabulary.Theme;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /network/initiatives: public counts by status and theme. A town of its own ("portal-town",
 * which only this class uses) holds a draft, which is never counted, and four counted initiatives.
 */
@QuarkusTest
class InitiativeStatisticsTest {

  private static final String TOWN = "portal-town";
  private static boolean created;

  @Inject TestDatabase db;
  @Inject InitiativeCreation creation;
  @Inject InitiativeStatusChanges statusChanges;

  /**
   * A draft (HOUSING); B proposed (HOUSING, EMPLOYMENT); C approved (HOUSING); D piloting (no
   * theme); E withdrawn straight from draft (HEALTH).
   */
  @BeforeEach
  void initiativesOfOneTown() {
    if (created) {
      return;
    }
    created = true;
    UUID panel = db.knownPanel(TOWN);
    create(panel, "A", Theme.HOUSING);
    UUID b = create(panel, "B", Theme.HOUSING, Theme.EMPLOYMENT);
    step(b, 0, InitiativeStatus.PROPOSED);
    UUID c = create(panel, "C", Theme.HOUSING);
    step(c, 0, InitiativeStatus.PROPOSED);
    step(c, 1, InitiativeStatus.APPROVED);
    UUID d = create(panel, "D");
    step(d, 0, InitiativeStatus.PROPOSED);
    step(d, 1, InitiativeStatus.APPROVED);
    step(d, 2, InitiativeStatus.PILOTING);
    UUID e = create(panel, "E", Theme.HEALTH);
    step(e, 0, InitiativeStatus.WITHDRAWN);
  }

  @Test
  void aTownsCountsLeaveTheDraftOut() {
    JsonPath town = town();
    assertEquals(4, town.getInt("total"));
    assertEquals(2, town.getInt("active"));
    assertEquals(
        List.of("PROPOSED", "APPROVED", "PILOTING", "UNDER_REVIEW", "CONCLUDED", "WITHDRAWN"),
        town.getList("byStatus.status"));
    assertEquals(List.of(1, 1, 1, 0, 0, 1), town.getList("byStatus.count"));
    Map<String, Integer> themes = byTheme(town);
    assertEquals(Theme.values().length, themes.size());
    assertEquals(2, themes.get("HOUSING"));
    assertEquals(1, themes.get("EMPLOYMENT"));
    assertEquals(1, themes.get("HEALTH"));
    assertEquals(0, themes.get("PUBLIC_SPACE"));
  }

  @Test
  void theNetworkSumsItsTowns() {
    JsonPath all = statistics();
    List<Map<String, Object>> cities = all.getList("cities");
    assertTrue(cities.stream().anyMatch(c -> TOWN.equals(c.get("city"))));
    long total = 0;
    long active = 0;
    for (int i = 0; i < cities.size(); i++) {
      total += all.getLong("cities[" + i + "].counts.total");
      active += all.getLong("cities[" + i + "].counts.active");
    }
    assertEquals(total, all.getLong("network.total"));
    assertEquals(active, all.getLong("network.active"));
    long perStatus =
        all.getList("network.byStatus.count", Long.class).stream().mapToLong(n -> n).sum();
    assertEquals(total, perStatus);
    assertEquals(db.count("select count(*) from initiative where status <> 'DRAFT'"), total);
  }

  @Test
  void anonymousCallersGetACacheableAnswer() {
    given()
        .get("/network/initiatives")
        .then()
        .statusCode(200)
        .header("Cache-Control", "public, max-age=60")
        .body("network.byStatus.status", not(hasItem("DRAFT")));
  }

  @Test
  @TestSecurity(user = "coordinator-portal-town", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aSignedInCallerSeesTheSameCounts() {
    given()
        .get("/network/initiatives")
        .then()
        .statusCode(200)
        .body("cities.find { it.city == 'portal-town' }.counts.total", equalTo(4));
  }

  @Test
  void theOpenDataListsEveryInitiativePastItsDraftWithoutTexts() {
    String csv =
        given()
            .get("/open-data/initiatives.csv")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .header("Cache-Control", "public, max-age=60")
            .header("Content-Disposition", "attachment; filename=\"initiatives.csv\"")
            .extract()
            .asString();
    List<String> lines = List.of(csv.split("\r\n"));
    assertEquals(
        "id,town,status,outcome,themes,target_groups,sdg_targets,created_at,updated_at",
        lines.get(0));
    List<String> town = lines.stream().filter(l -> l.contains("," + TOWN + ",")).toList();
    assertEquals(4, town.size(), "the draft is left out");
    assertTrue(
        town.stream()
            .anyMatch(
                l -> l.contains(",PROPOSED,,\"[\"\"EMPLOYMENT\"\",\"\"HOUSING\"\"]\",[],[],")),
        String.join("\n", town));
    assertEquals(
        db.count("select count(*) from initiative where status <> 'DRAFT'"), lines.size() - 1L);
    for (String text : List.of(",A,", ",B,", ",C,", ",D,")) {
      assertTrue(town.stream().noneMatch(l -> l.contains(text)), text + " must not leave");
    }
  }

  @Test
  void theOpenDataAsJsonHasTheColumnsOfTheDataPackage() {
    String body =
        given().get("/open-data/initiatives.json").then().statusCode(200).extract().asString();
    JsonPath rows = JsonPath.from(body).setRootPath("findAll { it.town == '" + TOWN + "' }");
    assertEquals(
        List.of("PROPOSED", "APPROVED", "PILOTING", "WITHDRAWN"),
        rows.getList("status").stream().sorted(this::lifecycle).toList());
    JsonPath descriptor =
        given()
            .get("/open-data/datapackage.json")
            .then()
            .statusCode(200)
            .header("Cache-Control", "public, max-age=3600")
            .extract()
            .jsonPath();
    assertEquals("CC-BY-4.0", descriptor.getString("licenses[0].name"));
    assertEquals(
        List.of("initiatives.csv", "initiatives.json"), descriptor.getList("resources.path"));
    List<String> fields = descriptor.getList("resources[1].schema.fields.name");
    assertEquals(fields, List.copyOf(JsonPath.from(body).getMap("[0]").keySet()));
    assertEquals(
        List.of(
            "string",
            "string",
            "string",
            "string",
            "array",
            "array",
            "array",
            "datetime",
            "datetime"),
        descriptor.getList("resources[0].schema.fields.type"));
  }

  @Test
  void theExportsAreAnswered304UntilAnInitiativePastItsDraftChanges() {
    UUID panel = db.knownPanel("export-town");
    UUID proposed = create(panel, "F", Theme.HEALTH);
    step(proposed, 0, InitiativeStatus.PROPOSED);
    String csv = etag("/open-data/initiatives.csv");
    String json = etag("/open-data/initiatives.json");
    assertNotEquals(csv, json, "each representation has its own version");
    notModified("/open-data/initiatives.csv", csv);
    notModified("/open-data/initiatives.json", json);

    create(panel, "G", Theme.HEALTH);
    notModified("/open-data/initiatives.csv", csv);

    step(proposed, 1, InitiativeStatus.APPROVED);
    given()
        .header("If-None-Match", csv)
        .get("/open-data/initiatives.csv")
        .then()
        .statusCode(200)
        .header("ETag", not(equalTo(csv)))
        .body(containsString(proposed + ",export-town,APPROVED,"));
  }

  private static String etag(String path) {
    return given().get(path).then().statusCode(200).extract().header("ETag");
  }

  private static void notModified(String path, String etag) {
    given()
        .header("If-None-Match", etag)
        .get(path)
        .then()
        .statusCode(304)
        .header("ETag", etag)
        .body(emptyString());
  }

  private int lifecycle(Object a, Object b) {
    return InitiativeStatus.valueOf((String) a).compareTo(InitiativeStatus.valueOf((String) b));
  }

  private static JsonPath statistics() {
    return given().get("/network/initiatives").then().statusCode(200).extract().jsonPath();
  }

  private static JsonPath town() {
    return JsonPath.from(given().get("/network/initiatives").asString())
        .setRootPath("cities.find { it.city == '" + TOWN + "' }.counts");
  }

  private static Map<String, Integer> byTheme(JsonPath counts) {
    List<String> themes = counts.getList("byTheme.theme");
    List<Integer> numbers = counts.getList("byTheme.count");
    Map<String, Integer> byTheme = new LinkedHashMap<>();
    for (int i = 0; i < themes.size(); i++) {
      byTheme.put(themes.get(i), numbers.get(i));
    }
    return byTheme;
  }

  private UUID create(UUID panel, String title, Theme... themes) {
    return creation
        .create(
            Callers.NETWORK_ADMIN,
            new NewInitiative(
                panel,
                new InitiativeContent(
                    null, title, null, null, null, List.of(themes), null, null, null, null, null)))
        .id();
  }

  private void step(UUID id, long version, InitiativeStatus to) {
    statusChanges.change(Callers.NETWORK_ADMIN, id, new StatusChange(version, to, "portal", null));
  }
}
