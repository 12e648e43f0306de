package eu.cohesion.faults;

import static eu.cohesion.faults.Evidence.KNOWN_MEMBERS;
import static eu.cohesion.faults.Evidence.UNPUBLISHED;
import static eu.cohesion.faults.Evidence.awaitTrue;
import static eu.cohesion.faults.Evidence.column;
import static eu.cohesion.faults.Evidence.count;
import static eu.cohesion.faults.Evidence.records;
import static eu.cohesion.faults.Evidence.since;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.localstack.ChildJvm;
import eu.cohesion.localstack.KafkaNode;
import eu.cohesion.localstack.Ports;
import eu.cohesion.localstack.StackLayout;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scale-out as on a cluster: a three-node KRaft Kafka (every node a JVM of its own; replication 3,
 * min.insync 2) and two replicas each of panel-service and initiative-service on the same
 * PostgreSQL. While coordinators add members to several panels through both panel replicas, the
 * leader of a panel-events partition is killed with SIGKILL (and later restarted), then one replica
 * of each service is killed with SIGKILL and stays dead. Afterwards every event was published and
 * applied exactly once, nothing is stuck, and on the topic each panel's events are in the order of
 * its outbox.
 */
@ExtendWith(FaultPlatform.class)
class ScaleOutTest {

  private static final int PANELS = 4;
  private static final int OPERATIONS = 240;
  private static final Duration PACE = Duration.ofMillis(50);

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void nothingIsLostDuplicatedOrReorderedWhenABrokerAndAReplicaOfEachServiceDie(
      FaultPlatform.Running platform) throws Exception {
    try (Cluster cluster = Cluster.start(platform)) {
      Workload coordinator =
          new Workload(
              platform,
              "coordinator-mechelen",
              cluster.panels.stream().map(ChildJvm::baseUrl).toList());
      List<UUID> panels = new ArrayList<>();
      for (int i = 0; i < PANELS; i++) {
        panels.add(coordinator.createPanel("Scale-out " + UUID.randomUUID()));
      }

      Map<String, Duration> measured = new LinkedHashMap<>();
      int killedBroker = cluster.leaderOf("panel-events", 0);
      Set<String> members = new HashSet<>();
      for (int operation = 0; operation < OPERATIONS; operation++) {
        if (operation == 40) {
          cluster.brokers.get(killedBroker - 1).kill();
        } else if (operation == 100) {
          cluster.panels.get(0).kill();
        } else if (operation == 140) {
          cluster.initiatives.get(1).kill();
        } else if (operation == 180) {
          Instant began = Instant.now();
          cluster.brokers.get(killedBroker - 1).start().awaitReady(FaultPlatform.READY_TIMEOUT);
          measured.put("killed broker back", since(began));
        }
        members.add(coordinator.addMember(panels.get(operation % PANELS), operation));
        Workload.sleep(PACE);
      }
      Instant workloadEnded = Instant.now();

      awaitTrue(
          "the surviving panel replica drains the outbox",
          () -> count(cluster.panelDb, UNPUBLISHED, null) == 0);
      measured.put("outbox drained after the workload", since(workloadEnded));
      awaitTrue(
          "the surviving initiative replica knows every member",
          () ->
              panels.stream().mapToLong(p -> count(cluster.initiativeDb, KNOWN_MEMBERS, p)).sum()
                  == members.size());
      measured.put("consumer caught up after the workload", since(workloadEnded));

      Evidence.Delivery delivery =
          Evidence.Delivery.read(cluster.panelDb, cluster.initiativeDb, cluster.bootstrapServers);

      System.out.printf(
          "fault-suite: scale-out, 3 Kafka nodes (node %d killed at operation 40, back at 180),"
              + " 2+2 service replicas (one of each killed); %d panels, %d members, answers by"
              + " status %s; %s; %s%n",
          killedBroker, PANELS, members.size(), coordinator.answers(), delivery.counts(), measured);

      assertEquals(OPERATIONS, members.size(), "each add created one member");
      delivery.assertExactlyOnce();
      assertEquals(
          ordersByAggregate(cluster.panelDb, delivery.producedInOrder()),
          firstOccurrencesByKey(delivery.onTheTopic()),
          "each panel's events on the topic in the order of its outbox");
      assertTrue(
          Set.of(0, 201, 409, 503).containsAll(coordinator.answers().keySet()),
          "only created, unavailable (503), key in flight (409) or no answer: "
              + coordinator.answers());
      assertEquals(0, coordinator.unavailableWithoutRetryAfter(), "every 503 names Retry-After");
    }
  }

  /** Each aggregate's event ids in outbox order. */
  private static Map<String, List<String>> ordersByAggregate(
      Callable<Connection> panelDb, List<String> producedInOrder) throws Exception {
    Map<String, String> aggregateOf = new HashMap<>();
    for (String row : column(panelDb, "select id::text || ' ' || aggregate_id from outbox_event")) {
      String[] parts = row.split(" ");
      aggregateOf.put(parts[0], parts[1]);
    }
    Map<String, List<String>> byAggregate = new HashMap<>();
    for (String id : producedInOrder) {
      byAggregate.computeIfAbsent(aggregateOf.get(id), k -> new ArrayList<>()).add(id);
    }
    return byAggregate;
  }

