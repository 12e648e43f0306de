package eu.cohesion.practice.rest.discussion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.practice.Discussions;
import eu.cohesion.practice.Practices;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /me/personal-data: the caller's own posts and reports, nobody else's. */
@QuarkusTest
class PersonalDataExportTest {

  @Inject Practices practices;
  @Inject Discussions discussions;

  @Test
  @TestSecurity(user = "member-exports", roles = "panel-member")
  void aPersonDownloadsTheirPostsAndReports() {
    Actor me = new Actor("member-exports", Set.of(Role.PANEL_MEMBER), "tartu");
    UUID practice = practices.published("mechelen", "Export");
    UUID question = discussions.question(me, practice, "My question");
    UUID others = discussions.comment(Discussions.member("celje"), practice, "Not mine");
    discussions.report(me, others, "off topic");

    given()
        .when()
        .get("/me/personal-data")
        .then()
        .statusCode(200)
        .body("subject", equalTo("member-exports"))
        .body("posts.size()", equalTo(1))
        .body("posts[0].id", equalTo(question.toString()))
        .body("posts[0].title", equalTo("My question"))
        .body("posts[0].body", equalTo("Body of My question"))
        .body("reports.size()", equalTo(1))
        .body("reports[0].postId", equalTo(others.toString()))
        .body("reports[0].reason", equalTo("off topic"));
  }

  @Test
  void anonymousCallersHaveNoData() {
    given().when().get("/me/personal-data").then().statusCode(401);
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void anIntegrationClientIsNoPerson() {
    given().when().get("/me/personal-data").then().statusCode(403);
  }
}
