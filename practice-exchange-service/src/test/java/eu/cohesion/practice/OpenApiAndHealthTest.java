package eu.cohesion.practice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
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
        .body("components.schemas", hasKey("Problem"))
        .body("components.schemas", hasKey("PracticeDetail"))
        .body("components.schemas", hasKey("PracticeText"))
        // Reading is public; a token only unlocks drafts.
        .body("paths.'/practices'.get.security", hasItem(equalTo(Map.of())))
        .body("paths.'/practices'.get.responses", hasKey("403"))
        .body("paths.'/practices/{id}'.get.responses.'200'.headers", hasKey("ETag"))
        .body("paths.'/practices/{id}'.get.responses", hasKey("404"))
        .body("paths.'/practices/{id}'.put.security[0]", hasKey("oauth2"))
        .body("paths.'/practices/{id}'.put.responses", hasKey("400"))
        .body("paths.'/practices/{id}'.put.responses", hasKey("401"))
        .body("paths.'/practices/{id}'.put.responses", hasKey("403"))
        .body("paths.'/practices/{id}'.put.responses", hasKey("412"))
        .body("paths.'/practices/{id}'.put.responses", hasKey("428"))
        .body(
            "paths.'/practices/{id}'.put.responses.'412'.content",
            hasKey("application/problem+json"))
        .body("paths.'/practices/{id}/publish'.post.security[0]", hasKey("oauth2"))
        .body("paths.'/practices/{id}/publish'.post.responses", hasKey("422"))
        .body("paths.'/practices/{id}/publish'.post.responses", hasKey("428"))
        // Search is public; bad input is a 400 problem.
        .body("paths.'/practice-search'.get.operationId", equalTo("searchPractices"))
        .body("paths.'/practice-search'.get.security", hasItem(equalTo(Map.of())))
        .body("paths.'/practice-search'.get.responses", hasKey("400"))
        .body("components.schemas", hasKey("PracticeSearchPage"));
  }

  @Test
  void swaggerUiIsServed() {
    given().when().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  void readyOnceTheConsumerGroupHoldsItsPartitions() {
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
                        "checks.find { it.name == 'kafka-consumer-groups' }.data"
                            + ".'initiative-events'",
                        startsWith("group practice-exchange-service holds [initiative-events-")));
  }
}
