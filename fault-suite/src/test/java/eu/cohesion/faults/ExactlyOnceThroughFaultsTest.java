package eu.cohesion.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A cross-service workload (a coordinator adds members to a panel in panel-service; each
 * member-joined event reaches initiative-service's read model through Kafka) while the broker is
 * killed with SIGKILL and restarted, the consumer service is killed with SIGKILL and restarted, and
 * PostgreSQL is restarted. Afterwards every member exists once, every event of panel-service's
 * outbox was published and applied exactly once by the consumer, no outbox row is stuck, and no
 * request was answered with a 500.
 */
@ExtendWith(FaultPlatform.class)
class ExactlyOnceThroughFaultsTest {

  private static final int OPERATIONS = 300;

  /** Pace of the workload, so that each fault meets requests in flight. */
  private static final Duration PACE = Duration.ofMillis(60);

  /** How long the effects may take to arrive once the last fault is over. */
  private static final Duration SETTLE = Duration.ofSeconds(90);

  // Written by the fault thread, read by the test's after the fault's join.
  private final Map<String, Duration> measured = new ConcurrentHashMap<>();
  private final List<String> groupAfterRestart = new CopyOnWriteArrayList<>();

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void everyEffectHappensExactlyOnceThroughKafkaConsumerAndDatabaseFaults(
      FaultPlatform.Running platform) throws Exception {
    Workload coordinator = new Workload(platform, "coordinator-mechelen");
    HttpResponse<String> created =
        coordinator.create(
            "/panels", Map.of("city", "mechelen", "name", "Fault suite " + UUID.randomUUID()));
    assertEquals(201, created.statusCode(), created.body());
    UUID panel = UUID.fromString(platform.read(created.body()).get("id").asText());

    Deque<Fault> faults = new ArrayDeque<>(faults(platform));
    CompletableFuture<Void> running = CompletableFuture.completedFuture(null);
    Set<String> members = new HashSet<>();
    int operation = 0;
    while (operation < OPERATIONS || !faults.isEmpty() || !running.isDone()) {
      if (running.isDone() && !faults.isEmpty() && operation >= faults.peek().afterOperation()) {
        running.join();
        running = CompletableFuture.runAsync(faults.poll().action());
      }
      HttpResponse<String> added =
          coordinator.create(
              "/panels/" + panel + "/members",
              Map.of(
                  "displayName",
                  "Member " + operation,
                  "stakeholderCategory",
                  operation % 2 == 0 ? "CITIZEN" : "EXPERT",
                  "consentRecorded",
                  false));
      assertEquals(201, added.statusCode(), added.body());
      members.add(platform.read(added.body()).get("id").asText());
      operation++;
      Workload.sleep(PACE);
    }
    running.join();
    Instant workloadEnded = Instant.now();

    // Nothing stuck: panel-service's outbox drains, initiative-service's read model fills.
    awaitTrue(
        "panel-service's outbox drains", () -> count(platform, "panel", UNPUBLISHED, null) == 0);
    measured.put("outbox drained after the workload", since(workloadEnded));
    awaitTrue(
        "initiative-service knows every member",
        () -> count(platform, "initiative", KNOWN_MEMBERS, panel) == members.size());
    measured.put("consumer caught up after the workload", since(workloadEnded));

    Set<String> produced = ids(platform, "panel", "select id::text from outbox_event");
    Set<String> applied =
        ids(
            platform,
            "initiative",
            "select event_id from processed_event where type like 'eu.cohesion.panel.%'");
    Map<String, Integer> onTheTopic = recordsById(platform, "panel-events");
    int duplicatesOnTopic =
        onTheTopic.values().stream().mapToInt(n -> n - 1).filter(n -> n > 0).sum();
    Set<String> lost = new HashSet<>(produced);
    lost.removeAll(applied);
    Set<String> unknown = new HashSet<>(applied);
    unknown.removeAll(produced);

    System.out.printf(
        "fault-suite: 1 panel and %d members created, answers by status %s; %d events produced, %d applied, %d"
            + " lost, %d applied without being produced, %d duplicate records on the topic"
            + " (absorbed by the inbox); %s; %s%n",
        operation,
        coordinator.answers(),
        produced.size(),
        applied.size(),
        lost.size(),
        unknown.size(),
        duplicatesOnTopic,
        measured,
        groupAfterRestart);

    assertEquals(
        1, count(platform, "panel", PRODUCED_OF_TYPE, "eu.cohesion.panel.created"), "panel");
    assertEquals(
        operation,
        count(platform, "panel", PRODUCED_OF_TYPE, "eu.cohesion.panel.member-joined"),
        "one member-joined per member");
    assertEquals(Set.of(), lost, "events never applied by initiative-service");
    assertEquals(Set.of(), unknown, "events applied that panel-service never produced");
    assertEquals(produced, onTheTopic.keySet(), "every outbox row reached the topic");
    assertEquals(operation, members.size(), "each add created one member");
    assertEquals(members.size(), count(platform, "panel", MEMBERS, panel));
    assertTrue(
        Set.of(0, 201, 409, 503).containsAll(coordinator.answers().keySet()),
        "only created, unavailable (503), key in flight (409) or no answer: "
            + coordinator.answers());
    assertEquals(0, coordinator.unavailableWithoutRetryAfter(), "every 503 names Retry-After");
    assertEquals(
        List.of("1 member, static instance initiative-service"),
        groupAfterRestart,
        "the restarted consumer took its old place in the group");
  }

  /** The faults, in order, each after a number of operations and once the previous one is over. */
  private List<Fault> faults(FaultPlatform.Running platform) {
    return List.of(
        new Fault(
            40,
            () -> {
              platform.kafka.kill();
              Workload.sleep(Duration.ofSeconds(3));
              platform.kafka.start().awaitReady(FaultPlatform.READY_TIMEOUT);
              Instant back = Instant.now();
              awaitTrue(
                  "the outbox catches up after the broker's return",
                  () -> count(platform, "panel", UNPUBLISHED, null) == 0);
              measured.put("outbox caught up after the broker's return", since(back));
            }),
        new Fault(
            120,
            () -> {
              platform.initiatives.kill();
              Instant killed = Instant.now();
              platform.initiatives.start().awaitReady(FaultPlatform.READY_TIMEOUT);
              measured.put("consumer ready again after kill -9", since(killed));
              groupAfterRestart.add(describeGroup(platform, "initiative-service"));
            }),
        new Fault(
            200,
            () -> {
              Instant began = Instant.now();
              platform.stack.postgres().restart();
              measured.put("PostgreSQL restart", since(began));
            }));
  }

  private record Fault(int afterOperation, Runnable action) {}

  private static final String UNPUBLISHED =
      "select count(*) from outbox_event where published_at is null";
  private static final String PRODUCED_OF_TYPE = "select count(*) from outbox_event where type = ?";
  private static final String MEMBERS = "select count(*) from panel_member where panel_id = ?";
  private static final String KNOWN_MEMBERS =
      "select count(*) from known_panel_member where panel_id = ?";

  /** A count; -1 while the database cannot be reached (it may be restarting). */
  private static long count(
      FaultPlatform.Running platform, String database, String sql, Object parameter) {
    try (Connection connection = platform.database(database);
        PreparedStatement query = connection.prepareStatement(sql)) {
      if (parameter != null) {
        query.setObject(1, parameter);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      return -1;
    }
  }

  private static Set<String> ids(FaultPlatform.Running platform, String database, String sql)
      throws SQLException {
    Set<String> ids = new HashSet<>();
    try (Connection connection = platform.database(database);
        PreparedStatement query = connection.prepareStatement(sql);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  /** How often each CloudEvent id is on the topic, read from the beginning to the end. */
  private Map<String, Integer> recordsById(FaultPlatform.Running platform, String topic) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    Map<String, Integer> byId = new HashMap<>();
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
          JsonNode event = platform.read(record.value());
          byId.merge(event.get("id").asText(), 1, Integer::sum);
        }
      }
    }
    return byId;
  }

  /** The group's members as the broker describes them, e.g. "1 member, static instance x". */
  private static String describeGroup(FaultPlatform.Running platform, String group) {
    try (Admin admin =
        Admin.create(Map.of("bootstrap.servers", (Object) platform.bootstrapServers))) {
      ConsumerGroupDescription description =
          admin.describeConsumerGroups(List.of(group)).all().get().get(group);
      List<MemberDescription> members = List.copyOf(description.members());
      return members.size()
          + (members.size() == 1 ? " member" : " members")
          + ", static instance "
          + String.join(
              ",", members.stream().map(m -> m.groupInstanceId().orElse("none")).toList());
    } catch (Exception e) {
      throw new IllegalStateException("cannot describe group " + group, e);
    }
  }

  private static void awaitTrue(String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(SETTLE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(what + ": not within " + SETTLE.toSeconds() + " s");
      }
      Workload.sleep(Duration.ofMillis(200));
    }
  }

  private static Duration since(Instant start) {
    return Duration.between(start, Instant.now());
  }
}
