package eu.cohesion.initiative.domain;

/**
 * How a person wants to hear of their notifications besides the bell.
 *
 * @param emailEnabled whether notifications reach them by e-mail at all
 * @param dailyDigest whether e-mails come as one digest a day instead of one per notification
 */
public record NotificationPreferences(boolean emailEnabled, boolean dailyDigest) {

  /** A person who never chose: an e-mail for each notification. */
  public static final NotificationPreferences DEFAULTS = new NotificationPreferences(true, false);

  /** When a new notification goes out by e-mail. */
  public enum Mail {
    /** Not at all: the bell only. */
    NEVER,
    /** Right away, one e-mail for it. */
    AT_ONCE,
    /** With the day's digest. */
    IN_DIGEST
  }

  public Mail mail() {
    if (!emailEnabled) {
      return Mail.NEVER;
    }
    return dailyDigest ? Mail.IN_DIGEST : Mail.AT_ONCE;
  }
}
