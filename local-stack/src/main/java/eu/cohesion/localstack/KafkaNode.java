package eu.cohesion.localstack;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single-node Apache Kafka (KRaft: broker and controller in one) running inside this JVM, bound
 * to 127.0.0.1. It can be stopped and started again on the same port and data, which is how tests
 * simulate a broker outage.
 */
public final class KafkaNode implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final Path logDir;
  private final int port;
  private final int controllerPort;
  private KafkaRaftServer server;

  private KafkaNode(Path logDir, int port, int controllerPort) {
    this.logDir = logDir;
    this.port = port;
    this.controllerPort = controllerPort;
  }

  public static KafkaNode start(Path logDir, int port, int controllerPort) {
    KafkaNode node = new KafkaNode(logDir, port, controllerPort);
    node.start();
    return node;
  }

  public synchronized void start() {
    if (server != null) {
      return;
    }
    try {
      formatStorageOnce();
      KafkaRaftServer raftServer =
          new KafkaRaftServer(KafkaConfig.fromProps(brokerProperties(), false), Time.SYSTEM);
      raftServer.startup();
      server = raftServer;
    } catch (Exception e) {
      throw new IllegalStateException(
          "Kafka did not start on 127.0.0.1:" + port + " (data: " + logDir + ")", e);
    }
    awaitReady();
  }

  /** Stops the broker and waits until its ports are released. */
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    server.shutdown();
    server.awaitShutdown();
    server = null;
  }

  public int port() {
    return port;
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  @Override
  public void close() {
    stop();
  }

  private Properties brokerProperties() {
    Properties props = new Properties();
    props.putAll(
        Map.ofEntries(
            Map.entry("process.roles", "broker,controller"),
            Map.entry("node.id", "1"),
            Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
            Map.entry(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
            Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
            Map.entry("controller.listener.names", "CONTROLLER"),
            Map.entry("inter.broker.listener.name", "PLAINTEXT"),
            Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
            Map.entry("log.dirs", logDir.toString()),
            Map.entry("num.partitions", "3"),
            Map.entry("auto.create.topics.enable", "true"),
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("offsets.topic.num.partitions", "5"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            Map.entry("share.coordinator.state.topic.replication.factor", "1"),
            Map.entry("share.coordinator.state.topic.min.isr", "1"),
            Map.entry("group.initial.rebalance.delay.ms", "0"),
            Map.entry("log.flush.interval.messages", "1")));
    return props;
  }

  /** Formats only a new folder: a fresh cluster id on existing data would refuse to start. */
  private void formatStorageOnce() throws Exception {
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return;
    }
    Files.createDirectories(logDir);
    new Formatter()
        .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
        .setNodeId(1)
        .setClusterId(Uuid.randomUuid().toString())
        .setDirectories(List.of(logDir.toString()))
        .setMetadataLogDirectory(logDir.toString())
        .setControllerListenerName("CONTROLLER")
        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
        .run();
  }

  /**
   * Ready when the broker answers an admin call; asking for a group's offsets also creates {@code
   * __consumer_offsets} now, so a consumer's first join is not slowed down later.
   */
  private void awaitReady() {
    Properties adminProps = new Properties();
    adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    adminProps.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
    adminProps.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
    try (Admin admin = Admin.create(adminProps)) {
      Readiness.await(
          "Kafka on " + bootstrapServers(),
          READY_TIMEOUT,
          logDir,
          () -> {
            try {
              admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
              admin
                  .listConsumerGroupOffsets("cohesion-local-stack-warm-up")
                  .partitionsToOffsetAndMetadata()
                  .get(5, TimeUnit.SECONDS);
              return true;
            } catch (Exception notYet) {
              return false;
            }
          });
    }
  }
}
