package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Errors that no use case raises still answer with a problem body. */
@QuarkusTest
class ProblemResponsesTest {

  @Test
  void anUnexpectedFailureIsAProblemWithoutInternals() {
    given()
        .when()
        .get("/test-only/failure")
        .then()
        .statusCode(500)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:internal"))
        .body("status", equalTo(500))
        .body("detail", equalTo("the server failed to handle the request"))
        .body(not(containsString(FailingResource.SECRET)))
        .body(not(containsString("IllegalStateException")))
        .body(not(containsString("at eu.cohesion")));
  }

  @Test
  void anUnsupportedMethodIsAProblem() {
    given()
        .when()
        .delete("/cities")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .body("status", equalTo(405))
        .body("title", equalTo("Method Not Allowed"));
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
