package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.kit.testing.ScrapedMetrics;
import eu.cohesion.panel.TestDatabase;
import eu.cohesion.panel.domain.PoolCandidate;
import eu.cohesion.panel.service.CandidatePools;
import eu.cohesion.panel.service.NewPanel;
import eu.cohesion.panel.service.PanelCreation;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A coordinator's whole sortition in the running service, with the real solver (OR-Tools natives
 * loaded inside Quarkus): import a pool, set quotas, draw, poll, confirm; the drawn become members.
 * And what is refused: bad files (nothing imported), other towns, stale versions, infeasible
 * quotas.
 */
@QuarkusTest
class SortitionFlowTest {

  private static final String TOWN = "celje";

  @Inject TestDatabase db;
  @Inject PanelCreation creation;
  @Inject CandidatePools pools;

  /** Twelve candidates, four households of which two share an address; gender and category. */
  static String poolCsv() {
    StringBuilder csv =
        new StringBuilder("id,first_name,last_name,email,address1,postcode,category,gender\n");
    String[] categories = {"CITIZEN", "EXPERT", "NON_PROFIT_ORGANISATION", "LOCAL_AUTHORITY"};
    for (int i = 1; i <= 12; i++) {
      csv.append("c")
          .append(i)
          .append(",Name")
          .append(i)
          .append(",Surname,p")
          .append(i)
          .append("@example.org,Street ")
          .append(i <= 2 ? 1 : i)
          .append(",3320,")
          .append(categories[i % 4])
          .append(',')
          .append(i % 2 == 0 ? "female" : "male")
          .append('\n');
    }
    return csv.toString();
  }

  static final String QUOTAS =
      "feature,value,min,max\n"
          + "gender,female,2,2\n"
          + "gender,male,2,2\n"
          + "category,CITIZEN,1,2\n"
          + "category,EXPERT,1,1\n"
          + "category,NON_PROFIT_ORGANISATION,0,2\n"
          + "category,LOCAL_AUTHORITY,0,1\n";

  @Test
  @TestSecurity(user = "coordinator-celje", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorImportsSetsQuotasDrawsAndConfirms() {
    String panel = newPanel();
    String etag = poolEtag(panel);
    assertEquals("\"0\"", etag);

    String afterImport =
        csv(panel, "candidates.csv", etag, poolCsv())
            .then()
            .statusCode(200)
            .body("candidateCount", equalTo(12))
            .body("addressColumns", equalTo(List.of("address1", "postcode")))
            .extract()
            .header("ETag");
    String afterQuotas =
        csv(panel, "quotas.csv", afterImport, QUOTAS)
            .then()
            .statusCode(200)
            .body("quotas", hasSize(6))
            .extract()
            .header("ETag");
    String configured =
        given()
            .contentType(ContentType.JSON)
            .header("If-Match", afterQuotas)
            .body(
                Map.of(
                    "seats",
                    4,
                    "onePerHousehold",
                    true,
                    "addressColumns",
                    List.of("address1", "postcode"),
                    "quotas",
                    currentQuotas(panel)))
            .put("/panels/" + panel + "/pool")
            .then()
            .statusCode(200)
            .body("seats", equalTo(4))
            .body("allowedActions", hasItem("RUN_DRAW"))
            .extract()
            .header("ETag");
    assertTrue(!configured.equals(afterQuotas), "every change moves the pool's version");

    given()
        .get("/panels/" + panel + "/pool/quotas.csv")
        .then()
        .statusCode(200)
        .contentType(containsString("text/csv"))
        .body(containsString("gender,female,2,2"));
    given()
        .get("/panels/" + panel + "/pool/candidates.csv")
        .then()
        .statusCode(200)
        .body(containsString("Name1 Surname"));

    String drawId =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("seed", "20260315"))
            .post("/panels/" + panel + "/draws")
            .then()
            .statusCode(201)
            .header("Location", containsString("/draws/"))
            .body("status", equalTo("RUNNING"))
            .body("seed", equalTo("20260315"))
            .body("inputsDigest", matchesPattern("[0-9a-f]{64}"))
            .extract()
            .path("id");

    Response done = awaitFinished(panel, drawId);
    done.then()
        .body("status", equalTo("DONE"))
        .body("algorithmVersion", containsString("leximin"))
        .body("candidates", hasSize(12))
        .body("selected", hasSize(4))
        .body("candidates[0].displayName", notNullValue())
        .body("allowedActions", hasItem("CONFIRM_DRAW"));
    List<Float> probabilities = done.path("candidates.probability");
    assertEquals(4.0, probabilities.stream().mapToDouble(Float::doubleValue).sum(), 1e-4);
    assertEquals(
        1, db.outboxRowsOfType(UUID.fromString(panel), "eu.cohesion.panel.draw-completed"));

    // The audit is published only once confirmed.
    given()
        .auth()
        .none()
        .get("/panels/" + panel + "/draws/" + drawId + "/audit")
        .then()
        .statusCode(404);

    given()
        .header("If-Match", done.header("ETag"))
        .post("/panels/" + panel + "/draws/" + drawId + "/confirmation")
        .then()
        .statusCode(200)
        .body("status", equalTo("CONFIRMED"));
    assertEquals(4, db.membersOf(UUID.fromString(panel)));
    assertEquals(4, db.outboxRowsOfType(UUID.fromString(panel), "eu.cohesion.panel.member-joined"));
    assertEquals(
        1, db.outboxRowsOfType(UUID.fromString(panel), "eu.cohesion.panel.draw-confirmed"));

    given()
        .get("/panels/" + panel + "/draws/" + drawId + "/audit")
        .then()
        .statusCode(200)
        .body("seed", equalTo("20260315"))
        .body("candidates.displayName", everyItem(nullValue()))
        .body("candidates.features", everyItem(nullValue()));

    // Confirming twice is refused, and nothing joins a second time.
    given()
        .header(
            "If-Match",
            "\"" + given().get("/panels/" + panel + "/draws/" + drawId).path("version") + "\"")
        .post("/panels/" + panel + "/draws/" + drawId + "/confirmation")
        .then()
        .statusCode(422);
    assertEquals(4, db.membersOf(UUID.fromString(panel)));
  }

