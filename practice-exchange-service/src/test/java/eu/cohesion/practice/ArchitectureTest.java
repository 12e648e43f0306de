package eu.cohesion.practice;

import eu.cohesion.kit.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The kit's layering: rest and messaging → service → domain. */
class ArchitectureTest {

  @Test
  void followsTheKitsLayering() {
    // The JDK's HMAC (javax.crypto) signs webhook deliveries in domain/webhook/WebhookSignature.
    ArchitectureRules.check("eu.cohesion.practice", "javax.crypto..");
  }
}
