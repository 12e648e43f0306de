// Raw Kafka produce -> consume latency on the platform's broker, for comparison with the
// conclusion -> draft latency the services achieve over the same broker.
//
// Run as a single-file program (no build step): java -cp <kafka-clients classpath>
//   bench/kafka/KafkaRoundTrip.java <bootstrap> <topic> <messages> <bytes> <maxSeconds>
//
// The producer is configured like the services' outbox relay (acks=all, idempotence, linger 0);
// the consumer polls in its own thread like a service's consumer (fetch.min.bytes=1, so a fetch
// returns as soon as a record is there). One record is in flight at a time: the next is sent
// once the previous one has been consumed. The latency is the time from send() to the
// consumer's poll returning the record, in microseconds (both ends in this JVM, one clock).
// Prints one JSON line: {"messages":..,"p50Ms":..,"p99Ms":..,"maxMs":..,"meanMs":..}.

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

public class KafkaRoundTrip {

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: KafkaRoundTrip <bootstrap> <topic> <messages> <bytes> <maxSeconds>");
      System.exit(2);
    }
    String bootstrap = args[0];
    String topic = args[1];
    int messages = Integer.parseInt(args[2]);
    int bytes = Integer.parseInt(args[3]);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[4]));

    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) throw e;
    }

    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());

    Properties c = new Properties();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    c.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1");
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());

    LinkedBlockingQueue<long[]> received = new LinkedBlockingQueue<>();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicBoolean assigned = new AtomicBoolean(false);
    Thread consumerThread =
        new Thread(
            () -> {
              try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c)) {
                TopicPartition tp = new TopicPartition(topic, 0);
                consumer.assign(List.of(tp));
                consumer.seekToEnd(List.of(tp));
                consumer.position(tp);
                assigned.set(true);
                while (running.get()) {
                  for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    received.add(new long[] {Long.parseLong(r.key()), now});
                  }
                }
              }
            },
            "consumer");
    consumerThread.start();
    while (!assigned.get()) {
      if (System.nanoTime() > deadline) throw new IllegalStateException("consumer never got its partition");
      Thread.sleep(10);
    }

    byte[] payload = new byte[bytes];
    Arrays.fill(payload, (byte) 'x');
    int warmup = Math.min(100, messages / 10);
    List<Long> latencies = new ArrayList<>();
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
      for (int i = 0; i < warmup + messages; i++) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("time budget exhausted after " + i + " records");
        }
        long sentAt = System.nanoTime();
        producer.send(new ProducerRecord<>(topic, Long.toString(sentAt), payload));
        long[] got = received.poll(10, TimeUnit.SECONDS);
        if (got == null) throw new IllegalStateException("record " + i + " not consumed within 10 s");
        if (got[0] != sentAt) throw new IllegalStateException("records out of order");
        if (i >= warmup) latencies.add(got[1] - sentAt);
      }
    } finally {
      running.set(false);
      consumerThread.join(5000);
    }

    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
    System.out.printf(
        java.util.Locale.ROOT,
        "{\"messages\":%d,\"warmup\":%d,\"bytes\":%d,\"p50Ms\":%.3f,\"p99Ms\":%.3f,\"maxMs\":%.3f,\"meanMs\":%.3f}%n",
        sorted.length,
        warmup,
        bytes,
        ms(percentile(sorted, 50)),
        ms(percentile(sorted, 99)),
        ms(sorted[sorted.length - 1]),
        mean / 1e6);
  }

  /** Nearest-rank percentile. */
  static long percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }
}
