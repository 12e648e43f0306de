package eu.cohesion.panel.service.privacy;

import java.time.Instant;

/**
 * One part of the panel service that holds personal data (members, candidates, attendance, …). The
 * data-rights use cases collect every bean of this type, so a new kind of personal data is covered
 * by export (GDPR Art. 15/20) and erasure (Art. 17) by adding one implementation.
 */
public interface PersonalDataSource {

  /** The name of this part in the export document, e.g. {@code "memberships"}. */
  String section();

  /** Everything this part holds about the subject, as JSON-serialisable values. */
  Object export(DataSubject subject);

  /**
   * Anonymises what this part holds about the subject in the caller's transaction: personal fields
   * are cleared or replaced, history without identity is kept.
   */
  void erase(DataSubject subject, Instant now);
}
