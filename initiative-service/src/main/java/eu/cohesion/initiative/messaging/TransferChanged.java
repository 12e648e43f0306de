package eu.cohesion.initiative.messaging;

import eu.cohesion.initiative.domain.TransferStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.transfer.changed} on practice-events, as this service needs it: the
 * notifier tells the source town that the adopting town registered or moved a transfer of its
 * practice, and the link back records which initiative adapts it ({@code initiativeId} is set from
 * ADAPTING on).
 */
public record TransferChanged(
    @NotNull UUID transferId,
    @NotNull UUID practiceId,
    @NotBlank String sourceCity,
    @NotBlank String city,
    @NotBlank String status,
    @NotNull Change change,
    UUID initiativeId) {

  public static final String TYPE = "eu.cohesion.transfer.changed";

  /** What happened; ANSWERED is the source town's own act. */
  public enum Change {
    REGISTERED,
    MOVED,
    ANSWERED
  }

  TransferStep step() {
    return new TransferStep(transferId, practiceId, sourceCity, city, status);
  }
}
