package eu.cohesion.initiative.messaging;

import eu.cohesion.localstack.testing.LocalStackTestResource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes the review facts to initiative-events as the review rounds publish them through the
 * outbox: structured CloudEvents keyed by the initiative, with exactly the fields agreed with the
 * reviews feature.
 */
public final class InitiativeEventsPublisher implements AutoCloseable {

  static final String TOPIC = "initiative-events";

  private final KafkaProducer<String, String> producer =
      new KafkaProducer<>(
          Map.of(
              ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
              LocalStackTestResource.stack().kafka().bootstrapServers(),
              ProducerConfig.ACKS_CONFIG,
              "all"),
          new StringSerializer(),
          new StringSerializer());

  public void roundOpened(
      String eventId,
      UUID roundId,
      UUID initiativeId,
      String city,
      List<String> eligibleReviewerIds,
      Instant closesAt) {
    send(
        initiativeId,
        eventId,
        "eu.cohesion.review-round.opened",
        "{\"roundId\":\"%s\",\"initiativeId\":\"%s\",\"panelId\":\"%s\",\"city\":\"%s\",\"eligibleReviewerIds\":[%s],\"closesAt\":\"%s\"}"
            .formatted(
                roundId,
                initiativeId,
                UUID.randomUUID(),
                city,
                eligibleReviewerIds.stream()
                    .map(id -> "\"" + id + "\"")
                    .collect(Collectors.joining(",")),
                closesAt));
  }

  public void quorumAtRisk(
      String eventId, UUID roundId, UUID initiativeId, String city, Instant closesAt) {
    send(
        initiativeId,
        eventId,
        "eu.cohesion.review-round.quorum-at-risk",
        "{\"roundId\":\"%s\",\"initiativeId\":\"%s\",\"city\":\"%s\",\"closesAt\":\"%s\"}"
            .formatted(roundId, initiativeId, city, closesAt));
  }

  public void reviewDue(String eventId, UUID initiativeId, String city, LocalDate reviewAgainOn) {
    send(
        initiativeId,
        eventId,
        "eu.cohesion.initiative.review-due",
        "{\"initiativeId\":\"%s\",\"panelId\":\"%s\",\"city\":\"%s\",\"reviewAgainOn\":\"%s\"}"
            .formatted(initiativeId, UUID.randomUUID(), city, reviewAgainOn));
  }

  /** A record as it arrives, for poison cases: waits for the broker's ack. */
  public void sendRaw(UUID key, String value) {
    ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key.toString(), value);
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

  private void send(UUID initiativeId, String eventId, String type, String data) {
    sendRaw(
        initiativeId,
        """
        {"specversion":"1.0","id":"%s","source":"/initiative-service","type":"%s","subject":"%s",\
        "time":"%s","datacontenttype":"application/json","data":%s}"""
            .formatted(eventId, type, initiativeId, Instant.now(), data));
  }

  @Override
  public void close() {
    producer.close();
  }
}
