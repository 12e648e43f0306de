package eu.cohesion.kit.readcache;

import eu.cohesion.kit.messaging.Backoff;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Whether the service's data may have changed since a moment: a generation number that goes up
 * after every committed change, so that what was read at one generation is current exactly as long
 * as the generation stays the same.
 *
 * <p>It goes up when PostgreSQL notifies channel {@code kit_read_cache} (the triggers of {@code
 * db/kit/readcache}: any committed write, by any replica, consumer or job), and on {@link #bump()}
 * right after this replica's own successful writes, so that a caller reads its own write at once
 * instead of after the notification's round trip. One connection of its own listens, outside the
 * pool. While it is not listening (not yet connected, the database down, the connection lost)
 * {@link #listening()} is false and nothing may be served from what was read; on every
 * (re)connection the generation goes up, since notifications sent meanwhile are lost.
 */
@ApplicationScoped
public class DatabaseChanges {

  private static final Logger LOG = Logger.getLogger(DatabaseChanges.class);

  static final String CHANNEL = "kit_read_cache";

  /** How long one wait for notifications lasts; a connection idle that long is probed. */
  private static final int WAIT_MILLIS = 5_000;

  private static final Backoff RECONNECT =
      new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5));

  private final boolean enabled;
  private final String url;
  private final Optional<String> username;
  private final Optional<String> password;
  private final AtomicLong generation = new AtomicLong();
  private volatile boolean listening;
  private volatile boolean running;
  private volatile Connection connection;
  private Thread listener;

  DatabaseChanges(
      @ConfigProperty(name = "cohesion.read-cache.enabled", defaultValue = "false") boolean enabled,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
    this.enabled = enabled && url.isPresent();
    this.url = url.orElse(null);
    this.username = username;
    this.password = password;
  }

  /**
   * Whether the service keeps public reads at all ({@code cohesion.read-cache.enabled}, with a
   * database to listen to).
   */
  public boolean enabled() {
    return enabled;
  }

  /** The current generation; compare it with one taken before a read. */
  public long generation() {
    return generation.get();
  }

  /** True while every committed change reaches {@link #generation()}. */
  public boolean listening() {
    return listening;
  }

  /** This replica has just committed a change: what was read before is no longer current. */
  public void bump() {
    generation.incrementAndGet();
  }

  void start(@Observes StartupEvent event) {
    if (!enabled) {
      return;
    }
    running = true;
    listener = new Thread(this::listen, "kit-read-cache-listener");
    listener.setDaemon(true);
    listener.start();
  }

  void stop(@Observes ShutdownEvent event) {
    running = false;
    listening = false;
    if (listener != null) {
      listener.interrupt();
      closeQuietly(connection);
    }
  }

  private void listen() {
    int failures = 0;
    while (running) {
      try (Connection c = connect()) {
        connection = c;
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + CHANNEL);
        }
        // Notifications sent while nobody listened are lost: start a new generation.
        bump();
        listening = true;
        if (failures > 0) {
          LOG.infof("listening for database changes again after %d failed attempts", failures);
        }
        failures = 0;
        awaitNotifications(c.unwrap(PGConnection.class), c);
      } catch (SQLException e) {
        listening = false;
        bump();
        failures++;
        if (!running) {
          return;
        }
        if (failures == 1) {
          LOG.warnf("not listening for database changes, public reads go uncached: %s", e);
        }
        if (!pause(RECONNECT.after(failures))) {
          return;
        }
      }
    }
  }

  private void awaitNotifications(PGConnection pg, Connection c) throws SQLException {
    while (running) {
      PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
      if (notifications != null && notifications.length > 0) {
        bump();
      } else {
        // A quiet connection may be a dead one (no reset ever arrived): ask.
        try (Statement s = c.createStatement()) {
          s.execute("SELECT 1");
        }
      }
    }
  }

  private Connection connect() throws SQLException {
    Properties props = new Properties();
    username.ifPresent(u -> props.setProperty("user", u));
    password.ifPresent(p -> props.setProperty("password", p));
    props.setProperty("ApplicationName", "kit-read-cache-listener");
    props.setProperty("connectTimeout", "5");
    // The driver itself, not DriverManager: its class loader checks refuse a driver that was
    // registered by another class loader (as in Quarkus' test and dev modes).
    Connection c = new Driver().connect(url, props);
    if (c == null) {
      throw new SQLException("not a PostgreSQL URL: " + url);
    }
    return c;
  }

  private static boolean pause(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException e) {
      LOG.debugf("closing the listener's connection: %s", e);
    }
  }
}
