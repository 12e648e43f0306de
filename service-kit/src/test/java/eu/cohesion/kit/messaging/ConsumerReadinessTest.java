package eu.cohesion.kit.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class ConsumerReadinessTest {

  private static final Config CONFIG =
      new SmallRyeConfigBuilder()
          .withDefaultValues(
              Map.of(
                  "quarkus.application.name", "initiative-service",
                  "mp.messaging.incoming.panel-events.connector", "smallrye-kafka",
                  "mp.messaging.incoming.panel-events.group.id", "initiative-panel-events",
                  "mp.messaging.incoming.notifications.connector", "smallrye-kafka",
                  "mp.messaging.incoming.ticks.connector", "some-other-connector",
                  "mp.messaging.outgoing.outbox.connector", "smallrye-kafka"))
          .build();

  private final ConsumerAssignments assignments = new ConsumerAssignments();
  private final ConsumerReadiness readiness = new ConsumerReadiness(assignments, CONFIG);

  @Test
  void theGroupsAreThoseOfTheInboundKafkaChannelsWithTheApplicationNameAsTheConnectorsDefault() {
    assertEquals(
        Map.of("panel-events", "initiative-panel-events", "notifications", "initiative-service"),
        ConsumerReadiness.kafkaGroups(CONFIG));
  }

  @Test
  void twoChannelsInOneGroupAreRefusedBecauseTheirStaticMemberIdsWouldFenceEachOther() {
    Config shared =
        new SmallRyeConfigBuilder()
            .withDefaultValues(
                Map.of(
                    "mp.messaging.incoming.a.connector", "smallrye-kafka",
                    "mp.messaging.incoming.a.group.id", "one",
                    "mp.messaging.incoming.b.connector", "smallrye-kafka",
                    "mp.messaging.incoming.b.group.id", "one"))
            .build();

    assertThrows(IllegalStateException.class, () -> ConsumerReadiness.kafkaGroups(shared));
  }

  @Test
  void notReadyUntilEveryGroupWasAssignedItsPartitions() {
    assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());

    assignments.onPartitionsAssigned(member("initiative-panel-events", partition(0)), List.of());
    assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());

    assignments.onPartitionsAssigned(member("initiative-service"), List.of());
    assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
    assertEquals(
        "group initiative-panel-events holds [panel-events-0]",
        readiness.call().getData().orElseThrow().get("panel-events"));
  }

  @Test
  void anEmptyAssignmentIsReadyBecauseAnotherReplicaMayHoldEveryPartition() {
    assignments.onPartitionsAssigned(member("initiative-panel-events"), List.of());
    assignments.onPartitionsAssigned(member("initiative-service"), List.of());

    assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
  }

  @Test
  void anOrdinaryRebalanceKeepsTheServiceReadyButLostPartitionsDoNot() {
    MockConsumer<String, String> consumer = member("initiative-panel-events", partition(0));
    assignments.onPartitionsAssigned(consumer, List.of(partition(0)));
    assignments.onPartitionsAssigned(member("initiative-service"), List.of());

    assignments.onPartitionsRevoked(consumer, List.of(partition(0)));
    assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());

    assignments.onPartitionsLost(consumer, List.of(partition(0)));
    HealthCheckResponse lost = readiness.call();
    assertEquals(HealthCheckResponse.Status.DOWN, lost.getStatus());
    assertEquals(
        "group initiative-panel-events is waiting for its partitions",
        lost.getData().orElseThrow().get("panel-events"));
  }

  private static TopicPartition partition(int number) {
    return new TopicPartition("panel-events", number);
  }

  /** A consumer of {@code group} that currently holds {@code partitions}. */
  private static MockConsumer<String, String> member(String group, TopicPartition... partitions) {
    MockConsumer<String, String> consumer =
        new MockConsumer<>("earliest") {
          @Override
          public ConsumerGroupMetadata groupMetadata() {
            return new ConsumerGroupMetadata(group);
          }
        };
    consumer.assign(List.of(partitions));
    return consumer;
  }
}
