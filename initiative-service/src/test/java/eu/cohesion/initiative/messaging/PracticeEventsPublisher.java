package eu.cohesion.initiative.messaging;

import eu.cohesion.localstack.testing.LocalStackTestResource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes eu.cohesion.transfer.changed to practice-events as practice-exchange-service does
 * through its outbox: structured CloudEvents keyed by the transfer, with the fields of
 * contracts/asyncapi.yaml.
 */
public final class PracticeEventsPublisher implements AutoCloseable {

  static final String TOPIC = "practice-events";

  private final KafkaProducer<String, String> producer =
      new KafkaProducer<>(
          Map.of(
              ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
              LocalStackTestResource.stack().kafka().bootstrapServers(),
              ProducerConfig.ACKS_CONFIG,
              "all"),
          new StringSerializer(),
          new StringSerializer());

  /** A transfer step; {@code initiativeId} null before ADAPTING. */
  public void transferChanged(
      String eventId,
      UUID transferId,
      UUID practiceId,
      String sourceCity,
      String city,
      String status,
      String change,
      UUID initiativeId) {
    String data =
        """
        {"transferId":"%s","practiceId":"%s","sourceCity":"%s","city":"%s","status":"%s",\
        "change":"%s","initiativeId":%s,"answered":false,"changedAt":"%s"}"""
            .formatted(
                transferId,
                practiceId,
                sourceCity,
                city,
                status,
                change,
                initiativeId == null ? "null" : "\"" + initiativeId + "\"",
                Instant.now());
    sendRaw(
        transferId,
        """
        {"specversion":"1.0","id":"%s","source":"/practice-exchange-service",\
        "type":"eu.cohesion.transfer.changed","subject":"%s","time":"%s",\
        "datacontenttype":"application/json","data":%s}"""
            .formatted(eventId, transferId, Instant.now(), data));
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

  @Override
  public void close() {
    producer.close();
  }
}
