package eu.cohesion.practice.domain.webhook;

import eu.cohesion.kit.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An integration client's wish to receive public events at a URL, signed with a secret of its own.
 * The owner is the client's token subject; only it (and the network admin) sees the subscription.
 * Not a town's: {@link #cityCode()} is null.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription implements Aggregate {

  /**
   * Why a subscription stopped receiving when the relay paused it ({@link DeliveryPolicy#pauses}).
   */
  public static final String PAUSED_AFTER_FAILURES = "consecutive delivery failures";

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String owner;

  @Column(name = "target_url", nullable = false)
  private String targetUrl;

  @Column(name = "event_types", nullable = false)
  private String[] eventTypes;

  @Column(nullable = false)
  private String secret;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SubscriptionStatus status;

  @Column(name = "paused_reason")
  private String pausedReason;

  @Column(name = "consecutive_failures", nullable = false)
  private int consecutiveFailures;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected WebhookSubscription() {}

  /**
   * An ACTIVE subscription; the target and the types are checked here ({@link WebhookTarget},
   * {@link WebhookEventTypes}).
   */
  public static WebhookSubscription create(
      String owner,
      String url,
      List<String> eventTypes,
      String secret,
      boolean loopbackAllowed,
      Instant now) {
    WebhookSubscription s = new WebhookSubscription();
    s.id = UUID.randomUUID();
    s.owner = owner;
    s.targetUrl = WebhookTarget.check(url, loopbackAllowed);
    s.eventTypes = WebhookEventTypes.check(eventTypes).toArray(String[]::new);
    s.secret = secret;
    s.status = SubscriptionStatus.ACTIVE;
    s.createdAt = now;
    s.updatedAt = now;
    return s;
  }

  /**
   * The subscriber's change; a null field stays as it is. Resuming clears the failure count, so a
   * fixed receiver gets its full share of attempts again.
   */
  public void change(
      String url,
      List<String> types,
      SubscriptionStatus newStatus,
      boolean loopbackAllowed,
      Instant now) {
    String checkedUrl = url == null ? targetUrl : WebhookTarget.check(url, loopbackAllowed);
    String[] checkedTypes =
        types == null ? eventTypes : WebhookEventTypes.check(types).toArray(String[]::new);
    targetUrl = checkedUrl;
    eventTypes = checkedTypes;
    if (newStatus == SubscriptionStatus.PAUSED && status == SubscriptionStatus.ACTIVE) {
      status = SubscriptionStatus.PAUSED;
      pausedReason = "paused by the subscriber";
    } else if (newStatus == SubscriptionStatus.ACTIVE && status == SubscriptionStatus.PAUSED) {
      status = SubscriptionStatus.ACTIVE;
      pausedReason = null;
      consecutiveFailures = 0;
    }
    updatedAt = now;
  }

  public void rotateSecret(String newSecret, Instant now) {
    secret = newSecret;
    updatedAt = now;
  }

  public boolean wants(String eventType) {
    return status == SubscriptionStatus.ACTIVE && List.of(eventTypes).contains(eventType);
  }

  /** Redelivery is for an active subscription: a paused one is resumed first. */
  public void requireActive() {
    if (status != SubscriptionStatus.ACTIVE) {
      throw WebhookRuleException.notPaused(
          "subscription " + id + " is paused: resume it (status ACTIVE) before redelivering");
    }
  }

  public boolean ownedBy(String subject) {
    return owner.equals(subject);
  }

  @Override
  public UUID id() {
    return id;
  }

  @Override
  public String cityCode() {
    return null;
  }

  @Override
  public long version() {
    return version;
  }

  public String owner() {
    return owner;
  }

  public String targetUrl() {
    return targetUrl;
  }

  public List<String> eventTypes() {
    return List.of(eventTypes);
  }

  public String secret() {
    return secret;
  }

  public SubscriptionStatus status() {
    return status;
  }

  public String pausedReason() {
    return pausedReason;
  }

  public int consecutiveFailures() {
    return consecutiveFailures;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
