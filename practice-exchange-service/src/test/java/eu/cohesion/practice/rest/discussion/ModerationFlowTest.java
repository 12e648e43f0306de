package eu.cohesion.practice.rest.discussion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.Discussions;
import eu.cohesion.practice.Practices;
import eu.cohesion.practice.TestDatabase;
import eu.cohesion.practice.events.PostHidden;
import eu.cohesion.practice.events.PostRestored;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The network admin's queue of reported posts, hiding and restoring with reasons (audited). */
@QuarkusTest
@TestSecurity(user = "network-admin-moderates", roles = "network-admin")
class ModerationFlowTest {

  @Inject Practices practices;
  @Inject Discussions discussions;
  @Inject TestDatabase db;

  @Test
  void theAdminHidesAReportedCommentAndRestoresIt() {
    UUID practice = practices.published("tartu", "Moderated");
    Actor author = Discussions.member("celje");
    UUID comment = discussions.comment(author, practice, "Visit my shop, cheap watches");
    discussions.report(Discussions.member("delft"), comment, "advertising");
    discussions.report(Discussions.coordinator("tartu"), comment, null);

    List<Map<String, Object>> queue =
        given()
            .when()
            .get("/moderation/queue?size=100")
            .then()
            .statusCode(200)
            .body("allowedActions", contains("MODERATE_POSTS"))
            .extract()
            .path("items.findAll { it.post.id == '" + comment + "' }");
    assertEquals(1, queue.size());
    assertEquals(2, ((List<?>) queue.get(0).get("reports")).size());

    hide(comment, "\"0\"", "Advertising, against the house rules")
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("hidden", equalTo(true))
        .body("body", equalTo("Visit my shop, cheap watches"))
        .body("moderationReason", equalTo("Advertising, against the house rules"))
        .body("allowedActions", contains("MODERATE_POSTS"));
    assertEquals(1, db.outboxRows(comment, PostHidden.TYPE));
    assertEquals(
        1,
        discussions.count(
            "select count(*) from post_moderation where post_id = ? and step = 'HIDE'"
                + " and moderated_by = 'network-admin-moderates'"
                + " and reason = 'Advertising, against the house rules'",
            comment));
    given()
        .when()
        .get("/moderation/queue?size=100")
        .then()
        .body("items.post.id", not(hasItem(comment.toString())));

    Map<String, Object> row = discussions.row(comment);
    hide(comment, "\"1\"", "again")
        .statusCode(422)
        .body("type", equalTo("urn:cohesion:problem:already-hidden"));
    hide(comment, "\"0\"", "stale").statusCode(412);
    hide(comment, "\"1\"", "<b>why</b>").statusCode(422);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "no precondition"))
        .when()
        .post("/posts/{id}/hide", comment)
        .then()
        .statusCode(428);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Map.of())
        .when()
        .post("/posts/{id}/hide", comment)
        .then()
        .statusCode(400);
    assertEquals(row, discussions.row(comment));

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Map.of("reason", "The shop is a social enterprise"))
        .when()
        .post("/posts/{id}/restore", comment)
        .then()
        .statusCode(200)
        .body("hidden", equalTo(false))
        .body("moderationReason", equalTo("The shop is a social enterprise"));
    assertEquals(1, db.outboxRows(comment, PostRestored.TYPE));
    assertEquals(
        2, discussions.count("select count(*) from post_moderation where post_id = ?", comment));
  }

  private static ValidatableResponse hide(UUID post, String ifMatch, String reason) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(Map.of("reason", reason))
        .when()
        .post("/posts/{id}/hide", post)
        .then();
  }
}
