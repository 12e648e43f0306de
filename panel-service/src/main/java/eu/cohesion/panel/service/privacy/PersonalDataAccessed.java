package eu.cohesion.panel.service.privacy;

import java.util.UUID;

/**
 * Fired (CDI, synchronously) whenever someone views or changes personal data, so that the audit
 * records who did what to whose data. {@code subjectKind} names the record, e.g. {@code
 * "panel-member"}; {@code access} is {@link Access#VIEWED} or {@link Access#CHANGED}.
 */
public record PersonalDataAccessed(
    String actorId, Access access, String subjectKind, UUID subjectId, String what) {

  public enum Access {
    VIEWED,
    CHANGED
  }
}
