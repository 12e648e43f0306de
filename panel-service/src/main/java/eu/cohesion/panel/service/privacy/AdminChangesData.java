package eu.cohesion.panel.service.privacy;

import eu.cohesion.kit.audit.AdminAudit;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The kit's audit of administrative changes names the person who made each change by their Keycloak
 * id: the export lists those changes, an erasure keeps them and replaces the id.
 */
@ApplicationScoped
public class AdminChangesData implements PersonalDataSource {

  /** Enough for any person's export; the audit endpoint pages through the rest. */
  private static final int EXPORT_LIMIT = 10_000;

  private final AdminAudit audit;

  AdminChangesData(AdminAudit audit) {
    this.audit = audit;
  }

  @Override
  public String section() {
    return "administrativeChanges";
  }

  @Override
  public Object export(DataSubject subject) {
    if (subject.keycloakUserId() == null) {
      return List.of();
    }
    return audit.changesBy(subject.keycloakUserId().toString(), EXPORT_LIMIT);
  }

  @Override
  public void erase(DataSubject subject, Instant now) {
    if (subject.keycloakUserId() != null) {
      audit.anonymise(subject.keycloakUserId().toString());
    }
  }
}
