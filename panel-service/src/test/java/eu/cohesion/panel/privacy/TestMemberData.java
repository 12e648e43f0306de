package eu.cohesion.panel.privacy;

import eu.cohesion.panel.service.privacy.DataSubject;
import eu.cohesion.panel.service.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The member records' section as the members area will provide it (their names, anonymised on
 * erasure), so the collector's export and erasure are tested end to end before that area lands.
 */
@ApplicationScoped
public class TestMemberData implements PersonalDataSource {

  static final String ERASED_NAME = "Erased member";

  private final EntityManager entityManager;

  TestMemberData(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public String section() {
    return "memberships";
  }

  @Override
  public Object export(DataSubject subject) {
    if (subject.memberIds().isEmpty()) {
      return List.of();
    }
    return entityManager
        .createNativeQuery(
            "select cast(id as text), display_name from panel_member where id in (:ids)"
                + " order by display_name")
        .setParameter("ids", subject.memberIds())
        .getResultList()
        .stream()
        .map(row -> Map.of("memberId", ((Object[]) row)[0], "displayName", ((Object[]) row)[1]))
        .toList();
  }

  @Override
  public void erase(DataSubject subject, Instant now) {
    entityManager
        .createNativeQuery(
            "update panel_member set display_name = :name, organisation = null,"
                + " population_groups = '{}', consent_recorded_at = null where id in (:ids)")
        .setParameter("name", ERASED_NAME)
        .setParameter("ids", subject.memberIds())
        .executeUpdate();
  }
}
