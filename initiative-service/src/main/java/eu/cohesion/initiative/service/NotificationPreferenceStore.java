package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.NotificationPreferences;
import eu.cohesion.kit.problem.IfMatchRequiredException;
import eu.cohesion.kit.problem.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A person's notification preferences, versioned for If-Match. Someone who never saved any has the
 * defaults at version 0.
 */
@ApplicationScoped
public class NotificationPreferenceStore {

  /** Preferences and the version to send back in If-Match. */
  public record Versioned(NotificationPreferences preferences, long version) {}

  private final EntityManager entityManager;
  private final Clock clock;

  NotificationPreferenceStore(EntityManager entityManager, Clock clock) {
    this.entityManager = entityManager;
    this.clock = clock;
  }

  @Transactional
  public NotificationPreferences of(String recipient) {
    return versioned(recipient).preferences();
  }

  @Transactional
  public Versioned versioned(String recipient) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select email_enabled, daily_digest, version from notification_preference"
                    + " where recipient = ?1")
            .setParameter(1, recipient)
            .getResultList();
    if (rows.isEmpty()) {
      return new Versioned(NotificationPreferences.DEFAULTS, 0);
    }
    Object[] row = rows.get(0);
    return new Versioned(
        new NotificationPreferences((Boolean) row[0], (Boolean) row[1]),
        ((Number) row[2]).longValue());
  }

  /**
   * Saves the preferences if they are still at {@code expectedVersion}: 428 without one, 412 when
   * someone (another tab) saved in between. A refused change writes nothing.
   */
  @Transactional
  public Versioned change(String recipient, Long expectedVersion, NotificationPreferences wanted) {
    if (expectedVersion == null) {
      throw new IfMatchRequiredException();
    }
    Timestamp now = Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    int changed =
        expectedVersion == 0
            ? entityManager
                .createNativeQuery(
                    "insert into notification_preference"
                        + " (recipient, email_enabled, daily_digest, version, updated_at)"
                        + " values (?1, ?2, ?3, 1, ?4) on conflict (recipient) do nothing")
                .setParameter(1, recipient)
                .setParameter(2, wanted.emailEnabled())
                .setParameter(3, wanted.dailyDigest())
                .setParameter(4, now)
                .executeUpdate()
            : entityManager
                .createNativeQuery(
                    "update notification_preference set email_enabled = ?2, daily_digest = ?3,"
                        + " version = version + 1, updated_at = ?4"
                        + " where recipient = ?1 and version = ?5")
                .setParameter(1, recipient)
                .setParameter(2, wanted.emailEnabled())
                .setParameter(3, wanted.dailyDigest())
                .setParameter(4, now)
                .setParameter(5, expectedVersion)
                .executeUpdate();
    if (changed == 0) {
      throw new StaleVersionException(
          "your notification preferences", expectedVersion, versioned(recipient).version());
    }
    return new Versioned(wanted, expectedVersion + 1);
  }
}
