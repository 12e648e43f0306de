package eu.cohesion.practice.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.practice.domain.Transfer;
import eu.cohesion.practice.domain.TransferStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.transfer.changed} on {@code practice-events}: a transfer was
 * registered, took a step or was answered. Ids, towns and the state only; no text, no author.
 *
 * @param change what happened: REGISTERED, MOVED or ANSWERED
 * @param city the adopting town
 * @param sourceCity the practice's town
 * @param initiativeId the adopting town's initiative, from ADAPTING on
 */
public record TransferChanged(
    UUID transferId,
    UUID practiceId,
    String sourceCity,
    String city,
    TransferStatus status,
    Change change,
    UUID initiativeId,
    boolean answered,
    Instant changedAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.transfer.changed";

  /** What the event announces. */
  public enum Change {
    REGISTERED,
    MOVED,
    ANSWERED
  }

  public static TransferChanged of(Transfer transfer, Change change) {
    return new TransferChanged(
        transfer.id(),
        transfer.practiceId(),
        transfer.sourceCity(),
        transfer.cityCode(),
        transfer.status(),
        change,
        transfer.initiativeId(),
        transfer.answer() != null,
        transfer.updatedAt());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public UUID subject() {
    return transferId;
  }
}
