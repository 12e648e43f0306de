package eu.cohesion.initiative.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A panel of panel-service as this service learnt it from {@code eu.cohesion.panel.created}. */
@Entity
@Table(name = "known_panel")
public class KnownPanel {

  @Id private UUID id;

  @Column(name = "city_code", nullable = false, updatable = false)
  private String cityCode;

  @Column(nullable = false)
  private String name;

  @Column(name = "first_seen_at", nullable = false, updatable = false)
  private Instant firstSeenAt;

  protected KnownPanel() {}

  public KnownPanel(UUID id, String cityCode, String name, Instant firstSeenAt) {
    this.id = id;
    this.cityCode = cityCode;
    this.name = name;
    this.firstSeenAt = firstSeenAt;
  }

  public UUID id() {
    return id;
  }

  public String cityCode() {
    return cityCode;
  }

  public String name() {
    return name;
  }

  public Instant firstSeenAt() {
    return firstSeenAt;
  }
}
