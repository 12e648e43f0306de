package eu.cohesion.practice.domain.finding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One town's endorsement of a published recommendation, given and withdrawn by that town's
 * coordinator. Kept apart from the recommendation's version: towns endorsing at once do not
 * conflict with each other or with the network admin's edit. Records the town, never the person.
 */
@Entity
@Table(name = "recommendation_endorsement")
public class RecommendationEndorsement {

  @Id private UUID id;

  @Column(name = "recommendation_id", nullable = false, updatable = false)
  private UUID recommendationId;

  @Column(name = "city_code", nullable = false, updatable = false)
  private String cityCode;

  @Column(name = "endorsed_at", nullable = false, updatable = false)
  private Instant endorsedAt;

  protected RecommendationEndorsement() {}

  RecommendationEndorsement(UUID recommendationId, String cityCode, Instant endorsedAt) {
    this.id = UUID.randomUUID();
    this.recommendationId = recommendationId;
    this.cityCode = cityCode;
    this.endorsedAt = endorsedAt;
  }

  public UUID recommendationId() {
    return recommendationId;
  }

  public String cityCode() {
    return cityCode;
  }

  public Instant endorsedAt() {
    return endorsedAt;
  }
}
