package eu.cohesion.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.initiative.domain.NotificationPreferences.Mail;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotificationPreferencesTest {

  @ParameterizedTest(name = "e-mail {0}, digest {1} → {2}")
  @CsvSource({
    "true, false, AT_ONCE",
    "true, true, IN_DIGEST",
    "false, false, NEVER",
    "false, true, NEVER"
  })
  void eMailFollowsBothChoices(boolean email, boolean digest, Mail expected) {
    assertEquals(expected, new NotificationPreferences(email, digest).mail());
  }

  @org.junit.jupiter.api.Test
  void whoNeverChoseGetsAnEMailForEachNotification() {
    assertEquals(Mail.AT_ONCE, NotificationPreferences.DEFAULTS.mail());
  }
}
