package eu.cohesion.practice.service.follow;

import eu.cohesion.kit.vocabulary.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The follows: plain (follower, practice) and (follower, theme) pairs, no aggregate — following is
 * set membership, so following twice or unfollowing what one does not follow changes nothing.
 */
@ApplicationScoped
public class FollowRepository {

  /** One follow as stored; either a practice or a theme. */
  public record Follow(UUID practiceId, Theme theme, Instant followedAt) {}

  private final EntityManager entityManager;

  FollowRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void followPractice(String follower, UUID practiceId, Instant at) {
    entityManager
        .createNativeQuery(
            "insert into practice_follow (follower, practice_id, followed_at) values (?1, ?2, ?3)"
                + " on conflict do nothing")
        .setParameter(1, follower)
        .setParameter(2, practiceId)
        .setParameter(3, Timestamp.from(at))
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void unfollowPractice(String follower, UUID practiceId) {
    entityManager
        .createNativeQuery("delete from practice_follow where follower = ?1 and practice_id = ?2")
        .setParameter(1, follower)
        .setParameter(2, practiceId)
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void followTheme(String follower, Theme theme, Instant at) {
    entityManager
        .createNativeQuery(
            "insert into theme_follow (follower, theme, followed_at) values (?1, ?2, ?3)"
                + " on conflict do nothing")
        .setParameter(1, follower)
        .setParameter(2, theme.name())
        .setParameter(3, Timestamp.from(at))
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void unfollowTheme(String follower, Theme theme) {
    entityManager
        .createNativeQuery("delete from theme_follow where follower = ?1 and theme = ?2")
        .setParameter(1, follower)
        .setParameter(2, theme.name())
        .executeUpdate();
  }

  public boolean follows(String follower, UUID practiceId) {
    return !entityManager
        .createNativeQuery("select 1 from practice_follow where follower = ?1 and practice_id = ?2")
        .setParameter(1, follower)
        .setParameter(2, practiceId)
        .getResultList()
        .isEmpty();
  }

  /** The follower's practices, oldest follow first. */
  public List<Follow> practicesOf(String follower) {
    return rows(
        "select cast(practice_id as text), followed_at from practice_follow where follower = ?1"
            + " order by followed_at, practice_id",
        follower,
        id -> new Follow(UUID.fromString(id), null, null));
  }

  /** The follower's themes, oldest follow first. */
  public List<Follow> themesOf(String follower) {
    return rows(
        "select theme, followed_at from theme_follow where follower = ?1"
            + " order by followed_at, theme",
        follower,
        theme -> new Follow(null, Theme.valueOf(theme), null));
  }

  public List<String> followersOf(UUID practiceId) {
    return strings(
        entityManager
            .createNativeQuery(
                "select follower from practice_follow where practice_id = ?1"
                    + " order by followed_at, follower")
            .setParameter(1, practiceId)
            .getResultList());
  }

  public List<String> followersOf(Collection<Theme> themes) {
    if (themes.isEmpty()) {
      return List.of();
    }
    return strings(
        entityManager
            .createNativeQuery(
                "select follower from theme_follow where theme in (:themes)"
                    + " group by follower order by min(followed_at), follower")
            .setParameter("themes", themes.stream().map(Enum::name).toList())
            .getResultList());
  }

  /**
   * @return how many follows the person had
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int forget(String follower) {
    return entityManager
            .createNativeQuery("delete from practice_follow where follower = ?1")
            .setParameter(1, follower)
            .executeUpdate()
        + entityManager
            .createNativeQuery("delete from theme_follow where follower = ?1")
            .setParameter(1, follower)
            .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  private List<Follow> rows(String sql, String follower, Function<String, Follow> target) {
    List<Object[]> rows =
        entityManager.createNativeQuery(sql).setParameter(1, follower).getResultList();
    return rows.stream()
        .map(
            row -> {
              Follow follow = target.apply((String) row[0]);
              return new Follow(follow.practiceId(), follow.theme(), instant(row[1]));
            })
        .toList();
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    return (Instant) value;
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(List<?> rows) {
    return (List<String>) rows;
  }
}
