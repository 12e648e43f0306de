package eu.cohesion.initiative;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
        .body("paths.'/initiatives'.get.security[0]", hasKey("oauth2"))
        .body("paths.'/initiatives'.get.responses", hasKey("401"))
        .body("paths.'/initiatives'.get.responses", hasKey("403"))
        .body("paths.'/initiatives'.post.summary", notNullValue())
        .body("paths.'/initiatives'.post.responses", hasKey("201"))
        .body("paths.'/initiatives'.post.responses", hasKey("422"))
        .body(
            "paths.'/initiatives'.post.responses.'400'.content", hasKey("application/problem+json"))
        .body("paths.'/initiatives/{id}'.get.responses", hasKey("404"))
        .body("paths.'/initiatives/{id}/transitions'.post.responses", hasKey("412"))
        .body("paths.'/initiatives/{id}/transitions'.post.responses", hasKey("422"))
        .body("paths.'/initiatives/{id}/transitions'.post.responses", hasKey("428"))
        .body("paths.'/initiatives/{id}/transitions'.post.parameters.name", hasItem("If-Match"))
        .body("components.schemas", hasKey("Problem"))
        .body("components.schemas", hasKey("InitiativeDetail"))
        .body("components.schemas.InitiativeStatus.enum", hasItem("UNDER_REVIEW"));
  }

  @Test
  void theBuildWritesTheDocumentForTheFrontendsClients() {
    assertTrue(Files.isRegularFile(Path.of("target/openapi/openapi.json")));
  }

  @Test
  void swaggerUiIsServed() {
    given().when().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  void readyOnceEveryConsumerGroupHoldsItsPartitions() {
    given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .when()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"))
                    .body(
                        "checks.find { it.name == 'kafka-consumer-groups' }.data.'panel-events'",
                        startsWith("group initiative-service holds [panel-events-"))
                    .body(
                        "checks.find { it.name == 'kafka-consumer-groups' }.data"
                            + ".'initiative-notifications'",
                        startsWith(
                            "group initiative-service-notifications holds [initiative-events-"))
                    .body(
                        "checks.find { it.name == 'kafka-consumer-groups' }.data"
                            + ".'practice-transfers'",
                        startsWith("group initiative-service-transfers holds [practice-events-")));
  }

  @Test
  void anUnknownPathIsAProblem() {
    given()
        .when()
        .get("/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:not-found"));
  }
}
