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
 * An Apache Kafka node (KRaft: broker and controller in one) running inside this JVM, bound to
 * 127.0.0.1: alone, as in the local run and most tests, or one of the voters of a cluster (the
 * fault suite's scale-out test runs three, each in a JVM of its own). It can be stopped and started
 * again on the same port and data, which is how tests simulate a broker outage.
 */
public final class KafkaNode implements AutoCloseable {

  /**
   * Which cluster a node belongs to: its id, the cluster's id (every member formats its storage
   * with the same one) and the controller quorum's voters ({@code id@host:port,...}). Internal
   * topics and new topics are replicated on every voter, at most three, and need two in sync where
   * there are more than one, as on a production cluster.
   */
  public record Membership(int nodeId, String clusterId, String voters) {

    static Membership alone(int controllerPort) {
      return new Membership(1, null, "1@127.0.0.1:" + controllerPort);
    }

    int replicas() {
      return Math.min(3, voters.split(",").length);
    }

    int minInSync() {
      return Math.min(2, replicas());
    }
  }

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final Path logDir;
  private final int port;
  private final int controllerPort;
  private final Membership membership;
  private KafkaRaftServer server;

  private KafkaNode(Path logDir, int port, int controllerPort, Membership membership) {
    this.logDir = logDir;
    this.port = port;
    this.controllerPort = controllerPort;
    this.membership = membership;
  }

  /** A node alone: its own cluster, every topic on it only. */
  public static KafkaNode start(Path logDir, int port, int controllerPort) {
    return start(logDir, port, controllerPort, Membership.alone(controllerPort));
  }

  /**
   * A member of a cluster. It is ready only once a quorum of voters runs and the internal topics
   * have their replicas, so the members of a new cluster are started together.
   */
  public static KafkaNode start(Path logDir, int port, int controllerPort, Membership membership) {
    KafkaNode node = new KafkaNode(logDir, port, controllerPort, membership);
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
    String replicas = Integer.toString(membership.replicas());
    String minInSync = Integer.toString(membership.minInSync());
    Properties props = new Properties();
    props.putAll(
        Map.ofEntries(
            Map.entry("process.roles", "broker,controller"),
            Map.entry("node.id", Integer.toString(membership.nodeId())),
            Map.entry("controller.quorum.voters", membership.voters()),
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
            Map.entry("default.replication.factor", replicas),
            Map.entry("min.insync.replicas", minInSync),
            Map.entry("offsets.topic.replication.factor", replicas),
            Map.entry("offsets.topic.num.partitions", "5"),
            Map.entry("transaction.state.log.replication.factor", replicas),
            Map.entry("transaction.state.log.min.isr", minInSync),
            Map.entry("share.coordinator.state.topic.replication.factor", replicas),
            Map.entry("share.coordinator.state.topic.min.isr", minInSync),
            Map.entry("group.initial.rebalance.delay.ms", "0"),
            Map.entry("log.flush.interval.messages", "1")));
    if (membership.replicas() > 1) {
      // A dead member leaves the in-sync replicas only once the controller fences it; until then
      // writes with acks=all wait for it. On loopback a missed heartbeat means a dead process, so
      // fence after 4 s instead of the default 9 s.
      props.put("broker.heartbeat.interval.ms", "1000");
      props.put("broker.session.timeout.ms", "4000");
    }
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
        .setNodeId(membership.nodeId())
        .setClusterId(
            membership.clusterId() == null ? Uuid.randomUuid().toString() : membership.clusterId())
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
