package eu.cohesion.practice.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.contracts.EventCatalogue;
import eu.cohesion.localstack.testing.TopicReader;
import eu.cohesion.practice.Discussions;
import eu.cohesion.practice.Practices;
import eu.cohesion.practice.domain.discussion.PostKind;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The discussion's events as they reach practice-events: in the catalogue, ids and towns only —
 * never the text, the reason or who wrote or moderated.
 */
@QuarkusTest
@TestSecurity(user = "network-admin-events", roles = "network-admin")
class DiscussionEventsTest {

  @Inject Practices practices;
  @Inject Discussions discussions;
  @Inject ObjectMapper json;

  @Test
  void askedAnsweredHiddenAndRestoredReachTheTopic() throws Exception {
    UUID practice = practices.published("jelgava", "Community gardens");
    UUID question =
        discussions.question(Discussions.member("celje"), practice, "Secret question text");
    UUID reply =
        discussions.reply(
            Discussions.coordinator("jelgava"),
            practice,
            question,
            PostKind.QUESTION,
            "Secret reply text");
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("replyId", reply.toString()))
        .when()
        .put("/practices/{id}/questions/{q}/answer", practice, question)
        .then()
        .statusCode(200);
    moderate(reply, "hide", "\"0\"", "Secret hiding reason");
    moderate(reply, "restore", "\"1\"", "Secret restoring reason");

    try (TopicReader reader = new TopicReader("practice-events")) {
      List<ConsumerRecord<String, String>> ofQuestion =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(
                  () -> reader.recordsWithKey(question.toString(), Duration.ofMillis(500)),
                  r -> r.size() >= 2);
      List<ConsumerRecord<String, String>> ofReply =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(
                  () -> reader.recordsWithKey(reply.toString(), Duration.ofMillis(500)),
                  r -> r.size() >= 2);
      assertEquals(
          List.of("eu.cohesion.question.asked", "eu.cohesion.question.answered"),
          types(ofQuestion));
      assertEquals(List.of("eu.cohesion.post.hidden", "eu.cohesion.post.restored"), types(ofReply));

      for (ConsumerRecord<String, String> each :
          Stream.concat(ofQuestion.stream(), ofReply.stream()).toList()) {
        assertEquals(
            List.of(),
            EventCatalogue.load().violations("practice-events", each.value()),
            "AsyncAPI");
        String value = each.value();
        for (String secret : List.of("Secret", "network-admin-events", "member-", "coordinator-")) {
          assertEquals(false, value.contains(secret), secret + " in " + value);
        }
      }
      JsonNode asked = json.readTree(ofQuestion.get(0).value()).get("data");
      assertEquals(question.toString(), asked.get("questionId").asText());
      assertEquals(practice.toString(), asked.get("practiceId").asText());
      assertEquals("jelgava", asked.get("practiceCity").asText());
      assertEquals("celje", asked.get("askerCity").asText());
      JsonNode answered = json.readTree(ofQuestion.get(1).value()).get("data");
      assertEquals(reply.toString(), answered.get("answerId").asText());
      JsonNode hidden = json.readTree(ofReply.get(0).value()).get("data");
      assertEquals(Set.of("postId", "practiceId", "kind", "moderatedAt"), fieldNames(hidden));
      assertEquals("REPLY", hidden.get("kind").asText());
    }
  }

  private static void moderate(UUID post, String step, String ifMatch, String reason) {
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(Map.of("reason", reason))
        .when()
        .post("/posts/{id}/" + step, post)
        .then()
        .statusCode(200);
  }

  private List<String> types(List<ConsumerRecord<String, String>> records) throws Exception {
    List<String> types = new ArrayList<>();
    for (ConsumerRecord<String, String> record : records) {
      types.add(json.readTree(record.value()).get("type").asText());
    }
    return types;
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
