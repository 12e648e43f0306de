package eu.cohesion.kit.messaging;

import java.util.Optional;

/**
 * A record no retry can make usable: it goes to the channel's dead-letter topic, and the partition
 * moves on. Only the {@link EventRouter} and the handlers it calls decide this; anything else that
 * fails is retried in place (see {@link FailureClassifier}).
 */
public final class PoisonEvent extends RuntimeException {

  /** Why a record was dead-lettered; its code is the {@code cohesion-dead-letter-reason} header. */
  public enum Reason {
    /** The value is not JSON. */
    UNPARSEABLE("unparseable"),
    /** JSON, but not a structured CloudEvent (specversion, id, source or type missing). */
    NOT_A_CLOUD_EVENT("not-a-cloud-event"),
    /** A CloudEvent of a spec version this consumer does not read (only 1.0 exists today). */
    UNSUPPORTED_SPEC_VERSION("unsupported-spec-version"),
    /** The data does not map onto the payload record or breaks its Bean Validation constraints. */
    INVALID_DATA("invalid-data"),
    /** A handler found the event unusable, e.g. a domain rule the data breaks. */
    REJECTED("rejected");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  private final Reason reason;

  public PoisonEvent(Reason reason, String detail) {
    this(reason, detail, null);
  }

  public PoisonEvent(Reason reason, String detail, Throwable cause) {
    super(reason.code() + ": " + detail, cause, false, false);
    this.reason = reason;
  }

  /** For a handler: this event can never be applied, retrying would not help. */
  public static PoisonEvent rejected(String detail) {
    return new PoisonEvent(Reason.REJECTED, detail);
  }

  public Reason reason() {
    return reason;
  }

  /** The poison verdict somewhere in a failure's cause chain, if any. */
  public static Optional<PoisonEvent> in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PoisonEvent poison) {
        return Optional.of(poison);
      }
    }
    return Optional.empty();
  }
}
