package eu.cohesion.kit.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.cohesion.kit.messaging.ConsumerLagMetrics.Channel;
import eu.cohesion.localstack.LocalStack;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lag and dead-letter gauges against a real broker, and when the broker cannot be reached. */
class ConsumerLagMetricsTest {

  private static LocalStack stack;
  private static Admin admin;

  @BeforeAll
  static void startKafka() {
    stack = LocalStack.builder().withKafka().start();
    admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()));
  }

  @AfterAll
  static void stopKafka() {
    admin.close();
    stack.close();
  }

  @Test
  void lagPerPartitionFollowsTheGroupsCommitsAndTheDlqSizeTheReplaysGroup() throws Exception {
    String topic = "lag-" + UUID.randomUUID();
    String dlq = topic + "-dlq";
    String group = "group-" + topic;
    admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
    send(topic, 0, 5);
    send(topic, 1, 2);
    commit(group, new TopicPartition(topic, 0), 3);

    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ConsumerLagMetrics metrics =
        new ConsumerLagMetrics(
            List.of(new Channel("things", topic, group, dlq)),
            stack.kafka().bootstrapServers(),
            registry);
    try {
      metrics.refresh();
      assertEquals(2, lag(registry, "0"), "5 records, 3 committed");
      assertEquals(2, lag(registry, "1"), "never committed: from the earliest offset");
      assertEquals(0, dlqSize(registry, dlq), "no dead-letter topic yet");

      admin.createTopics(List.of(new NewTopic(dlq, 1, (short) 1))).all().get();
      send(dlq, 0, 3);
      commit(group, new TopicPartition(topic, 1), 2);
      metrics.refresh();
      assertEquals(0, lag(registry, "1"));
      assertEquals(3, dlqSize(registry, dlq), "parked, not replayed");

      // DlqReplay commits in its own group as it republishes: what it replayed is no longer
      // pending.
      commit(DlqReplay.defaultGroup(dlq), new TopicPartition(dlq, 0), 3);
      send(dlq, 0, 1);
      metrics.refresh();
      assertEquals(1, dlqSize(registry, dlq), "only what arrived after the replay");
    } finally {
      metrics.close();
    }
  }

  @Test
  void anUnreachableBrokerKeepsTheLastFiguresAndCountsTheFailure() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ConsumerLagMetrics metrics =
        new ConsumerLagMetrics(
            List.of(new Channel("things", "nowhere", "g", null)), "127.0.0.1:1", registry);
    try {
      metrics.refresh();
      assertEquals(1, registry.counter("cohesion.consumer.lag.read.failures").count());
      assertNull(registry.find("cohesion.consumer.lag").gauge());
    } finally {
      metrics.close();
    }
  }

  @Test
  void channelsAreTheKafkaIncomingChannelsWithTheirGroupsAndDeadLetterTopics() {
    Config config =
        new SmallRyeConfigBuilder()
            .withSources(
                new PropertiesConfigSource(
                    Map.of(
                        "quarkus.application.name", "initiative-service",
                        "mp.messaging.incoming.panel-events.connector", "smallrye-kafka",
                        "mp.messaging.incoming.panel-events.topic", "panel-events",
                        "mp.messaging.incoming.panel-events.group.id", "initiative-service",
                        "mp.messaging.incoming.panel-events.dead-letter-queue.topic",
                            "panel-events-dlq",
                        "mp.messaging.incoming.ticks.connector", "smallrye-kafka",
                        "mp.messaging.incoming.local.connector", "smallrye-in-memory"),
                    "test",
                    100))
            .build();
    assertEquals(
        List.of(
            new Channel("panel-events", "panel-events", "initiative-service", "panel-events-dlq"),
            new Channel("ticks", "ticks", "initiative-service", null)),
        ConsumerLagMetrics.channels(config).stream()
            .sorted(java.util.Comparator.comparing(Channel::name))
            .toList());
  }

  @Test
  void lagCountsFromTheCommitOrTheEarliestRetainedOffset() {
    assertEquals(7, ConsumerLagMetrics.lagOf(10, 0, 3L));
    assertEquals(6, ConsumerLagMetrics.lagOf(10, 4, null));
    assertEquals(6, ConsumerLagMetrics.lagOf(10, 4, 2L), "a commit before the retained start");
    assertEquals(0, ConsumerLagMetrics.lagOf(10, 0, 10L));
  }

  private static double lag(SimpleMeterRegistry registry, String partition) {
    Gauge gauge = registry.find("cohesion.consumer.lag").tag("partition", partition).gauge();
    return gauge == null ? -1 : gauge.value();
  }

  private static double dlqSize(SimpleMeterRegistry registry, String dlq) {
    Gauge gauge = registry.find("cohesion.dlq.size").tag("topic", dlq).gauge();
    return gauge == null ? 0 : gauge.value();
  }

  private static void send(String topic, int partition, int count) throws Exception {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()),
            new StringSerializer(),
            new StringSerializer())) {
      for (int i = 0; i < count; i++) {
        producer.send(new ProducerRecord<>(topic, partition, "k" + i, "v" + i)).get();
      }
    }
  }

  private static void commit(String group, TopicPartition partition, long offset) throws Exception {
    admin
        .alterConsumerGroupOffsets(group, Map.of(partition, new OffsetAndMetadata(offset)))
        .all()
        .get();
  }
}
