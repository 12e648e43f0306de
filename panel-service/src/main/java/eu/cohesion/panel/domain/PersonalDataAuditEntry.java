package eu.cohesion.panel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One view or change of someone's personal data: who, when, what, whose record. Ids only. */
@Entity
@Table(name = "personal_data_audit")
public class PersonalDataAuditEntry {

  /** What stands in for the actor once the actor themselves was erased. */
  public static final String ERASED = "erased";

  public static final int WHAT_MAX_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private Instant at;

  @Column(name = "actor_id", nullable = false)
  private String actorId;

  @Column(nullable = false, updatable = false)
  private String access;

  @Column(name = "subject_kind", nullable = false, updatable = false)
  private String subjectKind;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private UUID subjectId;

  @Column(name = "panel_id", updatable = false)
  private UUID panelId;

  @Column(nullable = false, updatable = false)
  private String what;

  protected PersonalDataAuditEntry() {}

  public static PersonalDataAuditEntry of(
      Instant at,
      String actorId,
      String access,
      String subjectKind,
      UUID subjectId,
      UUID panelId,
      String what) {
    PersonalDataAuditEntry entry = new PersonalDataAuditEntry();
    entry.at = at;
    // Internal calls without a caller (demo seeding, consumers) are the system's own.
    entry.actorId = actorId == null ? "system" : actorId;
    entry.access = access;
    entry.subjectKind = subjectKind;
    entry.subjectId = subjectId;
    entry.panelId = panelId;
    String text = what == null || what.isBlank() ? access.toLowerCase() : what.strip();
    entry.what = text.length() > WHAT_MAX_LENGTH ? text.substring(0, WHAT_MAX_LENGTH) : text;
    return entry;
  }

  public Long id() {
    return id;
  }

  public Instant at() {
    return at;
  }

  public String actorId() {
    return actorId;
  }

  public String access() {
    return access;
  }

  public String subjectKind() {
    return subjectKind;
  }

  public UUID subjectId() {
    return subjectId;
  }

  public UUID panelId() {
    return panelId;
  }

  public String what() {
    return what;
  }
}
