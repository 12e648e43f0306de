package eu.cohesion.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Command line of the local run's Kafka: one broker on the documented ports with its data in {@code
 * <data>/kafka}, in a process of its own so that run-platform can supervise it apart from
 * PostgreSQL and Keycloak — a broker that dies is restarted on its own data while the rest keeps
 * running.
 */
public final class LocalKafkaMain {

  private static final String USAGE =
      """
      usage: local-kafka [--data DIR]
        --data DIR   the local run's data folder (default .local-stack/data); Kafka keeps DIR/kafka
      """;

  private LocalKafkaMain() {}

  public static void main(String[] args) throws Exception {
    Path data = StackLayout.detect().localRunData();
    if (args.length == 2 && args[0].equals("--data")) {
      data = Path.of(args[1]).toAbsolutePath();
    } else if (args.length != 0) {
      System.err.print(USAGE);
      System.exit(2);
    }
    Path ready = data.resolve("kafka.ready");
    Files.deleteIfExists(ready);
    // The stack's builder checks the fixed ports, keeps Kafka's data in DATA/kafka as the whole
    // stack would, and registers the shutdown hook that stops the broker.
    LocalStack stack =
        LocalStack.builder().persistentData(data).fixedPorts(true).withKafka().start();
    System.out.printf(
        "Kafka       %s (ready in %.1f s)%n",
        stack.kafka().bootstrapServers(), stack.startupTimes().get("Kafka").toMillis() / 1000.0);
    Files.writeString(ready, Long.toString(ProcessHandle.current().pid()));

    // The stack's shutdown hook stops the broker on Ctrl-C or SIGTERM.
    new CountDownLatch(1).await();
  }
}