  @Test
  @TestSecurity(user = "coordinator-celje", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aBadFileIsRejectedLineByLineAndNothingIsImported() {
    String panel = newPanel();
    String etag = poolEtag(panel);
    csv(panel, "candidates.csv", etag, poolCsv()).then().statusCode(200);
    String imported = poolEtag(panel);

    String formula =
        "id,name,category,gender\nc1,Ann,CITIZEN,female\nc2,=HYPERLINK(\"x\"),EXPERT,male\n";
    csv(panel, "candidates.csv", imported, formula)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:csv-rejected"))
        .body("issues.line", hasItem(3))
        .body("issues.code", hasItem("formula-cell"));

    String badCategory = "id,name,category\nc1,Ann,MAYOR\n";
    csv(panel, "candidates.csv", imported, badCategory)
        .then()
        .statusCode(422)
        .body("issues[0].line", equalTo(2));

    byte[] latin1 =
        "id,name,category\nc1,Bj\u00f6rn,CITIZEN\n".getBytes(StandardCharsets.ISO_8859_1);
    given()
        .contentType("text/csv")
        .header("If-Match", imported)
        .body(latin1)
        .put("/panels/" + panel + "/pool/candidates.csv")
        .then()
        .statusCode(422)
        .body("issues.code", hasItem("not-utf8"));

    csv(panel, "candidates.csv", imported, "\u0000\u0001garbage\"\n\"").then().statusCode(422);
    csv(panel, "quotas.csv", imported, "feature,value,min,max\ngender,female,3,1\n")
        .then()
        .statusCode(422)
        .body("issues.code", hasItem("min-above-max"));

    given()
        .contentType("text/csv")
        .header("If-Match", imported)
        .body(new byte[1024 * 1024 + 10])
        .put("/panels/" + panel + "/pool/candidates.csv")
        .then()
        .statusCode(413);

    assertEquals(imported, poolEtag(panel), "a rejected file changes nothing");
    assertEquals(12L, db.candidatesOf(UUID.fromString(panel)));
  }

  @Test
  @TestSecurity(user = "coordinator-celje", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void staleOrMissingVersionsAndObviouslyInfeasibleQuotasAreRefused() {
    String panel = newPanel();
    csv(panel, "candidates.csv", "\"0\"", poolCsv()).then().statusCode(200);
    csv(panel, "quotas.csv", "\"0\"", QUOTAS).then().statusCode(412);
    given()
        .contentType("text/csv")
        .body(QUOTAS)
        .put("/panels/" + panel + "/pool/quotas.csv")
        .then()
        .statusCode(428);

    configure(
        panel,
        3,
        List.of(
            Map.of("feature", "gender", "value", "female", "min", 2, "max", 2),
            Map.of("feature", "gender", "value", "male", "min", 2, "max", 2)));
    long draws = db.drawsOf(UUID.fromString(panel));
    startDraw(panel)
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:cohesion:problem:infeasible-quotas"))
        .body("conflicting", hasSize(2))
        .body("conflicting.feature", hasItem("gender"));
    assertEquals(draws, db.drawsOf(UUID.fromString(panel)));
  }

  /**
   * Every citizen of the pool is female: a citizen's seat and no female seat pass the precheck one
   * feature at a time, and only the solver finds that they cannot hold together.
   */
  @Test
  @TestSecurity(user = "coordinator-celje", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void quotasOnlyTheSolverFindsInfeasibleEndInAFailedDrawThatNamesThem() {
    String panel = newPanel();
    csv(panel, "candidates.csv", "\"0\"", poolCsv()).then().statusCode(200);
    configure(
        panel,
        2,
        List.of(
            Map.of("feature", "gender", "value", "female", "min", 0, "max", 0),
            Map.of("feature", "gender", "value", "male", "min", 0, "max", 2),
            Map.of("feature", "category", "value", "CITIZEN", "min", 1, "max", 2),
            Map.of("feature", "category", "value", "EXPERT", "min", 0, "max", 2)));

    double infeasibleBefore = drawsTimed("infeasible-quotas");
    String drawId = startDraw(panel).then().statusCode(201).extract().path("id");

    Response failed = awaitFinished(panel, drawId);
    failed
        .then()
        .body("status", equalTo("FAILED"))
        .body("failure.code", equalTo("infeasible-quotas"))
        .body("failure.conflicting", hasSize(2))
        .body("failure.conflicting.value", hasItem("CITIZEN"))
        .body("failure.conflicting.value", hasItem("female"));
    // Operators see how long draws take and how they end (cohesion.sortition.draw).
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> drawsTimed("infeasible-quotas") == infeasibleBefore + 1);
    assertEquals(
        0, db.outboxRowsOfType(UUID.fromString(panel), "eu.cohesion.panel.draw-completed"));
    given()
        .header("If-Match", failed.header("ETag"))
        .post("/panels/" + panel + "/draws/" + drawId + "/confirmation")
        .then()
        .statusCode(422);
    assertEquals(0, db.membersOf(UUID.fromString(panel)));
  }

  @Test
  @TestSecurity(user = "coordinator-celje", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void candidatesByHandNeedConsentForAPopulationGroup() {
    String panel = newPanel();
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "displayName",
                "Mira Novak",
                "features",
                Map.of("category", "CITIZEN", "population_group", "EXPAT")))
        .post("/panels/" + panel + "/pool/candidates")
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:cohesion:problem:consent-required"));
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "displayName", "Mira Novak",
                    "features", Map.of("category", "CITIZEN", "population_group", "EXPAT"),
                    "consentTextVersion", "2026-01"))
            .post("/panels/" + panel + "/pool/candidates")
            .then()
            .statusCode(201)
            .body("consentRecordedAt", notNullValue())
            .extract()
            .path("id");
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"7\"")
        .body(Map.of("displayName", "Mira", "features", Map.of("category", "EXPERT")))
        .put("/panels/" + panel + "/pool/candidates/" + id)
        .then()
        .statusCode(412);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("displayName", "Mira", "features", Map.of("category", "EXPERT")))
        .put("/panels/" + panel + "/pool/candidates/" + id)
        .then()
        .statusCode(200)
        .body("consentRecordedAt", nullValue())
        .body("features", equalTo(Map.of("category", "EXPERT")));
    given()
        .header("If-Match", "\"1\"")
        .delete("/panels/" + panel + "/pool/candidates/" + id)
        .then()
        .statusCode(204);
    given()
        .get("/panels/" + panel + "/pool/candidates")
        .then()
        .statusCode(200)
        .body("items", empty());
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void anotherTownsCoordinatorIsRefusedAndChangesNothing() {
    String panel = adminPanel();
    long candidates = db.candidatesOf(UUID.fromString(panel));
    given().get("/panels/" + panel + "/pool").then().statusCode(403);
    csv(panel, "candidates.csv", "\"0\"", poolCsv()).then().statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("displayName", "X", "features", Map.of("category", "CITIZEN")))
        .post("/panels/" + panel + "/pool/candidates")
        .then()
        .statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/panels/" + panel + "/draws")
        .then()
        .statusCode(403);
    assertEquals(candidates, db.candidatesOf(UUID.fromString(panel)));
  }

  @Test
  @TestSecurity(user = "member-celje", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void panelMembersDoNotSeeCandidates() {
    String panel = adminPanel();
    given().get("/panels/" + panel + "/pool").then().statusCode(403);
    given().get("/panels/" + panel + "/pool/candidates").then().statusCode(403);
    given().get("/panels/" + panel + "/draws").then().statusCode(403);
  }

  @Test
  void anonymousCallersNeedATokenForThePool() {
    given().get("/panels/" + UUID.randomUUID() + "/pool").then().statusCode(401);
    given()
        .get("/panels/" + UUID.randomUUID() + "/draws/" + UUID.randomUUID() + "/audit")
        .then()
        .statusCode(404)
        .body("status", not(equalTo(500)));
  }

  // ---- helpers

  private static Response csv(String panel, String file, String etag, String body) {
    return given()
        .contentType("text/csv")
        .header("If-Match", etag)
        .body(body.getBytes(StandardCharsets.UTF_8))
        .put("/panels/" + panel + "/pool/" + file);
  }

  /** Seats and quotas of the pool at its current version, no household rule. */
  /** How many draws ended with {@code outcome}, as /q/metrics counts them. */
  private static double drawsTimed(String outcome) {
    String metrics =
        given().auth().none().get("/q/metrics").then().statusCode(200).extract().asString();
    return ScrapedMetrics.of(metrics)
        .sum("cohesion_sortition_draw_seconds_count", Map.of("outcome", outcome));
  }

  private static void configure(String panel, int seats, List<Map<String, Object>> quotas) {
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", poolEtag(panel))
        .body(Map.of("seats", seats, "onePerHousehold", false, "quotas", quotas))
        .put("/panels/" + panel + "/pool")
        .then()
        .statusCode(200);
  }

  /** A draw with a seed of the service's. */
  private static Response startDraw(String panel) {
    return given().contentType(ContentType.JSON).body(Map.of()).post("/panels/" + panel + "/draws");
  }

  private static String poolEtag(String panel) {
    return given()
        .get("/panels/" + panel + "/pool")
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  private static List<Map<String, Object>> currentQuotas(String panel) {
    return given().get("/panels/" + panel + "/pool").path("quotas");
  }

  private static Response awaitFinished(String panel, String drawId) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () ->
                given()
                    .get("/panels/" + panel + "/draws/" + drawId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .response(),
            r -> !"RUNNING".equals(r.path("status")));
  }

  private static String newPanel() {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("city", TOWN, "name", "Celje LPS " + UUID.randomUUID()))
        .post("/panels")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A Velenje panel whose pool holds candidates, made without the caller's token. */
  private String adminPanel() {
    Actor admin = new Actor("network-admin", Set.of(Role.NETWORK_ADMIN), null);
    UUID panel =
        creation.create(admin, new NewPanel(TOWN, "Celje " + UUID.randomUUID(), null)).id();
    pools.add(
        admin,
        panel,
        new PoolCandidate.Details(
            null, "Someone", null, null, Map.of(), Map.of("category", "CITIZEN"), null));
    return panel.toString();
  }
}
