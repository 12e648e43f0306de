package eu.cohesion.panel.service.privacy;

import eu.cohesion.panel.domain.MemberErasure;
import eu.cohesion.panel.domain.PersonalDataAuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The audit itself holds personal data: whose records were viewed or changed (Art. 15 gives the
 * person the right to know), and what a signed-in person viewed or changed themselves. An erasure
 * keeps every row; rows about the person keep only the member id, rows of what the person did lose
 * the person's id.
 */
@ApplicationScoped
public class AuditTrailData implements PersonalDataSource {

  private final PersonalDataAuditRepository entries;
  private final EntityManager entityManager;

  AuditTrailData(PersonalDataAuditRepository entries, EntityManager entityManager) {
    this.entries = entries;
    this.entityManager = entityManager;
  }

  /** An access to the person's records; who accessed stays out (another person's id). */
  public record Access(Instant at, String access, UUID memberId, String what) {}

  public record Export(List<Access> accessesToYourRecords, long accessesYouMade) {}

  @Override
  public String section() {
    return "personalDataAudit";
  }

  @Override
  public Object export(DataSubject subject) {
    List<Access> about =
        entries.about(subject.memberIds()).stream()
            .map(e -> new Access(e.at(), e.access(), e.subjectId(), e.what()))
            .toList();
    long made =
        subject.keycloakUserId() == null
            ? 0
            : entries.count("actorId", subject.keycloakUserId().toString());
    return new Export(about, made);
  }

  @Override
  public void erase(DataSubject subject, Instant now) {
    if (subject.keycloakUserId() == null) {
      return;
    }
    String id = subject.keycloakUserId().toString();
    entries.forgetActor(id);
    entityManager
        .createQuery(
            "update "
                + MemberErasure.class.getSimpleName()
                + " e set e.erasedBy = :erased"
                + " where e.erasedBy = :id")
        .setParameter("erased", PersonalDataAuditEntry.ERASED)
        .setParameter("id", id)
        .executeUpdate();
  }
}
