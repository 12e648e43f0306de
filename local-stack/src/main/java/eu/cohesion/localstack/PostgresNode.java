package eu.cohesion.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL 15 from the binaries in Maven Central (zonky), with one database per service
 * owned by the application user.
 */
public final class PostgresNode implements AutoCloseable {

  /** One database per service: none reads another's. */
  public static final List<String> DATABASES = List.of("panel", "initiative", "practice");

  private static final String USER = "cohesion";
  private static final String PASSWORD = "cohesion";

  private final Path dataDir;
  private final int port;
  private final boolean durable;
  private final Path log;
  private EmbeddedPostgres postgres;

  private PostgresNode(Path dataDir, int port, boolean durable, Path log) {
    this.dataDir = dataDir;
    this.port = port;
    this.durable = durable;
    this.log = log;
  }

  /**
   * Starts PostgreSQL on {@code port} with its data in {@code dataDir}; existing data is kept so
   * that the local run survives a restart.
   *
   * @param durable whether a commit must reach the disk before it is acknowledged. zonky starts
   *     PostgreSQL with {@code -F} (fsync off) and {@code synchronous_commit=off}: right for tests,
   *     whose data is thrown away, but a crash of the machine could corrupt the local run's data,
   *     which is meant to survive; a later {@code -c fsync=on} overrides {@code -F}.
   */
  public static PostgresNode start(Path dataDir, int port, boolean durable) {
    PostgresNode node =
        new PostgresNode(dataDir, port, durable, dataDir.resolveSibling("postgres.log"));
    node.launch();
    node.createUserAndDatabases();
    return node;
  }

  /**
   * Stops the server (fast shutdown: open connections are ended, as in an operator's restart) and
   * starts it again on the same data and port. The fault suite uses it: clients see their
   * connections fail and must recover on their own.
   */
  public synchronized void restart() {
    close();
    launch();
  }

  private void launch() {
    try {
      Files.createDirectories(dataDir);
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      if (durable) {
        builder
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on");
      }
      postgres =
          builder
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              .setPort(port)
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("max_connections", "200")
              .setPGStartupWait(Duration.ofSeconds(60))
              .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "PostgreSQL did not start on 127.0.0.1:" + port + "; log: " + log, e);
    }
  }

  private void createUserAndDatabases() {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", USER)) {
        statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the service user; log: " + log, e);
    }
    DATABASES.forEach(this::createDatabase);
  }

  /**
   * Creates {@code database} owned by the services' user unless it exists; as the superuser, since
   * the services' user may not create databases. The fault suite's scale-out test uses it for a
   * second set of service databases beside the ones other tests count in.
   */
  public void createDatabase(String database) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
        statement.execute("CREATE DATABASE " + database + " OWNER " + USER);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + database + "; log: " + log, e);
    }
  }

  private static boolean exists(Connection connection, String sql, String name)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  public int port() {
    return port;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
  }

  /** The settings a Quarkus service needs to use {@code database} of this server. */
  public Map<String, String> quarkusDatasource(String database) {
    return Map.of(
        "quarkus.datasource.jdbc.url", jdbcUrl(database),
        "quarkus.datasource.username", username(),
        "quarkus.datasource.password", password());
  }

  public String username() {
    return USER;
  }

  public String password() {
    return PASSWORD;
  }

  @Override
  public synchronized void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not stop cleanly; log: " + log, e);
    }
  }
}
