package eu.cohesion.practice.service.webhook;

import static eu.cohesion.practice.domain.PracticeAction.MANAGE_WEBHOOKS;
import static eu.cohesion.practice.domain.PracticeAction.SEE_EVERY_WEBHOOK;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_WEBHOOKS;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.paging.Filter;
import eu.cohesion.kit.paging.PageRequest;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.webhook.SubscriptionStatus;
import eu.cohesion.practice.domain.webhook.WebhookDelivery;
import eu.cohesion.practice.domain.webhook.WebhookSignature;
import eu.cohesion.practice.domain.webhook.WebhookSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The subscriber's use cases. An integration client sees and changes only the subscriptions it made
 * (another's is a 404, as if it did not exist); the network admin sees and changes all.
 */
@ApplicationScoped
public class WebhookSubscriptions {

  /** A new or rotated secret travels back once, beside the subscription. */
  public record WithSecret(WebhookSubscription subscription, String secret) {}

  private final WebhookSubscriptionRepository subscriptions;
  private final WebhookDeliveryRepository deliveries;
  private final WebhookDeliveryQueue queue;
  private final WebhookSettings settings;
  private final ChangeGate gate;

  WebhookSubscriptions(
      WebhookSubscriptionRepository subscriptions,
      WebhookDeliveryRepository deliveries,
      WebhookDeliveryQueue queue,
      WebhookSettings settings,
      ChangeGate gate) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.queue = queue;
    this.settings = settings;
    this.gate = gate;
  }

  @Transactional
  public WithSecret create(Actor actor, String url, List<String> eventTypes) {
    require(MANAGE_WEBHOOKS, actor);
    String secret = WebhookSignature.newSecret();
    WebhookSubscription subscription =
        WebhookSubscription.create(
            actor.subject(), url, eventTypes, secret, settings.allowLoopback(), gate.now());
    subscriptions.persist(subscription);
    gate.created(
        actor,
        MANAGE_WEBHOOKS,
        "webhook subscription",
        subscription,
        subscription.createdAt(),
        List.of());
    return new WithSecret(subscription, secret);
  }

  @Transactional
  public ResultPage<WebhookSubscription> list(Actor actor, PageRequest request) {
    require(VIEW_WEBHOOKS, actor);
    return Filter.of(request)
        .and("owner = :owner", "owner", seesAll(actor) ? null : actor.subject())
        .page(subscriptions, request);
  }

  @Transactional
  public WebhookSubscription get(Actor actor, UUID id) {
    require(VIEW_WEBHOOKS, actor);
    return visible(actor, id);
  }

  @Transactional
  public WebhookSubscription change(
      Actor actor,
      UUID id,
      Long expectedVersion,
      String url,
      List<String> eventTypes,
      SubscriptionStatus status) {
    require(MANAGE_WEBHOOKS, actor);
    return gate.load("webhook subscription", id, Optional.of(visible(actor, id)))
        .permitted(actor, MANAGE_WEBHOOKS)
        .ifMatch(expectedVersion)
        .apply(
            (subscription, now) -> {
              subscription.change(url, eventTypes, status, settings.allowLoopback(), now);
              return List.of();
            });
  }

  @Transactional
  public WithSecret rotateSecret(Actor actor, UUID id, Long expectedVersion) {
    require(MANAGE_WEBHOOKS, actor);
    String secret = WebhookSignature.newSecret();
    WebhookSubscription rotated =
        gate.load("webhook subscription", id, Optional.of(visible(actor, id)))
            .permitted(actor, MANAGE_WEBHOOKS)
            .ifMatch(expectedVersion)
            .apply(
                (subscription, now) -> {
                  subscription.rotateSecret(secret, now);
                  return List.of();
                });
    return new WithSecret(rotated, secret);
  }

  /** Deletes the subscription and its delivery log. */
  @Transactional
  public void delete(Actor actor, UUID id, Long expectedVersion) {
    require(MANAGE_WEBHOOKS, actor);
    gate.load("webhook subscription", id, Optional.of(visible(actor, id)))
        .permitted(actor, MANAGE_WEBHOOKS)
        .ifMatch(expectedVersion)
        .delete(subscriptions::delete);
  }

  @Transactional
  public ResultPage<WebhookDelivery> deliveries(Actor actor, UUID id, PageRequest request) {
    require(VIEW_WEBHOOKS, actor);
    visible(actor, id);
    return Filter.of(request)
        .and("subscriptionId = :subscription", "subscription", id)
        .page(deliveries, request);
  }

  /** Queues the delivery again, due now, with a fresh count of attempts. */
  @Transactional
  public WebhookDelivery redeliver(Actor actor, UUID id, UUID deliveryId) {
    require(MANAGE_WEBHOOKS, actor);
    visible(actor, id).requireActive();
    WebhookDelivery delivery =
        deliveries
            .findByIdOptional(deliveryId)
            .filter(d -> d.subscriptionId().equals(id))
            .orElseThrow(() -> new ResourceNotFoundException("webhook delivery", deliveryId));
    Instant now = gate.now();
    queue.requeue(deliveryId, now);
    deliveries.getEntityManager().refresh(delivery);
    return delivery;
  }

  private WebhookSubscription visible(Actor actor, UUID id) {
    return subscriptions
        .findByIdOptional(id)
        .filter(s -> seesAll(actor) || s.ownedBy(actor.subject()))
        .orElseThrow(() -> new ResourceNotFoundException("webhook subscription", id));
  }

  private static boolean seesAll(Actor actor) {
    return PracticePermissions.TABLE.allowsEverywhere(SEE_EVERY_WEBHOOK, actor);
  }

  private static void require(PracticeAction action, Actor actor) {
    if (!PracticePermissions.TABLE.allowsSomewhere(action, actor) || actor.subject() == null) {
      throw new ActionNotPermittedException("only integration clients and the network admin");
    }
  }
}
