package eu.cohesion.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The infrastructure Cohesion runs on — PostgreSQL, Kafka, Keycloak, an SMTP server — started
 * without Docker, the same way for the tests (free ports, throw-away data), the local run and CI
 * (fixed ports, data kept in {@code .local-stack/data}). Everything started is stopped on {@link
 * #close()} and, through a shutdown hook, when the JVM ends or gets Ctrl-C.
 */
public final class LocalStack implements AutoCloseable {

  private final Path dataDir;
  private final boolean throwAwayData;
  private final Map<String, Duration> startupTimes = new LinkedHashMap<>();
  private final Thread shutdownHook = new Thread(this::close, "local-stack-shutdown");
  private PostgresNode postgres;
  private KafkaNode kafka;
  private KeycloakNode keycloak;
  private SmtpNode smtp;
  private boolean closed;

  private LocalStack(Path dataDir, boolean throwAwayData) {
    this.dataDir = dataDir;
    this.throwAwayData = throwAwayData;
  }

  public static Builder builder() {
    return new Builder();
  }

  public PostgresNode postgres() {
    return require(postgres, "PostgreSQL");
  }

  public KafkaNode kafka() {
    return require(kafka, "Kafka");
  }

  public KeycloakNode keycloak() {
    return require(keycloak, "Keycloak");
  }

  public SmtpNode smtp() {
    return require(smtp, "the SMTP server");
  }

  /** How long each component took to become ready, in start order. */
  public Map<String, Duration> startupTimes() {
    synchronized (startupTimes) {
      return Collections.unmodifiableMap(new LinkedHashMap<>(startupTimes));
    }
  }

  public Path dataDir() {
    return dataDir;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (Thread.currentThread() != shutdownHook) {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    }
    if (kafka != null) {
      kafka.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    if (keycloak != null) {
      keycloak.close();
    }
    if (smtp != null) {
      smtp.close();
    }
    if (throwAwayData) {
      LocalStackFiles.deleteRecursively(dataDir);
    }
  }

  private static <T> T require(T node, String what) {
    if (node == null) {
      throw new IllegalStateException(what + " was not started in this stack");
    }
    return node;
  }

  /** Chooses components, ports and where data lives. */
  public static final class Builder {
    private StackLayout layout;
    private Path dataDir;
    private boolean fixedPorts;
    private boolean withPostgres;
    private boolean durablePostgres;
    private boolean withKafka;
    private int[] kafkaPorts;
    private KafkaNode.Membership kafkaMembership;
    private boolean withKeycloak;
    private boolean withSmtp;

    private Builder() {}

    public Builder layout(StackLayout layout) {
      this.layout = layout;
      return this;
    }

    /** Keeps data in this folder across runs; without it, data goes to a temporary folder. */
    public Builder persistentData(Path dataDir) {
      this.dataDir = dataDir;
      return this;
    }

    /** The documented ports of {@link Ports}; otherwise free ports are picked. */
    public Builder fixedPorts(boolean fixedPorts) {
      this.fixedPorts = fixedPorts;
      return this;
    }

    public Builder withPostgres() {
      this.withPostgres = true;
      return this;
    }

    /**
     * PostgreSQL acknowledges a commit only once it is on disk (fsync on), for data that must
     * survive a crash; tests leave it off for speed.
     */
    public Builder withDurablePostgres() {
      this.withPostgres = true;
      this.durablePostgres = true;
      return this;
    }

    public Builder withKafka() {
      this.withKafka = true;
      return this;
    }

    /** Kafka on these ports (broker, controller) rather than fixed or free ones. */
    public Builder kafkaPorts(int port, int controllerPort) {
      this.withKafka = true;
      this.kafkaPorts = new int[] {port, controllerPort};
      return this;
    }

    /** Kafka on these ports as one member of a cluster, rather than alone. */
    public Builder kafkaPorts(int port, int controllerPort, KafkaNode.Membership membership) {
      this.kafkaMembership = membership;
      return kafkaPorts(port, controllerPort);
    }

    public Builder withKeycloak() {
      this.withKeycloak = true;
      return this;
    }

    /** An SMTP server that accepts any mail; a Keycloak of the same stack sends through it. */
    public Builder withSmtp() {
      this.withSmtp = true;
      return this;
    }

    public LocalStack start() {
      boolean throwAway = dataDir == null;
      Path dir = throwAway ? LocalStackFiles.createTempDir() : dataDir;
      LocalStack stack = new LocalStack(dir, throwAway);
      Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
      try {
        StackLayout stackLayout = layout == null ? StackLayout.detect() : layout;
        // Keycloak needs only the SMTP port at start (it connects when it sends), so both boot
        // in parallel with the others; Keycloak is the slowest by far.
        int smtpPort = withSmtp ? port(Ports.SMTP) : 0;
        int mailApiPort = withSmtp ? port(Ports.MAIL_API) : 0;
        CompletableFuture<SmtpNode> smtp =
            withSmtp
                ? CompletableFuture.supplyAsync(
                    () ->
                        timed(
                            stack,
                            "SMTP server",
                            () ->
                                SmtpNode.start(
                                    stackLayout, dir.resolve("smtp"), smtpPort, mailApiPort)))
                : CompletableFuture.completedFuture(null);
        CompletableFuture<KeycloakNode> keycloak =
            withKeycloak
                ? CompletableFuture.supplyAsync(
                    () ->
                        timed(
                            stack,
                            "Keycloak",
                            () ->
                                KeycloakNode.start(
                                    stackLayout,
                                    dir.resolve("keycloak"),
                                    port(Ports.KEYCLOAK),
                                    port(Ports.KEYCLOAK_MANAGEMENT),
                                    smtpPort)))
                : CompletableFuture.completedFuture(null);
        if (withPostgres) {
          stack.postgres =
              timed(
                  stack,
                  "PostgreSQL",
                  () ->
                      PostgresNode.start(
                          dir.resolve("postgres/data"), port(Ports.POSTGRES), durablePostgres));
        }
        if (withKafka) {
          stack.kafka =
              timed(
                  stack,
                  "Kafka",
                  () ->
                      kafkaPorts == null
                          ? KafkaNode.start(
                              dir.resolve("kafka"), port(Ports.KAFKA), port(Ports.KAFKA_CONTROLLER))
                          : KafkaNode.start(
                              dir.resolve("kafka"),
                              kafkaPorts[0],
                              kafkaPorts[1],
                              kafkaMembership == null
                                  ? KafkaNode.Membership.alone(kafkaPorts[1])
                                  : kafkaMembership));
        }
        stack.smtp = smtp.join();
        stack.keycloak = keycloak.join();
        return stack;
      } catch (RuntimeException e) {
        stack.close();
        throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause
            ? cause
            : e;
      }
    }

    private int port(int fixed) {
      if (!fixedPorts) {
        return Ports.free();
      }
      if (Ports.inUse(fixed)) {
        throw new IllegalStateException(
            "Port 127.0.0.1:" + fixed + " is already in use: is another local stack running?");
      }
      return fixed;
    }

    private static <T> T timed(LocalStack stack, String what, Supplier<T> start) {
      long began = System.nanoTime();
      T node = start.get();
      synchronized (stack.startupTimes) {
        stack.startupTimes.put(what, Duration.ofNanos(System.nanoTime() - began));
      }
      return node;
    }
  }
}
