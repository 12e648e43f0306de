package eu.cohesion.initiative.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.transfer.changed} on practice-events, as the notifier needs it: the
 * adopting town registered or moved a transfer of the source town's practice.
 */
public record TransferChanged(
    @NotNull UUID transferId,
    @NotNull UUID practiceId,
    @NotBlank String sourceCity,
    @NotBlank String city,
    @NotBlank String status,
    @NotNull Change change) {

  public static final String TYPE = "eu.cohesion.transfer.changed";

  /** What happened; ANSWERED is the source town's own act. */
  public enum Change {
    REGISTERED,
    MOVED,
    ANSWERED
  }
}
