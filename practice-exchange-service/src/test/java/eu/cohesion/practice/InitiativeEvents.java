package eu.cohesion.practice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.localstack.testing.LocalStackTestResource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays initiative-service: puts structured CloudEvents on {@code initiative-events} with a plain
 * Kafka producer, keyed by the initiative id as the contract says.
 */
@ApplicationScoped
public class InitiativeEvents {

  public static final String TOPIC = "initiative-events";
  public static final String CONCLUDED = "eu.cohesion.initiative.concluded";

  private final ObjectMapper json = new ObjectMapper();
  private KafkaProducer<String, String> producer;

  /** The CloudEvent of a conclusion, with a fresh event id. */
  public String concluded(UUID initiativeId, String city, String outcome, String title) {
    return concluded(UUID.randomUUID().toString(), initiativeId, city, outcome, title);
  }

  public String concluded(
      String eventId, UUID initiativeId, String city, String outcome, String title) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("initiativeId", initiativeId.toString());
    data.put("panelId", UUID.randomUUID().toString());
    data.put("city", city);
    data.put("title", title);
    data.put("summary", "Summary of " + title);
    data.put("outcome", outcome);
    data.put("conclusion", "Conclusion of " + title);
    data.put("concludedAt", Instant.now().toString());
    data.put("reviewAgainOn", null);
    data.put("reviewResults", null);
    return event(eventId, CONCLUDED, initiativeId, data);
  }

  /**
   * A conclusion carrying evidence: the review results of a round with two reviewers and one
   * indicator outcome, shaped as initiative-service (reviews) and the indicators feature send them.
   */
  public String concludedWithEvidence(UUID initiativeId, String city, String title) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("initiativeId", initiativeId.toString());
    data.put("panelId", UUID.randomUUID().toString());
    data.put("city", city);
    data.put("title", title);
    data.put("summary", "Summary of " + title);
    data.put("outcome", "ADOPTED");
    data.put("conclusion", "Conclusion of " + title);
    data.put("concludedAt", Instant.now().toString());
    data.put("reviewAgainOn", "2027-06-01");
    java.util.List<Object> criteria = new java.util.ArrayList<>();
    for (String criterion :
        java.util.List.of(
            "RELEVANCE", "EFFECTIVENESS", "INCLUSIVENESS", "SUSTAINABILITY", "TRANSFERABILITY")) {
      criteria.add(
          Map.of(
              "criterion",
              criterion,
              "mean",
              4.5,
              "distribution",
              java.util.List.of(0, 0, 0, 1, 1)));
    }
    data.put(
        "reviewResults",
        Map.of(
            "roundId",
            "8d0c2a52-6d8e-4b8e-9a57-1f0e1f2a3b4c",
            "eligible",
            3,
            "submitted",
            2,
            "criteria",
            criteria,
            "byPillar",
            java.util.List.of(
                Map.of(
                    "pillar",
                    "CITIZENS",
                    "reviews",
                    2,
                    "means",
                    java.util.List.of(Map.of("criterion", "RELEVANCE", "mean", 4.5))))));
    Map<String, Object> indicator = new LinkedHashMap<>();
    indicator.put("indicatorId", "5b7e3c1a-2f4d-4e6a-8b9c-0d1e2f3a4b5c");
    indicator.put("name", "Newcomers taking part");
    indicator.put("unit", "people");
    indicator.put("direction", "HIGHER_IS_BETTER");
    indicator.put("baseline", 10);
    indicator.put("target", 40);
    indicator.put("latestValue", 34);
    indicator.put("latestMeasuredOn", "2026-10-01");
    indicator.put("progressPercent", 80);
    indicator.put("targetMet", false);
    data.put("indicatorOutcomes", java.util.List.of(indicator));
    return event(UUID.randomUUID().toString(), CONCLUDED, initiativeId, data);
  }

  public String event(String eventId, String type, UUID subject, Map<String, Object> data) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("specversion", "1.0");
    event.put("id", eventId);
    event.put("source", "/initiative-service");
    event.put("type", type);
    event.put("subject", subject.toString());
    event.put("time", Instant.now().toString());
    event.put("datacontenttype", "application/json");
    event.put("data", data);
    try {
      return json.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sends one record and waits for the broker's ack. */
  public void send(UUID key, String value) {
    sendTo(TOPIC, key, value);
  }

  /** Sends one record to another topic (panel-events: eu.cohesion.person.erased). */
  public synchronized void sendTo(String topic, UUID key, String value) {
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, key.toString(), value);
    record
        .headers()
        .add(
            "content-type",
            "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
    try {
      producer().send(record).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not publish to " + topic, e);
    }
  }

  private KafkaProducer<String, String> producer() {
    if (producer == null) {
      producer =
          new KafkaProducer<>(
              Map.of(
                  ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                  LocalStackTestResource.stack().kafka().bootstrapServers(),
                  ProducerConfig.ACKS_CONFIG,
                  "all"),
              new StringSerializer(),
              new StringSerializer());
    }
    return producer;
  }

  @PreDestroy
  synchronized void close() {
    if (producer != null) {
      producer.close();
    }
  }
}
