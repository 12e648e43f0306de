package eu.cohesion.practice.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.contracts.EventCatalogue;
import eu.cohesion.localstack.testing.TopicReader;
import eu.cohesion.practice.Findings;
import eu.cohesion.practice.Unique;
import eu.cohesion.practice.domain.finding.Citation;
import eu.cohesion.practice.domain.finding.CommonFinding;
import eu.cohesion.practice.domain.finding.FindingContent;
import eu.cohesion.practice.service.finding.FindingCatalogue;
import eu.cohesion.practice.service.finding.FindingWriting;
import eu.cohesion.practice.service.finding.RecommendationWriting;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A finding's and a recommendation's life on practice-events, as real Kafka records: each fact
 * once, in order, as the AsyncAPI contract describes it, with ids and facts only (no text, no
 * person).
 */
@QuarkusTest
class FindingEventsTest {

  @Inject Findings findings;
  @Inject FindingWriting writing;
  @Inject FindingCatalogue catalogue;
  @Inject RecommendationWriting recommendations;
  @Inject ObjectMapper json;

  @Test
  void publishedRevisedWithdrawnEndorsedReachTheTopic() throws Exception {
    UUID finding = findings.published(Unique.text("Events"));
    CommonFinding published = catalogue.get(Findings.ADMIN, finding);
    List<Citation> evidence = published.evidence();
    writing.revise(
        Findings.ADMIN,
        finding,
        1L,
        new FindingContent("en", "Events, revised", null, List.of(), List.of("11.3"), evidence));

    UUID recommendation = findings.recommendation(Findings.ADMIN, "Act", List.of(finding));
    recommendations.publish(Findings.ADMIN, recommendation, 0L);
    recommendations.endorse(Findings.coordinator("celje"), recommendation, "celje");
    recommendations.withdrawEndorsement(Findings.coordinator("celje"), recommendation, "celje");
    recommendations.withdraw(Findings.ADMIN, recommendation, 1L, "Superseded");
    writing.withdraw(Findings.ADMIN, finding, 2L, "Misread");

    List<JsonNode> findingEvents =
        read(
            finding,
            List.of(
                "eu.cohesion.finding.published",
                "eu.cohesion.finding.revised",
                "eu.cohesion.finding.withdrawn"));
    JsonNode publishedData = findingEvents.get(0).get("data");
    assertEquals(List.of("celje", "tartu"), strings(publishedData.get("towns")));
    assertEquals(1, publishedData.get("revision").asInt());
    assertFalse(publishedData.has("statement"), "ids and facts only: the text stays");
    assertEquals(2, findingEvents.get(1).get("data").get("revision").asInt());
    assertEquals(2, findingEvents.get(2).get("data").size(), "the reason stays with it");

    List<JsonNode> recommendationEvents =
        read(
            recommendation,
            List.of(
                "eu.cohesion.recommendation.published",
                "eu.cohesion.recommendation.endorsed",
                "eu.cohesion.recommendation.endorsed",
                "eu.cohesion.recommendation.withdrawn"));
    JsonNode recommended = recommendationEvents.get(0).get("data");
    assertEquals("LOCAL_AUTHORITIES", recommended.get("audience").asText());
    assertEquals(List.of(finding.toString()), strings(recommended.get("findingIds")));
    assertEquals("celje", recommendationEvents.get(1).get("data").get("city").asText());
    assertEquals(true, recommendationEvents.get(1).get("data").get("endorsed").asBoolean());
    assertEquals(false, recommendationEvents.get(2).get("data").get("endorsed").asBoolean());
  }

  private List<JsonNode> read(UUID key, List<String> expected) throws Exception {
    try (TopicReader reader = new TopicReader("practice-events")) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> reader.recordsWithKey(key.toString(), Duration.ofMillis(500)),
              r -> r.size() >= expected.size());
      List<ConsumerRecord<String, String>> records =
          reader.recordsWithKey(key.toString(), Duration.ofSeconds(2));
      List<String> types = new ArrayList<>();
      List<JsonNode> events = new ArrayList<>();
      for (ConsumerRecord<String, String> each : records) {
        assertEquals(
            List.of(),
            EventCatalogue.load().violations("practice-events", each.value()),
            "AsyncAPI");
        JsonNode event = json.readTree(each.value());
        assertEquals(key.toString(), event.get("subject").asText());
        types.add(event.get("type").asText());
        events.add(event);
      }
      assertEquals(expected, types, "each fact once, in order");
      return events;
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
