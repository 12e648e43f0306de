package eu.cohesion.kit.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Consumer lag per inbound channel and partition ({@code cohesion_consumer_lag}) and what each
 * dead-letter topic holds that was not replayed yet ({@code cohesion_dlq_size}), read from the
 * broker with the Kafka admin client every {@code cohesion.messaging.lag-refresh} (never per
 * scrape). Lag is the group's: end offset minus the group's committed offset, over all partitions
 * of the topic, whichever replica holds them (every replica reports the same figures; take the
 * max). A partition the group never committed counts from its earliest offset ({@code
 * auto.offset.reset=earliest}). The DLQ size counts from the offset {@link DlqReplay}'s group
 * ({@code dlq-replay-<dlq>}) has replayed to, so it drops to 0 after a replay.
 *
 * <p>While the broker is away the gauges keep their last figures and {@code
 * cohesion_consumer_lag_read_failures_total} counts the failed reads.
 */
@ApplicationScoped
public class ConsumerLagMetrics {

  private static final Logger LOG = Logger.getLogger(ConsumerLagMetrics.class);
  private static final String INCOMING = "mp.messaging.incoming.";
  private static final long TIMEOUT_SECONDS = 5;

  /** One inbound channel: its topic, its consumer group and its dead-letter topic, if any. */
  public record Channel(String name, String topic, String group, String deadLetterTopic) {}

  private record GaugeKey(String name, Tags tags) {}

  private final List<Channel> channels;
  private final String bootstrapServers;
  private final MeterRegistry registry;
  private final Map<GaugeKey, AtomicLong> gauges = new ConcurrentHashMap<>();
  private Admin admin;

  @Inject
  ConsumerLagMetrics(Config config, MeterRegistry registry) {
    this(
        channels(config),
        config.getOptionalValue("kafka.bootstrap.servers", String.class).orElse(""),
        registry);
  }

  public ConsumerLagMetrics(
      List<Channel> channels, String bootstrapServers, MeterRegistry registry) {
    this.channels = List.copyOf(channels);
    this.bootstrapServers = bootstrapServers;
    this.registry = registry;
  }

  /** The Kafka channels of {@code mp.messaging.incoming.*} with their groups and DLQs. */
  static List<Channel> channels(Config config) {
    List<Channel> found = new ArrayList<>();
    for (String property : config.getPropertyNames()) {
      if (!property.startsWith(INCOMING) || !property.endsWith(".connector")) {
        continue;
      }
      String name =
          property.substring(INCOMING.length(), property.length() - ".connector".length());
      String prefix = INCOMING + name + ".";
      if (!"smallrye-kafka".equals(config.getOptionalValue(property, String.class).orElse(""))) {
        continue;
      }
      String topic = config.getOptionalValue(prefix + "topic", String.class).orElse(name);
      String group =
          config
              .getOptionalValue(prefix + "group.id", String.class)
              .or(() -> config.getOptionalValue("quarkus.application.name", String.class))
              .orElse(name);
      String dlq =
          config.getOptionalValue(prefix + "dead-letter-queue.topic", String.class).orElse(null);
      found.add(new Channel(name, topic, group, dlq));
    }
    return found;
  }

  /** Reads every channel's lag and DLQ size once; called on the timer (and by tests). */
  @Scheduled(
      every = "${cohesion.messaging.lag-refresh}",
      delayed = "${cohesion.messaging.lag-refresh}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  public void refresh() {
    if (channels.isEmpty() || bootstrapServers.isBlank()) {
      return;
    }
    try {
      Admin client = admin();
      for (Channel channel : channels) {
        Map<TopicPartition, Long> lag =
            lag(client, channel.topic(), committed(client, channel.group()));
        lag.forEach(
            (partition, value) ->
                gauge(
                        "cohesion.consumer.lag",
                        "Records of the channel's topic its consumer group has not committed yet",
                        Tags.of(
                            "channel",
                            channel.name(),
                            "topic",
                            channel.topic(),
                            "partition",
                            Integer.toString(partition.partition())))
                    .set(value));
        if (channel.deadLetterTopic() != null) {
          String dlq = channel.deadLetterTopic();
          long size =
              lag(client, dlq, committed(client, DlqReplay.defaultGroup(dlq))).values().stream()
                  .mapToLong(Long::longValue)
                  .sum();
          gauge(
                  "cohesion.dlq.size",
                  "Records parked in the dead-letter topic and not replayed yet",
                  Tags.of("channel", channel.name(), "topic", dlq))
              .set(size);
        }
      }
    } catch (ExecutionException | TimeoutException e) {
      registry.counter("cohesion.consumer.lag.read.failures").increment();
      LOG.debugf("consumer lag not read: %s", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Records from each partition's start, or its committed offset, to its end. */
  static long lagOf(long endOffset, long earliestOffset, Long committedOffset) {
    long from =
        committedOffset == null ? earliestOffset : Math.max(earliestOffset, committedOffset);
    return Math.max(0, endOffset - from);
  }

  private static Map<TopicPartition, Long> lag(
      Admin client, String topic, Map<TopicPartition, OffsetAndMetadata> committed)
      throws ExecutionException, InterruptedException, TimeoutException {
    Set<TopicPartition> partitions;
    try {
      partitions =
          client
              .describeTopics(List.of(topic))
              .allTopicNames()
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
              .get(topic)
              .partitions()
              .stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .collect(Collectors.toSet());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        return Map.of(); // a dead-letter topic appears with its first record
      }
      throw e;
    }
    Map<TopicPartition, ListOffsetsResultInfo> end =
        offsets(client, partitions, OffsetSpec.latest());
    Map<TopicPartition, ListOffsetsResultInfo> start =
        offsets(client, partitions, OffsetSpec.earliest());
    return partitions.stream()
        .collect(
            Collectors.toMap(
                p -> p,
                p -> {
                  OffsetAndMetadata c = committed.get(p);
                  return lagOf(
                      end.get(p).offset(), start.get(p).offset(), c == null ? null : c.offset());
                }));
  }

  private static Map<TopicPartition, ListOffsetsResultInfo> offsets(
      Admin client, Set<TopicPartition> partitions, OffsetSpec spec)
      throws ExecutionException, InterruptedException, TimeoutException {
    return client
        .listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> spec)))
        .all()
        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  private static Map<TopicPartition, OffsetAndMetadata> committed(Admin client, String group)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        client
            .listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata()
            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    // a partition without a commit is reported with a null value
    Map<TopicPartition, OffsetAndMetadata> present = new java.util.HashMap<>();
    offsets.forEach(
        (p, o) -> {
          if (o != null) {
            present.put(p, o);
          }
        });
    return present;
  }

  private AtomicLong gauge(String name, String description, Tags tags) {
    return gauges.computeIfAbsent(
        new GaugeKey(name, tags),
        k -> {
          AtomicLong value = new AtomicLong();
          Gauge.builder(name, value, AtomicLong::get)
              .description(description)
              .tags(tags)
              .register(registry);
          return value;
        });
  }

  private synchronized Admin admin() {
    if (admin == null) {
      admin =
          Admin.create(
              Map.of(
                  AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                  AdminClientConfig.CLIENT_ID_CONFIG, "cohesion-lag-metrics",
                  AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                  AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000,
                  AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000));
    }
    return admin;
  }

  void onShutdown(@Observes ShutdownEvent event) {
    close();
  }

  /** Closes the admin client (tests; the application closes it at shutdown). */
  public synchronized void close() {
    if (admin != null) {
      admin.close(java.time.Duration.ofSeconds(2));
      admin = null;
    }
  }
}
