package eu.cohesion.practice.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.practice.Discussions;
import eu.cohesion.practice.PanelEvents;
import eu.cohesion.practice.Practices;
import eu.cohesion.practice.TestDatabase;
import eu.cohesion.practice.domain.discussion.PostKind;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * eu.cohesion.person.erased on panel-events: the person's posts and reports lose who made them,
 * once per event id; nobody else's change.
 */
@QuarkusTest
class PersonErasedInDiscussionTest {

  @Inject Practices practices;
  @Inject Discussions discussions;
  @Inject PanelEvents events;
  @Inject TestDatabase db;

  @Test
  void anErasedPersonsPostsAndReportsBecomeErased() {
    UUID person = UUID.randomUUID();
    Actor erased = new Actor(person.toString(), Set.of(Role.PANEL_MEMBER), "tartu");
    Actor other = Discussions.member("celje");
    UUID practice = practices.published("mechelen", "Erasure");
    UUID question = discussions.question(erased, practice, "Asked by the erased");
    UUID reply =
        discussions.reply(other, practice, question, PostKind.QUESTION, "Replied by another");
    UUID comment = discussions.comment(other, practice, "Commented by another");
    discussions.report(erased, comment, "reported by the erased");
    Map<String, Object> othersReply = discussions.row(reply);

    String eventId = UUID.randomUUID().toString();
    UUID panel = UUID.randomUUID();
    events.send(panel, events.personErased(eventId, panel, person));
    await().atMost(Duration.ofSeconds(60)).until(() -> db.processed(eventId));

    assertEquals("erased", discussions.row(question).get("author_id"));
    assertEquals(null, discussions.row(question).get("author_city"));
    assertEquals("Body of Asked by the erased", discussions.row(question).get("body"));
    assertEquals(othersReply, discussions.row(reply));
    assertEquals(
        0,
        discussions.count(
            "select count(*) from post_report where reported_by = ?", person.toString()));
    assertEquals(
        1,
        discussions.count(
            "select count(*) from post_report where post_id = ? and reported_by = 'erased'",
            comment));
    given()
        .when()
        .get("/practices/{id}/questions/{q}", practice, question)
        .then()
        .statusCode(200)
        .body("post.author.erased", equalTo(true))
        .body("post.author.city", nullValue())
        .body("post.author.role", equalTo("MEMBER"));

    // The same event again (a redelivery) and an erasure without a login change nothing.
    Map<String, Object> after = discussions.row(question);
    events.send(panel, events.personErased(eventId, panel, person));
    String withoutLogin = UUID.randomUUID().toString();
    events.send(panel, events.personErased(withoutLogin, panel, null));
    await().atMost(Duration.ofSeconds(60)).until(() -> db.processed(withoutLogin));
    assertEquals(after, discussions.row(question));
  }
}
