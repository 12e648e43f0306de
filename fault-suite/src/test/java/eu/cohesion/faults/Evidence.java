package eu.cohesion.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the fault tests read to judge a run: counts and ids in the services' databases, the records
 * of a topic from its beginning to its end, and waiting for a condition to become true.
 */
final class Evidence {

  /** How long the effects may take to arrive once the last fault is over. */
  static final Duration SETTLE = Duration.ofSeconds(90);

  // panel-service's outbox and members, initiative-service's read model of them.
  static final String UNPUBLISHED = "select count(*) from outbox_event where published_at is null";
  static final String PRODUCED_OF_TYPE = "select count(*) from outbox_event where type = ?";
  static final String MEMBERS = "select count(*) from panel_member where panel_id = ?";
  static final String KNOWN_MEMBERS = "select count(*) from known_panel_member where panel_id = ?";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Evidence() {}

  /** One record of a topic: its key (the aggregate), its CloudEvent id, where it is. */
  record Record(String key, String id, int partition, long offset) {}

  /**
   * panel-service's events as produced (its outbox, in order), applied (initiative-service's inbox)
   * and on the topic: what every fault test compares.
   */
  record Delivery(List<String> producedInOrder, Set<String> applied, List<Record> onTheTopic) {

    static Delivery read(
        Callable<Connection> panelDb, Callable<Connection> initiativeDb, String bootstrapServers)
        throws Exception {
      return new Delivery(
          column(panelDb, "select id::text from outbox_event order by seq"),
          ids(
              initiativeDb,
              "select event_id from processed_event where type like 'eu.cohesion.panel.%'"),
          records(bootstrapServers, "panel-events"));
    }

    Set<String> produced() {
      return new HashSet<>(producedInOrder);
    }

    /** Produced but never applied. */
    Set<String> lost() {
      Set<String> lost = produced();
      lost.removeAll(applied);
      return lost;
    }

    /** Applied but never produced. */
    Set<String> unknown() {
      Set<String> unknown = new HashSet<>(applied);
      unknown.removeAll(produced());
      return unknown;
    }

    /** The counts, for the suite's {@code fault-suite:} lines. */
    String counts() {
      return String.format(
          "%d events produced, %d applied, %d lost, %d applied without being produced, %d"
              + " duplicate records on the topic (absorbed by the inbox)",
          producedInOrder.size(),
          applied.size(),
          lost().size(),
          unknown().size(),
          duplicatesOnTopic());
    }

    /** Every event produced reached the topic and was applied; nothing else was applied. */
    void assertExactlyOnce() {
      assertEquals(Set.of(), lost(), "events never applied by initiative-service");
      assertEquals(Set.of(), unknown(), "events applied that panel-service never produced");
      assertEquals(produced(), countById(onTheTopic).keySet(), "every outbox row on the topic");
    }

    /**
     * Records on the topic beyond the first of each event (sends retried; the inbox skips them).
     */
    int duplicatesOnTopic() {
      return countById(onTheTopic).values().stream().mapToInt(n -> n - 1).sum();
    }
  }

  /** A count; -1 while the database cannot be reached (it may be restarting). */
  static long count(Callable<Connection> database, String sql, Object parameter) {
    try (Connection connection = database.call();
        PreparedStatement query = connection.prepareStatement(sql)) {
      if (parameter != null) {
        query.setObject(1, parameter);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (Exception e) {
      return -1;
    }
  }

  /** The first column of every row, in the query's order. */
  static List<String> column(Callable<Connection> database, String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection connection = database.call();
        PreparedStatement query = connection.prepareStatement(sql);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
    return values;
  }

  static Set<String> ids(Callable<Connection> database, String sql) throws Exception {
    return new HashSet<>(column(database, sql));
  }

  /**
   * Every record of the topic, read from the beginning to the end, in offset order per partition.
   */
  static List<Record> records(String bootstrapServers, String topic) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    List<Record> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        assertTrue(Instant.now().isBefore(deadline), "the topic could not be read to its end");
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          records.add(
              new Record(
                  record.key(),
                  JSON.readTree(record.value()).get("id").asText(),
                  record.partition(),
                  record.offset()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /** How often each CloudEvent id is on the topic. */
  static Map<String, Integer> countById(List<Record> records) {
    Map<String, Integer> byId = new HashMap<>();
    records.forEach(r -> byId.merge(r.id(), 1, Integer::sum));
    return byId;
  }

  static void awaitTrue(String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(SETTLE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(what + ": not within " + SETTLE.toSeconds() + " s");
      }
      Workload.sleep(Duration.ofMillis(200));
    }
  }

  static Duration since(Instant start) {
    return Duration.between(start, Instant.now());
  }
}
