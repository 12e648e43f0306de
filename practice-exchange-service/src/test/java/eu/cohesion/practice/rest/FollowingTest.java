package eu.cohesion.practice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.localstack.testing.SqlProbe;
import eu.cohesion.practice.Practices;
import eu.cohesion.practice.Unique;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Following practices and themes over REST: who may (anyone signed in as a person), idempotence,
 * what the practice shows the follower, and refusals that change nothing.
 */
@QuarkusTest
class FollowingTest {

  private static final String ME = "follower-rest";

  @Inject Practices practices;
  @Inject AgroalDataSource dataSource;

  @Test
  @TestSecurity(user = ME, roles = "panel-member")
  void aMemberFollowsAPracticeOfAnyTownAndStopsIdempotently() {
    UUID practice = practices.published("celje", Unique.text("Follow"));
    given()
        .get("/practices/{id}", practice)
        .then()
        .statusCode(200)
        .body("followedByMe", equalTo(false))
        .body("allowedActions", hasItem("FOLLOW"))
        .body("allowedActions", not(hasItem("UNFOLLOW")));

    given().put("/practices/{id}/follow", practice).then().statusCode(204);
    given().put("/practices/{id}/follow", practice).then().statusCode(204);
    assertEquals(1, follows(practice));
    given()
        .get("/practices/{id}", practice)
        .then()
        .statusCode(200)
        .body("followedByMe", equalTo(true))
        .body("allowedActions", hasItem("UNFOLLOW"))
        .body("allowedActions", not(hasItem("FOLLOW")));
    given()
        .get("/follows/me")
        .then()
        .statusCode(200)
        .body("practices.practiceId", hasItem(practice.toString()))
        .body("practices[0].followedAt", notNullValue());
    given()
        .get("/me/personal-data")
        .then()
        .statusCode(200)
        .body("followedPractices.practiceId", hasItem(practice.toString()));

    given().delete("/practices/{id}/follow", practice).then().statusCode(204);
    given().delete("/practices/{id}/follow", practice).then().statusCode(204);
    assertEquals(0, follows(practice));
    given().get("/practices/{id}", practice).then().body("followedByMe", equalTo(false));
  }

  @Test
  @TestSecurity(user = "theme-follower-rest", roles = "city-coordinator")
  void aCoordinatorFollowsAThemeIdempotently() {
    given().put("/follows/themes/HOUSING").then().statusCode(204);
    given().put("/follows/themes/HOUSING").then().statusCode(204);
    given()
        .get("/follows/me")
        .then()
        .statusCode(200)
        .body("themes.size()", equalTo(1))
        .body("themes[0].theme", equalTo("HOUSING"));
    given().delete("/follows/themes/HOUSING").then().statusCode(204);
    given().delete("/follows/themes/HOUSING").then().statusCode(204);
    given().get("/follows/me").then().statusCode(200).body("themes.size()", equalTo(0));
  }

  @Test
  @TestSecurity(user = "refused-follower", roles = "panel-member")
  void refusedFollowsChangeNothing() {
    UUID draft = practices.draft("celje");
    long before = allFollows();
    // A member cannot see another town's draft: it does not exist for them.
    given()
        .put("/practices/{id}/follow", draft)
        .then()
        .statusCode(404)
        .body("instance", notNullValue());
    given().put("/practices/{id}/follow", UUID.randomUUID()).then().statusCode(404);
    given()
        .put("/follows/themes/GARDENING")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given().put("/practices/not-a-uuid/follow").then().statusCode(404);
    assertEquals(before, allFollows());
  }

  @Test
  @TestSecurity(user = "coordinator-celje", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "celje"))
  void theTownsOwnDraftCannotBeFollowed() {
    UUID draft = practices.draft("celje");
    long before = allFollows();
    given()
        .put("/practices/{id}/follow", draft)
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:cohesion:problem:practice-not-published"));
    assertEquals(before, allFollows());
  }

  @ParameterizedTest(name = "{0} {1} anonymously → 401")
  @MethodSource("everyEndpoint")
  void anonymousCallersMustSignIn(String method, String path) {
    long before = allFollows();
    given()
        .request(method, path.replace("{id}", UUID.randomUUID().toString()))
        .then()
        .statusCode(401);
    assertEquals(before, allFollows());
  }

  @ParameterizedTest(name = "{0} {1} by an integration client → 403")
  @MethodSource("everyEndpoint")
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void anIntegrationClientFollowsNothing(String method, String path) {
    long before = allFollows();
    given()
        .request(method, path.replace("{id}", UUID.randomUUID().toString()))
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    assertEquals(before, allFollows());
  }

  static Stream<Arguments> everyEndpoint() {
    return Stream.of(
        Arguments.of("PUT", "/practices/{id}/follow"),
        Arguments.of("DELETE", "/practices/{id}/follow"),
        Arguments.of("PUT", "/follows/themes/HEALTH"),
        Arguments.of("DELETE", "/follows/themes/HEALTH"),
        Arguments.of("GET", "/follows/me"));
  }

  private long follows(UUID practice) {
    return new SqlProbe(dataSource)
        .count("select count(*) from practice_follow where practice_id = ?", practice);
  }

  private long allFollows() {
    SqlProbe sql = new SqlProbe(dataSource);
    return sql.count("select count(*) from practice_follow")
        + sql.count("select count(*) from theme_follow");
  }
}
