package eu.cohesion.kit.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One CloudEvent waiting in (or relayed from) the transactional outbox. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

  @Id private UUID id;

  @Column(name = "aggregate_id", nullable = false, updatable = false)
  private UUID aggregateId;

  @Column(nullable = false, updatable = false)
  private String type;

  /** The complete CloudEvent in structured JSON, exactly what goes onto the topic. */
  @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  private String payload;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected OutboxEvent() {}

  OutboxEvent(UUID id, UUID aggregateId, String type, String payload, Instant createdAt) {
    this.id = id;
    this.aggregateId = aggregateId;
    this.type = type;
    this.payload = payload;
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public UUID aggregateId() {
    return aggregateId;
  }

  public String payload() {
    return payload;
  }

  void markPublished(Instant when) {
    publishedAt = when;
  }
}
