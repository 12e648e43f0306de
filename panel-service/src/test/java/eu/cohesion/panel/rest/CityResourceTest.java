package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CityResourceTest {

  @Test
  void anyoneListsTheTenPartnerTownsByName() {
    given()
        .when()
        .get("/cities")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("$", hasSize(10))
        .body(
            "name",
            contains(
                "Besançon",
                "Celje",
                "Delft",
                "Elbasan",
                "Esbjerg",
                "Jelgava",
                "Mechelen",
                "Panevėžys",
                "Reggio Emilia",
                "Tartu"))
        .body("countryCode", contains("FR", "SI", "NL", "AL", "DK", "LV", "BE", "LT", "IT", "EE"))
        .body(
            "code",
            contains(
                "besancon",
                "celje",
                "delft",
                "elbasan",
                "esbjerg",
                "jelgava",
                "mechelen",
                "panevezys",
                "reggio-emilia",
                "tartu"));
  }

  @Test
  void anyoneReadsOneTown() {
    given()
        .when()
        .get("/cities/reggio-emilia")
        .then()
        .statusCode(200)
        .body("code", equalTo("reggio-emilia"))
        .body("name", equalTo("Reggio Emilia"))
        .body("countryCode", equalTo("IT"))
        .body("countryName", equalTo("Italy"))
        .body("defaultLanguage", equalTo("it-IT"))
        .body("timeZone", equalTo("Europe/Rome"));
  }

  @Test
  void anUnknownTownIsAProblem() {
    given()
        .when()
        .get("/cities/atlantis")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:not-found"))
        .body("title", equalTo("Not found"))
        .body("status", equalTo(404))
        .body("detail", equalTo("town atlantis does not exist"))
        .body("instance", equalTo("/cities/atlantis"))
        .body("violations", hasSize(0));
  }
}
