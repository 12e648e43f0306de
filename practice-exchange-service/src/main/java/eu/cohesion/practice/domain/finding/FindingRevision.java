package eu.cohesion.practice.domain.finding;

import eu.cohesion.kit.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A finding as the network published it at one time: recorded at its publication and at each later
 * change of its text or evidence. Who revised is kept as a capacity, never a person.
 */
@Entity
@Table(name = "finding_revision")
public class FindingRevision {

  /** Why a revision was recorded. */
  public enum Kind {
    PUBLICATION,
    EDIT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "finding_id", nullable = false, updatable = false)
  private CommonFinding finding;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Kind kind;

  @Column(nullable = false, updatable = false)
  private String language;

  @Column(nullable = false, updatable = false)
  private String statement;

  @Column(updatable = false)
  private String explanation;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  private List<Citation> evidence;

  @Enumerated(EnumType.STRING)
  @Column(name = "revised_by_role", nullable = false, updatable = false)
  private Role revisedByRole;

  @Column(name = "revised_at", nullable = false, updatable = false)
  private Instant at;

  protected FindingRevision() {}

  FindingRevision(
      CommonFinding finding,
      int number,
      Kind kind,
      String language,
      FindingText text,
      List<Citation> evidence,
      Role revisedByRole,
      Instant at) {
    this.finding = finding;
    this.number = number;
    this.kind = kind;
    this.language = language;
    this.statement = text.statement();
    this.explanation = text.explanation();
    this.evidence = List.copyOf(evidence);
    this.revisedByRole = revisedByRole;
    this.at = at;
  }

  public int number() {
    return number;
  }

  public Kind kind() {
    return kind;
  }

  public String language() {
    return language;
  }

  public FindingText text() {
    return new FindingText(statement, explanation);
  }

  public List<Citation> evidence() {
    return List.copyOf(evidence);
  }

  public Role revisedByRole() {
    return revisedByRole;
  }

  public Instant at() {
    return at;
  }
}
