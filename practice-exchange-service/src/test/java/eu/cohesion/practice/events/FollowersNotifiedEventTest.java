package eu.cohesion.practice.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.contracts.EventCatalogue;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.kit.vocabulary.Theme;
import eu.cohesion.localstack.testing.TopicReader;
import eu.cohesion.practice.Discussions;
import eu.cohesion.practice.Practices;
import eu.cohesion.practice.Unique;
import eu.cohesion.practice.domain.PracticeProfile;
import eu.cohesion.practice.domain.ValidationStep;
import eu.cohesion.practice.domain.discussion.PostKind;
import eu.cohesion.practice.service.PracticeEditing;
import eu.cohesion.practice.service.PracticeValidation;
import eu.cohesion.practice.service.discussion.AnswerMarking;
import eu.cohesion.practice.service.follow.Following;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A publication, a revision and an answer put one eu.cohesion.practice.followers-notified on
 * practice-events, in the contract, naming whom to tell: never the actor, each once.
 */
@QuarkusTest
class FollowersNotifiedEventTest {

  private static final Actor ADMIN = new Actor("fixture-admin", Set.of(Role.NETWORK_ADMIN), null);

  @Inject Practices practices;
  @Inject Discussions discussions;
  @Inject Following following;
  @Inject PracticeEditing editing;
  @Inject PracticeValidation validation;
  @Inject AnswerMarking answers;
  @Inject ObjectMapper json;

  @Test
  void aRevisionTellsThePracticesFollowersButNotTheReviser() throws Exception {
    UUID practice = practices.published("celje", Unique.text("Followed"));
    Actor member = Discussions.member("delft");
    following.followPractice(member, practice);
    following.followPractice(member, practice);
    following.followPractice(ADMIN, practice);

    practices.revise(practice, 3L, Practices.completeText("Followed, revised"));

    JsonNode data = notice(practice, 1);
    assertEquals(practice.toString(), data.get("practiceId").asText());
    assertEquals("celje", data.get("city").asText());
    assertEquals("REVISED", data.get("reason").asText());
    assertEquals(List.of(member.subject()), ids(data));
    assertEquals(5, data.size(), "ids and facts only");
  }

  @Test
  void aPublicationTellsTheFollowersOfItsThemes() throws Exception {
    Actor housing = Discussions.member("tartu");
    Actor both = Discussions.coordinator("delft");
    Actor health = Discussions.member("celje");
    following.followTheme(housing, Theme.HOUSING);
    following.followTheme(both, Theme.HOUSING);
    following.followTheme(both, Theme.EMPLOYMENT);
    following.followTheme(health, Theme.HEALTH);
    UUID practice = practices.complete("jelgava", Unique.text("Themed"));
    editing.classify(
        ADMIN,
        practice,
        1L,
        new PracticeProfile(
            "en", List.of(Theme.HOUSING, Theme.EMPLOYMENT), List.of(), List.of(), null));
    practices.submit(practice, 2L);
    validation.take(ADMIN, practice, 3L, ValidationStep.PUBLISHED, null);

    JsonNode data = notice(practice, 1);
    assertEquals("PUBLISHED", data.get("reason").asText());
    List<String> recipients = ids(data);
    assertEquals(2, recipients.size(), recipients.toString());
    assertEquals(Set.of(housing.subject(), both.subject()), Set.copyOf(recipients));
  }

  @Test
  void anAnswerTellsTheFollowersAndTheAskerButNotWhoMarkedIt() throws Exception {
    UUID practice = practices.published("esbjerg", Unique.text("Asked"));
    Actor asker = Discussions.member("delft");
    Actor follower = Discussions.member("tartu");
    Actor town = new Actor("coordinator-esbjerg-marks", Set.of(Role.CITY_COORDINATOR), "esbjerg");
    following.followPractice(follower, practice);
    following.followPractice(asker, practice);
    following.followPractice(town, practice);
    UUID question = discussions.question(asker, practice, "How many volunteers?");
    UUID reply = discussions.reply(town, practice, question, PostKind.QUESTION, "Twelve.");
    answers.mark(town, practice, question, 0L, reply);

    JsonNode data = notice(practice, 1);
    assertEquals("ANSWERED", data.get("reason").asText());
    assertEquals(List.of(follower.subject(), asker.subject()), ids(data));
  }

  /**
   * The practice's followers-notified records, checked against the contract; the last one's data.
   */
  private JsonNode notice(UUID practice, int expected) throws Exception {
    try (TopicReader reader = new TopicReader("practice-events")) {
      List<ConsumerRecord<String, String>> notices =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(
                  () -> notices(reader.recordsWithKey(practice.toString(), Duration.ofMillis(500))),
                  r -> r.size() >= expected);
      assertEquals(expected, notices.size());
      ConsumerRecord<String, String> record = notices.get(notices.size() - 1);
      assertEquals(
          List.of(),
          EventCatalogue.load().violations("practice-events", record.value()),
          "AsyncAPI");
      return json.readTree(record.value()).get("data");
    }
  }

  private List<ConsumerRecord<String, String>> notices(List<ConsumerRecord<String, String>> all)
      throws Exception {
    List<ConsumerRecord<String, String>> notices = new ArrayList<>();
    for (ConsumerRecord<String, String> record : all) {
      if (FollowersNotified.TYPE.equals(json.readTree(record.value()).get("type").asText())) {
        notices.add(record);
      }
    }
    return notices;
  }

  private static List<String> ids(JsonNode data) {
    List<String> ids = new ArrayList<>();
    data.get("recipientIds").forEach(id -> ids.add(id.asText()));
    return ids;
  }
}
