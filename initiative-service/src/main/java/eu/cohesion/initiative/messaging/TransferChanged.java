package eu.cohesion.initiative.messaging;

import eu.cohesion.initiative.domain.TransferStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.transfer.changed} as practice-exchange-service publishes it on
 * practice-events; only what the link back needs. {@code initiativeId} is set from ADAPTING on.
 */
public record TransferChanged(
    @NotNull UUID transferId,
    @NotNull UUID practiceId,
    @NotBlank String sourceCity,
    @NotBlank String city,
    @NotBlank String status,
    UUID initiativeId) {

  public static final String TYPE = "eu.cohesion.transfer.changed";

  TransferStep step() {
    return new TransferStep(transferId, practiceId, sourceCity, city, status);
  }
}
