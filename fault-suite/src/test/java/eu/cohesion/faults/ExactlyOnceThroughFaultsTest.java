package eu.cohesion.faults;

import static eu.cohesion.faults.Evidence.KNOWN_MEMBERS;
import static eu.cohesion.faults.Evidence.MEMBERS;
import static eu.cohesion.faults.Evidence.PRODUCED_OF_TYPE;
import static eu.cohesion.faults.Evidence.UNPUBLISHED;
import static eu.cohesion.faults.Evidence.awaitTrue;
import static eu.cohesion.faults.Evidence.count;
import static eu.cohesion.faults.Evidence.since;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
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

  // Written by the fault thread, read by the test's after the fault's join.
  private final Map<String, Duration> measured = new ConcurrentHashMap<>();
  private final List<String> groupAfterRestart = new CopyOnWriteArrayList<>();

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void everyEffectHappensExactlyOnceThroughKafkaConsumerAndDatabaseFaults(
      FaultPlatform.Running platform) throws Exception {
    Workload coordinator = new Workload(platform, "coordinator-mechelen");
    UUID panel = coordinator.createPanel("Fault suite " + UUID.randomUUID());

    Deque<Fault> faults = new ArrayDeque<>(faults(platform));
    CompletableFuture<Void> running = CompletableFuture.completedFuture(null);
    Set<String> members = new HashSet<>();
    int operation = 0;
    while (operation < OPERATIONS || !faults.isEmpty() || !running.isDone()) {
      if (running.isDone() && !faults.isEmpty() && operation >= faults.peek().afterOperation()) {
        running.join();
        running = CompletableFuture.runAsync(faults.poll().action());
      }
      members.add(coordinator.addMember(panel, operation));
      operation++;
      Workload.sleep(PACE);
    }
    running.join();
    Instant workloadEnded = Instant.now();

    // Nothing stuck: panel-service's outbox drains, initiative-service's read model fills.
    awaitTrue(
        "panel-service's outbox drains", () -> count(platform.db("panel"), UNPUBLISHED, null) == 0);
    measured.put("outbox drained after the workload", since(workloadEnded));
    awaitTrue(
        "initiative-service knows every member",
        () -> count(platform.db("initiative"), KNOWN_MEMBERS, panel) == members.size());
    measured.put("consumer caught up after the workload", since(workloadEnded));

    Evidence.Delivery delivery =
        Evidence.Delivery.read(
            platform.db("panel"), platform.db("initiative"), platform.bootstrapServers);

    System.out.printf(
        "fault-suite: 1 panel and %d members created, answers by status %s; %s; %s; %s%n",
        operation, coordinator.answers(), delivery.counts(), measured, groupAfterRestart);

    assertEquals(
        1, count(platform.db("panel"), PRODUCED_OF_TYPE, "eu.cohesion.panel.created"), "panel");
    assertEquals(
        operation,
        count(platform.db("panel"), PRODUCED_OF_TYPE, "eu.cohesion.panel.member-joined"),
        "one member-joined per member");
    delivery.assertExactlyOnce();
    assertEquals(operation, members.size(), "each add created one member");
    assertEquals(members.size(), count(platform.db("panel"), MEMBERS, panel));
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
                  () -> count(platform.db("panel"), UNPUBLISHED, null) == 0);
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
}
