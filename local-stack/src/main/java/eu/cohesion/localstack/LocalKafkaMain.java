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
      usage: local-kafka [--data DIR] [--ports BROKER,CONTROLLER] [--node ID --cluster ID --voters V]
        --data DIR    the local run's data folder (default .local-stack/data); Kafka keeps DIR/kafka
        --ports B,C   these ports instead of the documented 19092,19093 (the fault suite's broker)
        --node, --cluster, --voters
                      one member of a cluster (with --ports): its node id, the cluster's id and
                      the quorum's voters id@127.0.0.1:port,... (the scale-out test's brokers)
      """;

  private LocalKafkaMain() {}

  public static void main(String[] args) throws Exception {
    Path data = StackLayout.detect().localRunData();
    int[] ports = null;
    Integer node = null;
    String cluster = null;
    String voters = null;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        usage();
      }
      switch (args[i]) {
        case "--data" -> data = Path.of(args[i + 1]).toAbsolutePath();
        case "--ports" -> ports = ports(args[i + 1]);
        case "--node" -> node = number(args[i + 1]);
        case "--cluster" -> cluster = args[i + 1];
        case "--voters" -> voters = args[i + 1];
        default -> usage();
      }
    }
    Path ready = data.resolve("kafka.ready");
    Files.deleteIfExists(ready);
    // The stack's builder checks the fixed ports, keeps Kafka's data in DATA/kafka as the whole
    // stack would, and registers the shutdown hook that stops the broker.
    LocalStack.Builder builder = LocalStack.builder().persistentData(data).withKafka();
    boolean member = node != null || cluster != null || voters != null;
    if (member && (node == null || cluster == null || voters == null || ports == null)) {
      usage();
    }
    if (member) {
      builder.kafkaPorts(ports[0], ports[1], new KafkaNode.Membership(node, cluster, voters));
    } else if (ports != null) {
      builder.kafkaPorts(ports[0], ports[1]);
    } else {
      builder.fixedPorts(true);
    }
    LocalStack stack = builder.start();
    System.out.printf(
        "Kafka       %s (ready in %.1f s)%n",
        stack.kafka().bootstrapServers(), stack.startupTimes().get("Kafka").toMillis() / 1000.0);
    Files.writeString(ready, Long.toString(ProcessHandle.current().pid()));

    // The stack's shutdown hook stops the broker on Ctrl-C or SIGTERM.
    new CountDownLatch(1).await();
  }

  private static int[] ports(String value) {
    String[] parts = value.split(",");
    if (parts.length != 2) {
      usage();
    }
    return new int[] {number(parts[0]), number(parts[1])};
  }

  private static int number(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      usage();
      return 0;
    }
  }

  private static void usage() {
    System.err.print(USAGE);
    System.exit(2);
  }
}
