package eu.cohesion.initiative.messaging;

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
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes practice facts to practice-events as practice-exchange-service's outbox does:
 * structured CloudEvents keyed by the practice or the transfer, with the contract's fields.
 */
final class PracticeEventsPublisher implements AutoCloseable {

  private static final String TOPIC = "practice-events";

  private final KafkaProducer<String, String> producer =
      new KafkaProducer<>(
          Map.of(
              ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
              LocalStackTestResource.stack().kafka().bootstrapServers(),
              ProducerConfig.ACKS_CONFIG,
              "all"),
          new StringSerializer(),
          new StringSerializer());

  void followersNotified(
      String eventId, UUID practiceId, String city, String reason, List<String> recipientIds) {
    send(
        practiceId,
        eventId,
        "eu.cohesion.practice.followers-notified",
        "{\"practiceId\":\"%s\",\"city\":\"%s\",\"reason\":\"%s\",\"recipientIds\":[%s],\"occurredAt\":\"%s\"}"
            .formatted(
                practiceId,
                city,
                reason,
                recipientIds.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")),
                Instant.now()));
  }

  void transferChanged(
      String eventId, UUID transferId, String sourceCity, String city, String change) {
    send(
        transferId,
        eventId,
        "eu.cohesion.transfer.changed",
        ("{\"transferId\":\"%s\",\"practiceId\":\"%s\",\"sourceCity\":\"%s\",\"city\":\"%s\","
                + "\"status\":\"INTERESTED\",\"change\":\"%s\",\"initiativeId\":null,"
                + "\"answered\":false,\"changedAt\":\"%s\"}")
            .formatted(transferId, UUID.randomUUID(), sourceCity, city, change, Instant.now()));
  }

  private void send(UUID key, String eventId, String type, String data) {
    ProducerRecord<String, String> record =
        new ProducerRecord<>(
            TOPIC,
            key.toString(),
            """
            {"specversion":"1.0","id":"%s","source":"/practice-exchange-service","type":"%s",\
            "subject":"%s","time":"%s","datacontenttype":"application/json","data":%s}"""
                .formatted(eventId, type, key, Instant.now(), data));
    record
        .headers()
        .add(
            "content-type",
            "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
    try {
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("could not publish to " + TOPIC, e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
