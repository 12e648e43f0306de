package eu.cohesion.panel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.kit.testing.ScrapedMetrics;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiAndHealthTest {

  @Test
  void theOpenApiDocumentDescribesEveryOperationAndWhoMayCallIt() {
    given()
        .queryParam("format", "json")
        .when()
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("components.securitySchemes.oauth2.type", equalTo("oauth2"))
        .body("paths.'/panels'.post.security[0]", hasKey("oauth2"))
        .body("paths.'/panels'.post.responses", hasKey("401"))
        .body("paths.'/panels'.post.responses", hasKey("403"))
        .body("paths.'/panels'.post.responses", hasKey("409"))
        .body("paths.'/panels'.post.responses", hasKey("422"))
        .body("paths.'/panels'.post.responses.'400'.content", hasKey("application/problem+json"))
        .body("paths.'/panels'.get.security[1]", hasKey("oauth2"))
        // Anyone may list panels; a token is optional.
        .body("paths.'/panels'.get.security", hasItem(equalTo(Map.of())))
        .body("paths.'/panels'.get.responses", hasKey("400"))
        .body("paths.'/panels/{id}'.get.responses", hasKey("404"))
        .body("paths.'/cities'.get.summary", notNullValue())
        .body("paths.'/cities/{code}'.get.responses", hasKey("404"))
        .body("components.schemas", hasKey("Problem"))
        .body("paths.'/panels/{id}/members'.post.security[0]", hasKey("oauth2"))
        .body("paths.'/panels/{id}/members'.post.responses", hasKey("201"))
        .body("paths.'/panels/{id}/members'.post.responses", hasKey("401"))
        .body("paths.'/panels/{id}/members'.post.responses", hasKey("403"))
        .body("paths.'/panels/{id}/members'.post.responses", hasKey("404"))
        .body("paths.'/panels/{id}/members'.post.responses", hasKey("422"))
        .body("paths.'/panels/{id}/members'.get.security[0]", hasKey("oauth2"))
        .body("paths.'/panels/{id}/members'.get.responses", hasKey("401"))
        .body("paths.'/panels/{id}/members'.get.responses", hasKey("403"))
        .body("components.schemas.PanelSummary.properties", hasKey("composition"))
        .body("components.schemas.PillarCounts.properties", hasKey("CIVIL_SOCIETY"));
  }

  @Test
  void swaggerUiIsServed() {
    given().when().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  void healthIsUp() {
    given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.find { it.name == 'outbox' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'outbox' }.data", hasKey("unpublished"))
        .body("checks.find { it.name == 'outbox' }.data", hasKey("oldest-age-seconds"));
  }

  @Test
  void metricsAreServedWithTheOutboxAndHttpServerMeters() {
    given().when().get("/panels").then().statusCode(200);
    String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    assertTrue(
        ScrapedMetrics.of(metrics)
            .names()
            .containsAll(
                Set.of(
                    "cohesion_outbox_backlog",
                    "cohesion_outbox_oldest_age_seconds",
                    "cohesion_outbox_relayed_total",
                    "cohesion_outbox_relay_failures_total",
                    "http_server_requests_seconds_count")),
        metrics);
  }
}
