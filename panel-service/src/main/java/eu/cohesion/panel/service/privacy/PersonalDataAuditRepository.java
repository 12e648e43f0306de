package eu.cohesion.panel.service.privacy;

import eu.cohesion.panel.domain.PersonalDataAuditEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PersonalDataAuditRepository
    implements PanacheRepositoryBase<PersonalDataAuditEntry, Long> {

  List<PersonalDataAuditEntry> about(Collection<UUID> subjectIds) {
    return subjectIds.isEmpty() ? List.of() : list("subjectId in ?1 order by id", subjectIds);
  }

  /** Replaces the actor id of what the erased person did themselves; the rows stay. */
  int forgetActor(String actorId) {
    return update("actorId = ?1 where actorId = ?2", PersonalDataAuditEntry.ERASED, actorId);
  }
}
