package eu.cohesion.kit.messaging;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Replays a dead-letter topic after the fix that makes its records usable: each record goes back to
 * the topic it came from ({@code dead-letter-topic} header) with its original key, value and
 * headers, byte for byte, the dead-letter headers removed. Consumers apply each event id at most
 * once, so a record replayed twice (a crash between send and commit) has no second effect.
 *
 * <p>The replay reads in a consumer group of its own and commits after each batch it republished: a
 * second run starts where the first ended, and records dead-lettered again later (still poison) are
 * the only ones a later run sees. It stops at the end offsets it found when it started.
 *
 * <pre>
 * java -cp "initiative-service/target/quarkus-app/lib/main/*" eu.cohesion.kit.messaging.DlqReplay \
 *     --bootstrap-servers 127.0.0.1:19092 --dlq panel-events-dlq [--dry-run] [--from-offset N]
 * </pre>
 */
public final class DlqReplay {

  static final String ORIGINAL_TOPIC_HEADER = "dead-letter-topic";
  private static final String DLQ_SUFFIX = "-dlq";
  private static final Duration POLL = Duration.ofMillis(500);
  private static final long SEND_TIMEOUT_SECONDS = 30;

  /** What to replay. {@code fromOffset} restarts every partition there, whatever was committed. */
  record Options(
      String bootstrapServers,
      String dlqTopic,
      String group,
      boolean dryRun,
      OptionalLong fromOffset) {

    static Options parse(String... args) {
      Map<String, String> values = new HashMap<>();
      boolean dryRun = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--dry-run" -> dryRun = true;
          case "--bootstrap-servers", "--dlq", "--group", "--from-offset" -> {
            if (i + 1 == args.length) {
              throw new IllegalArgumentException(args[i] + " needs a value");
            }
            values.put(args[i], args[++i]);
          }
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      String dlq = values.get("--dlq");
      if (dlq == null) {
        throw new IllegalArgumentException("--dlq TOPIC is required");
      }
      return new Options(
          values.getOrDefault("--bootstrap-servers", "127.0.0.1:19092"),
          dlq,
          values.getOrDefault("--group", defaultGroup(dlq)),
          dryRun,
          values.containsKey("--from-offset")
              ? OptionalLong.of(Long.parseLong(values.get("--from-offset")))
              : OptionalLong.empty());
    }
  }

  private DlqReplay() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(
          "usage: DlqReplay --dlq TOPIC [--bootstrap-servers HOST:PORT] [--group ID]"
              + " [--from-offset N] [--dry-run]");
      System.exit(2);
      return;
    }
    int count = replay(options, System.out);
    System.out.printf(
        "%s %d record(s) of %s%n",
        options.dryRun() ? "listed" : "replayed", count, options.dlqTopic());
  }

  /** Replays (or with {@code dryRun} lists) what the group has not replayed yet; the count. */
  static int replay(Options options, PrintStream out) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(options);
        KafkaProducer<byte[], byte[]> producer = options.dryRun() ? null : producer(options)) {
      List<TopicPartition> partitions = partitionsOf(consumer, options.dlqTopic());
      consumer.assign(partitions);
      options.fromOffset().ifPresent(offset -> partitions.forEach(p -> consumer.seek(p, offset)));
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      int count = 0;
      while (!reachedEnd(consumer, end)) {
        List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>();
        consumer.poll(POLL).forEach(batch::add);
        List<ConsumerRecord<byte[], byte[]>> due =
            batch.stream()
                .filter(r -> r.offset() < end.get(new TopicPartition(r.topic(), r.partition())))
                .toList();
        for (ConsumerRecord<byte[], byte[]> record : due) {
          out.println(describe(record));
        }
        if (!options.dryRun() && !due.isEmpty()) {
          republish(producer, due);
          consumer.commitSync(nextOffsets(due));
        }
        count += due.size();
      }
      return count;
    }
  }

  private static void republish(
      KafkaProducer<byte[], byte[]> producer, List<ConsumerRecord<byte[], byte[]>> records) {
    List<Future<RecordMetadata>> sends = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> record : records) {
      sends.add(
          producer.send(
              new ProducerRecord<>(
                  originalTopic(record),
                  null,
                  record.key(),
                  record.value(),
                  originalHeaders(record.headers()))));
    }
    for (Future<RecordMetadata> send : sends) {
      try {
        send.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted; nothing of this batch was committed", e);
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException(
            "a record could not be republished; nothing of this batch was committed", e);
      }
    }
  }

  static String originalTopic(ConsumerRecord<?, ?> record) {
    return header(record.headers(), ORIGINAL_TOPIC_HEADER)
        .orElseGet(
            () -> {
              if (!record.topic().endsWith(DLQ_SUFFIX)) {
                throw new IllegalStateException(
                    record.topic()
                        + "-"
                        + record.partition()
                        + "@"
                        + record.offset()
                        + " names no original topic");
              }
              return record.topic().substring(0, record.topic().length() - DLQ_SUFFIX.length());
            });
  }

  /** The record's own headers: those the dead-letter strategies added are dropped. */
  static Headers originalHeaders(Headers headers) {
    RecordHeaders original = new RecordHeaders();
    for (Header header : headers) {
      if (!header.key().startsWith("dead-letter-")
          && !header.key().equals(PoisonOnlyDeadLetterQueue.REASON_HEADER)) {
        original.add(header);
      }
    }
    return original;
  }

  private static String describe(ConsumerRecord<byte[], byte[]> record) {
    return "%s-%d@%d key=%s -> %s (was %s-%s@%s) reason: %s"
        .formatted(
            record.topic(),
            record.partition(),
            record.offset(),
            record.key() == null ? "-" : new String(record.key(), StandardCharsets.UTF_8),
            originalTopic(record),
            header(record.headers(), ORIGINAL_TOPIC_HEADER).orElse("?"),
            header(record.headers(), "dead-letter-partition").orElse("?"),
            header(record.headers(), "dead-letter-offset").orElse("?"),
            header(record.headers(), "dead-letter-reason").orElse("?"));
  }

  private static Optional<String> header(Headers headers, String key) {
    Header header = headers.lastHeader(key);
    return header == null || header.value() == null
        ? Optional.empty()
        : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
  }

  private static boolean reachedEnd(
      KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }

  private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(
      List<ConsumerRecord<byte[], byte[]>> records) {
    Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> record : records) {
      next.merge(
          new TopicPartition(record.topic(), record.partition()),
          new OffsetAndMetadata(record.offset() + 1),
          (a, b) -> a.offset() >= b.offset() ? a : b);
    }
    return next;
  }

  private static List<TopicPartition> partitionsOf(
      KafkaConsumer<byte[], byte[]> consumer, String topic) {
    List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
    if (infos == null || infos.isEmpty()) {
      throw new IllegalStateException("no topic " + topic);
    }
    return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
  }

  private static KafkaConsumer<byte[], byte[]> consumer(Options options) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            options.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            options.group(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            "false"),
        new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }

  private static KafkaProducer<byte[], byte[]> producer(Options options) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }

  /** The replay's consumer group for a dead-letter topic unless {@code --group} names another. */
  static String defaultGroup(String dlq) {
    return "dlq-replay-" + dlq;
  }
}
