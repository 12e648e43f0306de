package eu.cohesion.practice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.practice.Findings;
import eu.cohesion.practice.service.PersonalDataErasure;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import org.junit.jupiter.api.Test;

/**
 * The kit's audit of administrative changes, wired in practice-exchange-service: a creation outside
 * the gate (a finding's draft, a webhook subscription), a publication and a deletion are recorded
 * with who, what and when in their own transaction, a refused step is not, only the network admin
 * reads the audit, and a person's export and erasure cover their rows.
 */
@QuarkusTest
class AdminAuditTest {

  /** A Keycloak id, as real subjects are: the erasure works on those. */
  private static final String ADMIN = "7c2e9f14-5b3a-4d8e-a1f6-0e9d8c7b6a52";

  @Inject Findings findings;
  @Inject PersonalDataErasure erasure;

  @Test
  @TestSecurity(user = ADMIN, roles = "network-admin")
  void creationsPublicationsAndDeletionsAreAuditedARefusedStepIsNotAndErasureCoversThem() {
    Actor admin = new Actor(ADMIN, Set.of(Role.NETWORK_ADMIN), null);
    UUID finding = findings.draft(admin, "Audited finding", "tartu", "celje");
    assertEquals(1, audited(finding.toString()), "the draft");

    publish(finding, "\"0\"").statusCode(200);
    publish(finding, "\"0\"").statusCode(412);
    assertEquals(2, audited(finding.toString()), "one more row for the publication, none for 412");

    given()
        .queryParam("aggregateId", finding.toString())
        .when()
        .get("/admin-audit")
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("PUBLISH_FINDING"))
        .body("items[0].resource", equalTo("finding"))
        .body("items[0].actorId", equalTo(ADMIN))
        .body("items[0].actorRoles", hasItem("network-admin"))
        .body("items[0].version", equalTo(1))
        .body("items[1].action", equalTo("WRITE_FINDING"))
        .body("items[1].version", equalTo(0))
        .body("allowedActions", hasItem("VIEW_ADMIN_AUDIT"));

    String subscription = subscribe();
    delete(subscription);
    given()
        .queryParam("aggregateId", subscription)
        .when()
        .get("/admin-audit")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("items.action", hasItems("MANAGE_WEBHOOKS"))
        .body("items.resource", hasItem("webhook subscription"));

    given()
        .when()
        .get("/me/personal-data")
        .then()
        .statusCode(200)
        .body("administrativeChanges.aggregateId", hasItems(finding.toString(), subscription));

    QuarkusTransaction.requiringNew().run(() -> erasure.erase(UUID.fromString(ADMIN)));

    given()
        .queryParam("aggregateId", finding.toString())
        .when()
        .get("/admin-audit")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("items[0].actorId", equalTo("erased"))
        .body("items[0].action", equalTo("PUBLISH_FINDING"));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void aCoordinatorMayNotReadTheAudit() {
    given().when().get("/admin-audit").then().statusCode(403);
  }

  @Test
  void anonymousCallersMustSignIn() {
    given().when().get("/admin-audit").then().statusCode(401);
  }

  private static ValidatableResponse publish(UUID id, String ifMatch) {
    return given().header("If-Match", ifMatch).when().post("/findings/{id}/publish", id).then();
  }

  private static String subscribe() {
    return given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "url",
                "http://127.0.0.1:9/audited",
                "eventTypes",
                List.of("eu.cohesion.finding.published")))
        .when()
        .post("/webhook-subscriptions")
        .then()
        .statusCode(201)
        .extract()
        .path("subscription.id");
  }

  private static void delete(String id) {
    String etag =
        given()
            .when()
            .get("/webhook-subscriptions/{id}", id)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    given()
        .header("If-Match", etag)
        .when()
        .delete("/webhook-subscriptions/{id}", id)
        .then()
        .statusCode(204);
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
}
