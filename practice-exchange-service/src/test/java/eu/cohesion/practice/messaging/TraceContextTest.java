package eu.cohesion.practice.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cohesion.localstack.testing.TopicReader;
import eu.cohesion.practice.InitiativeEvents;
import eu.cohesion.practice.Practices;
import eu.cohesion.practice.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A trace follows a change through the outbox and Kafka into the consumer and on: the CloudEvent
 * carries the W3C traceparent of the span that appended it, and what the consumer appends in turn
 * belongs to the same trace (operators follow one request across the services in their tracing
 * backend, docs/operations.md). The traces are unsampled (flags 00), as by default: the context
 * travels whether or not anything is recorded, and no span is exported to a collector that is not
 * there.
 */
@QuarkusTest
class TraceContextTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Inject InitiativeEvents events;
  @Inject Practices practices;
  @Inject TestDatabase db;
  @Inject ObjectMapper json;

  @Test
  void theEventsAConsumerAppendsContinueTheTraceOfTheEventItConsumed() throws Exception {
    String traceId = randomHex(16);
    String parentSpanId = randomHex(8);
    UUID initiativeId = UUID.randomUUID();
    ObjectNode concluded =
        (ObjectNode)
            json.readTree(events.concluded(initiativeId, "jelgava", "ADOPTED", "Traced buddies"));
    concluded.put("traceparent", "00-" + traceId + "-" + parentSpanId + "-00");
    events.send(initiativeId, json.writeValueAsString(concluded));

    UUID practiceId =
        await()
            .atMost(PATIENCE)
            .until(() -> db.practiceFor(initiativeId), Optional::isPresent)
            .orElseThrow();
    String[] drafted = traceparentOf(practiceId, "eu.cohesion.practice.drafted");
    assertEquals(traceId, drafted[1], "the drafted event belongs to the conclusion's trace");
    assertNotEquals(
        parentSpanId, drafted[2], "its parent is the consumer's own span, not the producer's");
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aRequestsTraceReachesTheEventItAppends() throws Exception {
    UUID practiceId = practices.submitted("kranj", "Traced tandem");
    String traceId = randomHex(16);

    given()
        .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-00")
        .header("If-Match", "\"2\"")
        .when()
        .post("/practices/{id}/publish", practiceId)
        .then()
        .statusCode(200);

    assertEquals(traceId, traceparentOf(practiceId, "eu.cohesion.practice.published")[1]);
  }

  /** ["00", trace id, span id, flags] of the one event of {@code type} about the practice. */
  private String[] traceparentOf(UUID practiceId, String type) throws Exception {
    try (TopicReader reader = new TopicReader("practice-events")) {
      List<ConsumerRecord<String, String>> records =
          await()
              .atMost(PATIENCE)
              .until(
                  () -> reader.recordsWithKey(practiceId.toString(), Duration.ofMillis(500)),
                  found -> found.stream().anyMatch(r -> r.value().contains(type)));
      JsonNode event =
          json.readTree(
              records.stream()
                  .filter(r -> r.value().contains(type))
                  .findFirst()
                  .orElseThrow()
                  .value());
      assertTrue(event.path("traceparent").isTextual(), type + " carries a traceparent");
      String[] parts = event.get("traceparent").asText().split("-");
      assertEquals(4, parts.length, "a W3C traceparent: version-traceid-spanid-flags");
      return parts;
    }
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }
}
