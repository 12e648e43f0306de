package eu.cohesion.practice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.practice.Discussions;
import eu.cohesion.practice.Practices;
import eu.cohesion.practice.Transfers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /me/personal-data: the caller's own posts, reports and transfers, nobody else's. */
@QuarkusTest
class PersonalDataExportTest {

  @Inject Practices practices;
  @Inject Discussions discussions;
  @Inject Transfers transfers;

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
        .body("reports[0].reason", equalTo("off topic"))
        .body("transfers.size()", equalTo(0));
  }

  @Test
  @TestSecurity(user = "coordinator-export-id", roles = "city-coordinator")
  void aCoordinatorDownloadsTheTransfersTheyRegistered() {
    Actor me = new Actor("coordinator-export-id", Set.of(Role.CITY_COORDINATOR), "tartu");
    UUID practice = practices.published("mechelen", "Export transfers");
    UUID mine = transfers.registeredBy(practice, me);
    transfers.interested(practice, "celje");

    given()
        .when()
        .get("/me/personal-data")
        .then()
        .statusCode(200)
        .body("subject", equalTo("coordinator-export-id"))
        .body("posts.size()", equalTo(0))
        .body("transfers.size()", equalTo(1))
        .body("transfers[0].id", equalTo(mine.toString()))
        .body("transfers[0].practiceId", equalTo(practice.toString()))
        .body("transfers[0].sourceCity", equalTo("mechelen"))
        .body("transfers[0].city", equalTo("tartu"))
        .body("transfers[0].status", equalTo("INTERESTED"))
        .body("transfers[0].note", equalTo("Interest of tartu"))
        .body("transfers[0].initiativeId", nullValue())
        .body("transfers[0].createdAt", notNullValue())
        .body("transfers[0].updatedAt", notNullValue());
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
