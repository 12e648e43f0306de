package eu.cohesion.initiative.messaging;

import eu.cohesion.contracts.EventCatalogue;
import eu.cohesion.localstack.testing.LocalStackTestResource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes to panel-events the way panel-service does: structured CloudEvents, keyed by panel. */
final class PanelEventsPublisher implements AutoCloseable {

  static final String TOPIC = "panel-events";

  private static final EventCatalogue CATALOGUE = EventCatalogue.load();

  private final KafkaProducer<String, String> producer =
      new KafkaProducer<>(
          Map.of(
              ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
              LocalStackTestResource.stack().kafka().bootstrapServers(),
              ProducerConfig.ACKS_CONFIG,
              "all"),
          new StringSerializer(),
          new StringSerializer());

  /**
   * A panel.created exactly as the catalogue declares it, so the test feeds what panel-service
   * sends.
   */
  void panelCreated(String eventId, UUID panelId, String city, String name) {
    String event =
        cloudEvent(
            eventId,
            "eu.cohesion.panel.created",
            panelId,
            "{\"panelId\":\"%s\",\"city\":\"%s\",\"name\":\"%s\"}".formatted(panelId, city, name));
    List<String> violations = CATALOGUE.violations(TOPIC, event);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("the test's own event breaks the contract: " + violations);
    }
    send(panelId.toString(), event);
  }

  /** A person.erased exactly as the catalogue declares it. */
  void personErased(String eventId, UUID panelId, UUID keycloakUserId, List<UUID> memberIds) {
    String event =
        cloudEvent(
            eventId,
            "eu.cohesion.person.erased",
            panelId,
            "{\"panelId\":\"%s\",\"keycloakUserId\":%s,\"memberIds\":[%s],\"erasedAt\":\"%s\"}"
                .formatted(
                    panelId,
                    keycloakUserId == null ? "null" : "\"" + keycloakUserId + "\"",
                    memberIds.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")),
                    Instant.now()));
    List<String> violations = CATALOGUE.violations(TOPIC, event);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("the test's own event breaks the contract: " + violations);
    }
    send(panelId.toString(), event);
  }

  /** A member-joined, -changed or -left exactly as the catalogue declares it. */
  void memberEvent(
      String eventId,
      String fact,
      UUID panelId,
      UUID memberId,
      String city,
      UUID keycloakUserId,
      String category) {
    String data =
        "{\"panelId\":\"%s\",\"memberId\":\"%s\",\"city\":\"%s\",\"keycloakUserId\":%s,"
                .formatted(
                    panelId,
                    memberId,
                    city,
                    keycloakUserId == null ? "null" : "\"" + keycloakUserId + "\"")
            + "\"stakeholderCategory\":\"%s\",\"role\":\"MEMBER\"".formatted(category)
            + (fact.equals("member-left") ? ",\"leftAt\":\"" + Instant.now() + "\"}" : "}");
    String event = cloudEvent(eventId, "eu.cohesion.panel." + fact, panelId, data);
    List<String> violations = CATALOGUE.violations(TOPIC, event);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("the test's own event breaks the contract: " + violations);
    }
    send(panelId.toString(), event);
  }

  static String cloudEvent(String eventId, String type, UUID subject, String data) {
    return """
        {"specversion":"1.0","id":"%s","source":"/panel-service","type":"%s","subject":"%s",\
        "time":"%s","datacontenttype":"application/json","data":%s}"""
        .formatted(eventId, type, subject, Instant.now(), data);
  }

  /** Waits for the broker's ack, so that the record is on the topic when this returns. */
  RecordMetadata send(String key, String value) {
    ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key, value);
    record
        .headers()
        .add(
            "content-type",
            "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
    try {
      return producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("could not publish to " + TOPIC, e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
