package eu.cohesion.kit.messaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.cohesion.localstack.LocalStack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The replay against a real broker: what a dead-letter topic holds goes back where it came from.
 */
class DlqReplayTest {

  private static LocalStack stack;

  @BeforeAll
  static void startKafka() {
    stack = LocalStack.builder().withKafka().start();
  }

  @AfterAll
  static void stopKafka() {
    stack.close();
  }

  @Test
  void republishesEachDeadLetterWithItsKeyValueAndHeadersOnceAcrossRuns() {
    String topic = singlePartitionTopics();
    String dlq = topic + "-dlq";
    deadLetter(dlq, topic, "key-1", "{\"first\":true}");
    deadLetter(dlq, topic, "key-2", "not json at all");

    assertEquals(2, DlqReplay.replay(options(dlq, false, OptionalLong.empty()), quiet()));

    List<ConsumerRecord<String, String>> replayed = readAll(topic, 2);
    assertEquals(List.of("key-1", "key-2"), replayed.stream().map(ConsumerRecord::key).toList());
    assertEquals(
        List.of("{\"first\":true}", "not json at all"),
        replayed.stream().map(ConsumerRecord::value).toList());
    ConsumerRecord<String, String> first = replayed.get(0);
    assertArrayEquals(
        "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8),
        first.headers().lastHeader("content-type").value());
    assertNull(first.headers().lastHeader("dead-letter-reason"));
    assertNull(first.headers().lastHeader(PoisonOnlyDeadLetterQueue.REASON_HEADER));

    // The group's offsets moved on: a second run replays only what was dead-lettered since.
    assertEquals(0, DlqReplay.replay(options(dlq, false, OptionalLong.empty()), quiet()));
    deadLetter(dlq, topic, "key-3", "{\"third\":true}");
    assertEquals(1, DlqReplay.replay(options(dlq, false, OptionalLong.empty()), quiet()));
    assertEquals(3, readAll(topic, 3).size());
  }

  @Test
  void aDryRunListsWithoutRepublishingOrMovingTheGroup() {
    String topic = singlePartitionTopics();
    String dlq = topic + "-dlq";
    deadLetter(dlq, topic, "key-1", "{}");
    ByteArrayOutputStream listing = new ByteArrayOutputStream();

    int listed =
        DlqReplay.replay(
            options(dlq, true, OptionalLong.empty()),
            new PrintStream(listing, true, StandardCharsets.UTF_8));

    assertEquals(1, listed);
    String line = listing.toString(StandardCharsets.UTF_8);
    assertEquals(
        dlq + "-0@0 key=key-1 -> " + topic + " (was " + topic + "-0@41) reason: invalid-data: x",
        line.strip());
    assertEquals(0, readAll(topic, 0).size());
    assertEquals(1, DlqReplay.replay(options(dlq, false, OptionalLong.empty()), quiet()));
  }

  @Test
  void fromAGivenOffsetItReplaysAgainWhatWasReplayedBefore() {
    String topic = singlePartitionTopics();
    String dlq = topic + "-dlq";
    deadLetter(dlq, topic, "key-1", "{\"n\":1}");
    deadLetter(dlq, topic, "key-2", "{\"n\":2}");
    assertEquals(2, DlqReplay.replay(options(dlq, false, OptionalLong.empty()), quiet()));

    assertEquals(1, DlqReplay.replay(options(dlq, false, OptionalLong.of(1)), quiet()));
    List<ConsumerRecord<String, String>> replayed = readAll(topic, 3);
    assertEquals("key-2", replayed.get(2).key());
  }

  @Test
  void readsItsOptionsFromTheCommandLine() {
    DlqReplay.Options options =
        DlqReplay.Options.parse("--dlq", "panel-events-dlq", "--dry-run", "--from-offset", "7");
    assertEquals("127.0.0.1:19092", options.bootstrapServers());
    assertEquals("dlq-replay-panel-events-dlq", options.group());
    assertEquals(true, options.dryRun());
    assertEquals(OptionalLong.of(7), options.fromOffset());
  }

  /** A fresh topic and its dead-letter topic, one partition each so that the order is total. */
  private static String singlePartitionTopics() {
    String topic = "things-" + UUID.randomUUID();
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()))) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(topic, 1, (short) 1), new NewTopic(topic + "-dlq", 1, (short) 1)))
          .all()
          .get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return topic;
  }

  private static DlqReplay.Options options(String dlq, boolean dryRun, OptionalLong fromOffset) {
    return new DlqReplay.Options(
        stack.kafka().bootstrapServers(), dlq, "replay-" + dlq, dryRun, fromOffset);
  }

  /** A record as the connector's dead-letter strategy writes it (see PoisonOnlyDeadLetterQueue). */
  private static void deadLetter(String dlq, String topic, String key, String value) {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()),
            new StringSerializer(),
            new StringSerializer())) {
      ProducerRecord<String, String> record = new ProducerRecord<>(dlq, key, value);
      header(record, "dead-letter-exception-class-name", PoisonEvent.class.getName());
      header(record, "dead-letter-reason", "invalid-data: x");
      header(record, "dead-letter-topic", topic);
      header(record, "dead-letter-partition", "0");
      header(record, "dead-letter-offset", "41");
      header(record, "content-type", "application/cloudevents+json; charset=UTF-8");
      header(record, PoisonOnlyDeadLetterQueue.REASON_HEADER, "invalid-data");
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void header(ProducerRecord<String, String> record, String key, String value) {
    record.headers().add(key, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Everything on the topic once {@code expected} records arrived (or after a few seconds). */
  private static List<ConsumerRecord<String, String>> readAll(String topic, int expected) {
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      List<ConsumerRecord<String, String>> records = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(expected == 0 ? 3 : 20).toNanos();
      while (System.nanoTime() < deadline && (expected == 0 || records.size() < expected)) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      return records;
    }
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
