package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Browsers may call the API from the Cohesion frontend's origin and from no other. */
@QuarkusTest
class CorsTest {

  @Test
  void theFrontendMayCallTheApi() {
    given()
        .header("Origin", "http://127.0.0.1:3000")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type")
        .when()
        .options("/panels")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", equalTo("http://127.0.0.1:3000"))
        .header("Access-Control-Allow-Methods", containsString("POST"));
  }

  @Test
  void anotherOriginMayNot() {
    given()
        .header("Origin", "http://127.0.0.1:6666")
        .when()
        .get("/cities")
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
  }
}
