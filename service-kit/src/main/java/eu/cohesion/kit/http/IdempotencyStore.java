package eu.cohesion.kit.http;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The table {@code idempotency_keys} (migration {@code db/kit/http}). Each statement commits on its
 * own, outside the request's transaction: a claim must be visible to a concurrent duplicate at
 * once, and must survive when the use case's transaction rolls back.
 */
@ApplicationScoped
public class IdempotencyStore {

  /** What a request with a key finds. */
  public sealed interface Claim {}

  /** The key is new: this request does the work. */
  public record First() implements Claim {}

  /** The same key was used for another request (other method, path or body). */
  public record Mismatch() implements Claim {}

  /** The first request with this key has not finished yet. */
  public record InFlight() implements Claim {}

  /** The first request finished: its response, to be sent again. */
  public record Replay(int status, String type, String location, String etag, String body)
      implements Claim {}

  private final AgroalDataSource dataSource;
  private final Duration retention;
  private final Duration abandonedAfter;

  IdempotencyStore(
      AgroalDataSource dataSource,
      @ConfigProperty(name = "cohesion.idempotency.retention") Duration retention,
      @ConfigProperty(name = "cohesion.idempotency.abandoned-after") Duration abandonedAfter) {
    this.dataSource = dataSource;
    this.retention = retention;
    this.abandonedAfter = abandonedAfter;
  }

  public Claim claim(String caller, String key, String method, String path, String requestHash) {
    try (Connection c = dataSource.getConnection()) {
      // An expired key, or a claim whose request died before recording its response, is free again.
      update(
          c,
          "DELETE FROM idempotency_keys WHERE caller = ? AND idempotency_key = ? AND (expires_at <"
              + " now() OR (response_status IS NULL AND created_at < now() - make_interval(secs =>"
              + " ?)))",
          caller,
          key,
          abandonedAfter.toSeconds());
      int inserted =
          update(
              c,
              "INSERT INTO idempotency_keys (caller, idempotency_key, method, path, request_hash,"
                  + " created_at, expires_at) VALUES (?, ?, ?, ?, ?, now(), now() +"
                  + " make_interval(secs => ?)) ON CONFLICT DO NOTHING",
              caller,
              key,
              method,
              path,
              requestHash,
              retention.toSeconds());
      if (inserted == 1) {
        return new First();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT method, path, request_hash, response_status, response_type, location, etag,"
                  + " response_body FROM idempotency_keys WHERE caller = ? AND idempotency_key = ?")) {
        s.setString(1, caller);
        s.setString(2, key);
        try (ResultSet row = s.executeQuery()) {
          if (!row.next()) {
            // Freed between our insert and select (expired this instant): the caller may retry.
            return new InFlight();
          }
          if (!row.getString(1).equals(method)
              || !row.getString(2).equals(path)
              || !row.getString(3).equals(requestHash)) {
            return new Mismatch();
          }
          int status = row.getInt(4);
          if (row.wasNull()) {
            return new InFlight();
          }
          return new Replay(
              status, row.getString(5), row.getString(6), row.getString(7), row.getString(8));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("idempotency key store failed", e);
    }
  }

  public void complete(String caller, String key, Replay response) {
    try (Connection c = dataSource.getConnection()) {
      update(
          c,
          "UPDATE idempotency_keys SET response_status = ?, response_type = ?, location = ?, etag ="
              + " ?, response_body = ? WHERE caller = ? AND idempotency_key = ?",
          response.status(),
          response.type(),
          response.location(),
          response.etag(),
          response.body(),
          caller,
          key);
    } catch (SQLException e) {
      throw new IllegalStateException("idempotency key store failed", e);
    }
  }

  /** The request failed: the key may be used again, e.g. for the corrected request. */
  public void release(String caller, String key) {
    try (Connection c = dataSource.getConnection()) {
      update(
          c, "DELETE FROM idempotency_keys WHERE caller = ? AND idempotency_key = ?", caller, key);
    } catch (SQLException e) {
      throw new IllegalStateException("idempotency key store failed", e);
    }
  }

  @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void purgeExpired() {
    try (Connection c = dataSource.getConnection()) {
      update(c, "DELETE FROM idempotency_keys WHERE expires_at < now()");
    } catch (SQLException e) {
      throw new IllegalStateException("idempotency key purge failed", e);
    }
  }

  private static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    }
  }
}
