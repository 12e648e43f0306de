package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.panel.domain.City;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The kit's audit of administrative changes, wired in panel-service: a change the gate applies is
 * recorded with who, what and when in its own transaction, a refused one is not, and only the
 * network admin reads the audit.
 */
@QuarkusTest
class AdminAuditTest {

  private static final String TOWN = "jelgava";

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void anAppliedChangeIsAuditedAndARefusedOneIsNot() {
    String aggregate = City.subjectId(TOWN).toString();
    int before = audited(aggregate);
    String etag = given().get("/cities/" + TOWN).then().statusCode(200).extract().header("ETag");

    String newTag = edit(etag).statusCode(200).extract().header("ETag");
    edit(etag).statusCode(412);

    assertEquals(
        before + 1, audited(aggregate), "one row for the applied change, none for the 412");
    given()
        .queryParam("aggregateId", aggregate)
        .when()
        .get("/admin-audit")
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("EDIT_CITY"))
        .body("items[0].resource", equalTo("town"))
        .body("items[0].aggregateId", equalTo(aggregate))
        .body("items[0].city", equalTo(TOWN))
        .body("items[0].actorId", equalTo("network-admin"))
        .body("items[0].actorRoles", hasItem("network-admin"))
        .body("items[0].version", equalTo(Integer.parseInt(newTag.replace("\"", ""))))
        .body("allowedActions", hasItem("VIEW_ADMIN_AUDIT"));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aBalanceRulesChangeIsAuditedAsNetworkWide() {
    int before = audited("network");
    String etag = given().get("/balance-rules").then().statusCode(200).extract().header("ETag");
    // The rules in force, sent back unchanged: a new version, nothing else for other tests to see.
    Map<String, Object> current =
        given().get("/balance-rules").then().extract().jsonPath().getMap("");
    Map<String, Object> rules = new java.util.HashMap<>();
    for (String field :
        List.of(
            "pillarMinPercent",
            "pillarMaxPercent",
            "everyGroupVoiced",
            "baselineTolerancePercent",
            "minimumMembers")) {
      rules.put(field, current.get(field));
    }
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(rules)
        .when()
        .put("/balance-rules")
        .then()
        .statusCode(200);

    assertEquals(before + 1, audited("network"));
    given()
        .queryParam("aggregateId", "network")
        .queryParam("actorId", "network-admin")
        .when()
        .get("/admin-audit")
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("EDIT_BALANCE_RULES"))
        .body("items[0].resource", equalTo("balance-rules"));
  }

  @Test
  @TestSecurity(user = "coordinator-jelgava", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorMayNotReadTheAudit() {
    given().when().get("/admin-audit").then().statusCode(403);
  }

  @Test
  void anonymousCallersMustSignIn() {
    given().when().get("/admin-audit").then().statusCode(401);
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aMalformedFilterIsA400NamingIt() {
    given()
        .queryParam("aggregateId", "not an id")
        .when()
        .get("/admin-audit")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  private static int audited(String aggregateId) {
    return given()
        .queryParam("aggregateId", aggregateId)
        .when()
        .get("/admin-audit")
        .then()
        .statusCode(200)
        .extract()
        .path("totalItems");
  }

  private static io.restassured.response.ValidatableResponse edit(String ifMatch) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(
            Map.of(
                "languages",
                List.of("lv", "ru"),
                "latitude",
                56.65,
                "longitude",
                23.72,
                "baseline",
                Map.of(
                    "shares",
                    Map.of(
                        "NATIVE", 80.0,
                        "EXPAT", 2.0,
                        "NEWLY_ARRIVED_MIGRANT", 1.0,
                        "PRECARIOUS_OR_VULNERABLE", 15.0),
                    "source",
                    "Jelgava statistics",
                    "year",
                    2024)))
        .when()
        .put("/cities/" + TOWN)
        .then();
  }
}
