package eu.cohesion.initiative.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The practice of another town an initiative adapts: the adopting town linked it to the transfer of
 * that practice (ADAPTING) and may have ended the transfer TRANSFERRED (docs/transfers.md).
 *
 * @param sourceCity the practice's town
 */
public record AdaptedFrom(UUID practiceId, UUID transferId, String sourceCity) {

  public AdaptedFrom {
    Objects.requireNonNull(practiceId, "practice");
    Objects.requireNonNull(transferId, "transfer");
    Objects.requireNonNull(sourceCity, "source city");
  }
}
