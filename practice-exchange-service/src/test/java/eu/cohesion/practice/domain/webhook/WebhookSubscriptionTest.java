package eu.cohesion.practice.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSubscriptionTest {

  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
  private static final String PUBLISHED = "eu.cohesion.practice.published";

  private WebhookSubscription subscription() {
    return WebhookSubscription.create(
        "client-a", "https://hooks.example.org/in", List.of(PUBLISHED), "whsec_AAAA", false, NOW);
  }

  @Test
  void startsActiveForItsOwner() {
    WebhookSubscription s = subscription();
    assertEquals(SubscriptionStatus.ACTIVE, s.status());
    assertTrue(s.ownedBy("client-a"));
    assertFalse(s.ownedBy("client-b"));
    assertTrue(s.wants(PUBLISHED));
    assertFalse(s.wants("eu.cohesion.transfer.changed"));
    assertNull(s.cityCode());
  }

  @Test
  void aRefusedChangeChangesNothing() {
    WebhookSubscription s = subscription();
    assertThrows(
        WebhookRuleException.class,
        () ->
            s.change(
                "https://hooks.example.org/new",
                List.of("eu.cohesion.person.erased"),
                null,
                false,
                NOW));
    assertEquals("https://hooks.example.org/in", s.targetUrl());
    assertEquals(List.of(PUBLISHED), s.eventTypes());
  }

  @Test
  void theSubscriberPausesAndResumes() {
    WebhookSubscription s = subscription();
    s.change(null, null, SubscriptionStatus.PAUSED, false, NOW);
    assertEquals(SubscriptionStatus.PAUSED, s.status());
    assertEquals("paused by the subscriber", s.pausedReason());
    assertFalse(s.wants(PUBLISHED));
    assertThrows(WebhookRuleException.class, s::requireActive);
    s.change(null, List.of("eu.cohesion.transfer.changed"), SubscriptionStatus.ACTIVE, false, NOW);
    assertTrue(s.wants("eu.cohesion.transfer.changed"));
    assertNull(s.pausedReason());
    assertEquals(0, s.consecutiveFailures());
    s.requireActive();
  }
}
