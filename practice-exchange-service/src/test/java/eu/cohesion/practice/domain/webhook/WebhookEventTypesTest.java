package eu.cohesion.practice.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookEventTypesTest {

  @Test
  void publicTypesAreSortedAndDeduplicated() {
    assertEquals(
        List.of("eu.cohesion.practice.published", "eu.cohesion.transfer.changed"),
        WebhookEventTypes.check(
            List.of(
                "eu.cohesion.transfer.changed",
                "eu.cohesion.practice.published",
                "eu.cohesion.transfer.changed")));
  }

  @Test
  void typesCarryingPersonalOrUnpublishedDataAreRefused() {
    for (String type :
        List.of(
            "eu.cohesion.person.erased",
            "eu.cohesion.panel.member-joined",
            "eu.cohesion.question.asked",
            "eu.cohesion.practice.drafted",
            "eu.cohesion.initiative.concluded")) {
      WebhookRuleException refused =
          assertThrows(
              WebhookRuleException.class,
              () -> WebhookEventTypes.check(List.of("eu.cohesion.practice.published", type)));
      assertTrue(refused.getMessage().contains(type), refused.getMessage());
    }
  }

  @Test
  void atLeastOneType() {
    assertThrows(WebhookRuleException.class, () -> WebhookEventTypes.check(List.of()));
    assertThrows(WebhookRuleException.class, () -> WebhookEventTypes.check(null));
  }

  @Test
  void theLimitIsEveryType() {
    assertEquals(WebhookEventTypes.PUBLIC.size(), WebhookEventTypes.MAX);
  }
}
