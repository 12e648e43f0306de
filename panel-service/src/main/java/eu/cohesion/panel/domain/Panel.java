package eu.cohesion.panel.domain;

import eu.cohesion.kit.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A Local Panel of Stakeholders of one town. */
@Entity
@Table(name = "panel")
public class Panel implements Aggregate {

  @Id private UUID id;

  @Column(name = "city_code", nullable = false, updatable = false)
  private String cityCode;

  @Column(nullable = false)
  private String name;

  private String description;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** Subject of the creator's token: kept for audit, never shown to the public. */
  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  /** Last change of the panel or of its membership, which its public composition counts. */
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Panel() {}

  public static Panel create(
      String cityCode, String name, String description, String createdBy, Instant createdAt) {
    Panel panel = new Panel();
    panel.id = UUID.randomUUID();
    panel.cityCode = cityCode;
    panel.name = PanelRules.name(name);
    panel.description = PanelRules.description(description);
    panel.createdBy = createdBy;
    panel.createdAt = createdAt;
    panel.updatedAt = createdAt;
    return panel;
  }

  @Override
  public UUID id() {
    return id;
  }

  @Override
  public String cityCode() {
    return cityCode;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public long version() {
    return version;
  }
}