  /** Each key's event ids as first seen on the topic (a key lives in one partition). */
  private static Map<String, List<String>> firstOccurrencesByKey(List<Evidence.Record> records) {
    Map<String, LinkedHashSet<String>> byKey = new HashMap<>();
    for (Evidence.Record record : records) {
      byKey.computeIfAbsent(record.key(), k -> new LinkedHashSet<>()).add(record.id());
    }
    return byKey.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  /** The three brokers and the two replicas of each service, on the fault platform's stack. */
  private static final class Cluster implements AutoCloseable {

    final List<ChildJvm> brokers = new ArrayList<>();
    final List<ChildJvm> panels = new ArrayList<>();
    final List<ChildJvm> initiatives = new ArrayList<>();
    final String bootstrapServers;
    final Callable<Connection> panelDb;
    final Callable<Connection> initiativeDb;

    private Cluster(String bootstrapServers, FaultPlatform.Running platform) {
      this.bootstrapServers = bootstrapServers;
      this.panelDb = platform.db("panel_scale_out");
      this.initiativeDb = platform.db("initiative_scale_out");
    }

    static Cluster start(FaultPlatform.Running platform) throws Exception {
      Instant began = Instant.now();
      StackLayout layout = StackLayout.detect();
      Path target = layout.root().resolve("fault-suite/target/scale-out");
      List<int[]> ports =
          IntStream.range(0, 3).mapToObj(i -> new int[] {Ports.free(), Ports.free()}).toList();
      String voters =
          IntStream.range(0, 3)
              .mapToObj(i -> (i + 1) + "@127.0.0.1:" + ports.get(i)[1])
              .collect(Collectors.joining(","));
      String bootstrap =
          ports.stream().map(p -> "127.0.0.1:" + p[0]).collect(Collectors.joining(","));
      Cluster cluster = new Cluster(bootstrap, platform);
      try {
        platform.stack.postgres().createDatabase("panel_scale_out");
        platform.stack.postgres().createDatabase("initiative_scale_out");
        String clusterId = Uuid.randomUuid().toString();
        for (int i = 0; i < 3; i++) {
          var membership = new KafkaNode.Membership(i + 1, clusterId, voters);
          cluster.brokers.add(
              ChildJvm.kafka(
                      platform.stack.dataDir().resolve("scale-out-kafka-" + (i + 1)),
                      ports.get(i)[0],
                      ports.get(i)[1],
                      membership,
                      target.resolve("kafka-" + (i + 1) + ".log"))
                  .start());
        }
        for (ChildJvm broker : cluster.brokers) {
          broker.awaitReady(FaultPlatform.READY_TIMEOUT);
        }
        for (String replica : List.of("a", "b")) {
          cluster.panels.add(
              service(
                      platform,
                      layout,
                      "panel-service",
                      "panel_scale_out",
                      replica,
                      cluster,
                      target)
                  .start());
          cluster.initiatives.add(
              service(
                      platform,
                      layout,
                      "initiative-service",
                      "initiative_scale_out",
                      replica,
                      cluster,
                      target)
                  .start());
        }
        for (ChildJvm service : cluster.services()) {
          service.awaitReady(FaultPlatform.READY_TIMEOUT);
        }
      } catch (RuntimeException e) {
        cluster.close();
        throw e;
      }
      System.out.printf(
          "fault-suite: scale-out cluster (3 Kafka nodes, 4 service replicas) ready in %d s%n",
          since(began).toSeconds());
      return cluster;
    }

    /** The node id of the partition's leader. */
    int leaderOf(String topic, int partition) throws Exception {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", (Object) bootstrapServers))) {
        TopicDescription description =
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
        var info = description.partitions().get(partition);
        assertEquals(3, info.replicas().size(), topic + " replicated on every node");
        return info.leader().id();
      }
    }

    List<ChildJvm> services() {
      List<ChildJvm> all = new ArrayList<>(panels);
      all.addAll(initiatives);
      return all;
    }

    private static ChildJvm service(
        FaultPlatform.Running platform,
        StackLayout layout,
        String service,
        String database,
        String replica,
        Cluster cluster,
        Path target) {
      Map<String, String> settings =
          FaultPlatform.Running.serviceSettings(platform.stack, database, cluster.bootstrapServers);
      // Each replica its own static member of the group, as each pod has its own name.
      settings.put("cohesion.messaging.instance-id", service + "-" + replica);
      return ChildJvm.service(
          layout.root(),
          service,
          Ports.free(),
          settings,
          target.resolve(service + "-" + replica + ".log"));
    }

    @Override
    public void close() {
      List<ChildJvm> all = services();
      all.addAll(brokers);
      all.forEach(ChildJvm::close);
    }
  }
}
