package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.panel.service.NewPanel;
import eu.cohesion.panel.service.PanelCreation;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /panels and GET /panels/{id}. Celje is reserved for this class, so its list is known. */
@QuarkusTest
class PanelQueriesTest {

  private static final String TOWN = "celje";
  private static final List<String> IDS = new ArrayList<>();

  @Inject PanelCreation creation;

  /** Five Celje panels, created in this order: names B, D, A, E, C. */
  @BeforeEach
  void fiveCeljePanels() {
    if (!IDS.isEmpty()) {
      return;
    }
    Actor admin = new Actor("network-admin", Set.of(Role.NETWORK_ADMIN), null);
    for (String name : List.of("B panel", "D panel", "A panel", "E panel", "C panel")) {
      IDS.add(creation.create(admin, new NewPanel(TOWN, name, "About " + name)).id().toString());
    }
  }

  @Test
  void anyoneGetsOnePanelsPublicSummary() {
    given()
        .when()
        .get("/panels/" + IDS.get(0))
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("id", equalTo(IDS.get(0)))
        .body("city", equalTo(TOWN))
        .body("name", equalTo("B panel"))
        .body("description", equalTo("About B panel"))
        .body("createdAt", containsString("Z"))
        .body("$", not(hasKey("createdBy")));
  }

  @Test
  @TestSecurity(user = "member-celje", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void signedInCallersSeeTheSamePublicSummary() {
    given()
        .when()
        .get("/panels/" + IDS.get(0))
        .then()
        .statusCode(200)
        .body("$", not(hasKey("createdBy")));
  }

  @Test
  void listsArePagedAndSortedByNameByDefault() {
    given()
        .queryParam("city", TOWN)
        .queryParam("size", 2)
        .when()
        .get("/panels")
        .then()
        .statusCode(200)
        .body("items.name", contains("A panel", "B panel"))
        .body("page", equalTo(0))
        .body("size", equalTo(2))
        .body("totalItems", equalTo(5))
        .body("totalPages", equalTo(3))
        .body("items[0]", not(hasKey("createdBy")));
    given()
        .queryParam("city", TOWN)
        .queryParam("size", 2)
        .queryParam("page", 2)
        .when()
        .get("/panels")
        .then()
        .statusCode(200)
        .body("items.name", contains("E panel"));
  }

  @Test
  void listsSortByCreationOrNameInEitherDirection() {
    List<String> newestFirst = new ArrayList<>(IDS);
    Collections.reverse(newestFirst);
    given()
        .queryParam("city", TOWN)
        .queryParam("sort", "createdAt")
        .when()
        .get("/panels")
        .then()
        .body("items.id", contains(IDS.toArray()));
    given()
        .queryParam("city", TOWN)
        .queryParam("sort", "createdAt,desc")
        .when()
        .get("/panels")
        .then()
        .body("items.id", contains(newestFirst.toArray()));
    given()
        .queryParam("city", TOWN)
        .queryParam("sort", "name,desc")
        .when()
        .get("/panels")
        .then()
        .body("items.name", contains("E panel", "D panel", "C panel", "B panel", "A panel"));
  }

  @Test
  void withoutAFilterEveryTownIsListed() {
    given()
        .when()
        .get("/panels")
        .then()
        .statusCode(200)
        .body("size", equalTo(20))
        .body("totalItems", greaterThanOrEqualTo(5));
  }

  @Test
  void aTownWithoutPanelsHasAnEmptyList() {
    given()
        .queryParam("city", "panevezys")
        .when()
        .get("/panels")
        .then()
        .statusCode(200)
        .body("items", hasSize(0))
        .body("totalItems", equalTo(0))
        .body("totalPages", equalTo(0));
  }

  @ParameterizedTest(name = "{0}={1} → 400")
  @CsvSource({
    "page, -1",
    "page, x",
    "page, 1000000",
    "size, 0",
    "size, 101",
    "size, 2.5",
    "sort, colour",
    "sort, 'name,sideways'",
    "sort, 'createdBy'",
    "city, Mechelen"
  })
  void invalidPagingSortingOrFilteringIsABadRequest(String parameter, String value) {
    given()
        .queryParam(parameter, value)
        .when()
        .get("/panels")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:validation"))
        .body("violations", hasSize(1))
        .body("violations.field", everyItem(equalTo(parameter)));
  }

  @Test
  void anUnknownPanelIsNotFound() {
    given()
        .when()
        .get("/panels/00000000-0000-4000-8000-000000000000")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:not-found"));
  }

  @Test
  void aMalformedIdIsNotFound() {
    given()
        .when()
        .get("/panels/not-a-uuid")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("instance", equalTo("/panels/not-a-uuid"));
  }
}
