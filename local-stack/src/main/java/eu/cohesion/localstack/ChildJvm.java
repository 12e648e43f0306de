package eu.cohesion.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A JVM the tests start as a child process of their own, so that it can be killed with SIGKILL and
 * started again with the same command line, port and data, as a crash and its supervisor's restart
 * would: a packaged service ({@link #service}) or the local run's Kafka ({@link #kafka}). Its
 * output goes to one log, appended to across restarts.
 */
public final class ChildJvm implements AutoCloseable {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

  private final String name;
  private final List<String> command;
  private final Path log;
  private final BooleanSupplier ready;
  private final Runnable beforeStart;
  private final URI baseUrl;
  private Process process;

  private ChildJvm(
      String name,
      List<String> command,
      Path log,
      URI baseUrl,
      BooleanSupplier ready,
      Runnable beforeStart) {
    this.name = name;
    this.command = command;
    this.log = log;
    this.baseUrl = baseUrl;
    this.ready =
        ready == null ? () -> Readiness.answersOk(baseUrl.resolve("/q/health/ready")) : ready;
    this.beforeStart = beforeStart;
  }

  /**
   * A service's {@code target/quarkus-app/quarkus-run.jar} on {@code port}, with {@code properties}
   * as system properties (database, Kafka, issuer, ...); ready when {@code /q/health/ready} answers
   * 200. The rate limits are raised (a caller's {@code properties} may set them): the suites that
   * start services this way send thousands of requests as a few callers from one address, and
   * measure the APIs, not the limiter (docs/http.md).
   */
  public static ChildJvm service(
      Path root, String service, int port, Map<String, String> properties, Path log) {
    Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: package " + service + " first");
    }
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m"));
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dquarkus.http.host=127.0.0.1");
    command.add("-Dcohesion.rate-limit.read.quota=1000000");
    command.add("-Dcohesion.rate-limit.write.quota=1000000");
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(List.of("-jar", jar.toString()));
    return new ChildJvm(
        service, command, log, URI.create("http://127.0.0.1:" + port), null, () -> {});
  }

  /**
   * One Kafka broker ({@link LocalKafkaMain}) on the given ports with its data in {@code
   * data/kafka}, started from this JVM's class path (which holds local-stack and Kafka); ready once
   * it wrote {@code data/kafka.ready}. A restart keeps the data: topics, offsets and the committed
   * log survive a kill, as they would on a real broker's disk.
   */
  public static ChildJvm kafka(Path data, int port, int controllerPort, Path log) {
    return kafka("Kafka", data, port, controllerPort, List.of(), log);
  }

  /** One member of a Kafka cluster, like {@link #kafka(Path, int, int, Path)} otherwise. */
  public static ChildJvm kafka(
      Path data, int port, int controllerPort, KafkaNode.Membership membership, Path log) {
    List<String> member =
        List.of(
            "--node",
            Integer.toString(membership.nodeId()),
            "--cluster",
            membership.clusterId(),
            "--voters",
            membership.voters());
    return kafka("Kafka node " + membership.nodeId(), data, port, controllerPort, member, log);
  }

  private static ChildJvm kafka(
      String name, Path data, int port, int controllerPort, List<String> membership, Path log) {
    List<String> command =
        new ArrayList<>(
            List.of(
                java(),
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                LocalKafkaMain.class.getName(),
                "--data",
                data.toString(),
                "--ports",
                port + "," + controllerPort));
    command.addAll(membership);
    Path readyFile = data.resolve("kafka.ready");
    // A killed broker leaves its ready file behind: gone before the restart, or the restart
    // would count as ready at once.
    return new ChildJvm(
        name,
        command,
        log,
        null,
        () -> Files.exists(readyFile),
        () -> {
          try {
            Files.deleteIfExists(readyFile);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Starts the process (again) without waiting; see {@link #awaitReady}. */
  public synchronized ChildJvm start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException(name + " is running already");
    }
    beforeStart.run();
    try {
      Files.createDirectories(log.getParent());
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
    return this;
  }

  /** Waits until it is ready; fails early, naming the log, if the process exits meanwhile. */
  public ChildJvm awaitReady(Duration timeout) {
    Process started;
    synchronized (this) {
      started = process;
    }
    Readiness.await(
        name,
        timeout,
        log,
        () -> {
          if (!started.isAlive()) {
            throw new IllegalStateException(
                name + " exited with " + started.exitValue() + "; log: " + log);
          }
          return ready.getAsBoolean();
        });
    return this;
  }

  /** SIGKILL, as a crash: no shutdown hook runs, nothing is flushed or closed. */
  public synchronized void kill() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String name() {
    return name;
  }

  public URI baseUrl() {
    return baseUrl;
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  /** Whether it answers as ready right now. */
  public boolean ready() {
    return process != null && process.isAlive() && ready.getAsBoolean();
  }

  /** SIGTERM (a graceful stop), then SIGKILL if it does not stop in time. */
  @Override
  public synchronized void close() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
