package eu.cohesion.initiative.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * What a transfer of a practice says about the adopting town's initiative, as
 * practice-exchange-service announces it ({@code eu.cohesion.transfer.changed}): the state the
 * transfer is in and, from ADAPTING on, the initiative it is linked to.
 *
 * @param city the adopting town
 * @param sourceCity the practice's town
 * @param status INTERESTED, ADAPTING, TRANSFERRED or ABANDONED
 */
public record TransferStep(
    UUID transferId, UUID practiceId, String sourceCity, String city, String status) {

  private static final String ADAPTING = "ADAPTING";
  private static final String TRANSFERRED = "TRANSFERRED";
  private static final String ABANDONED = "ABANDONED";

  /**
   * The link the initiative of the adopting town holds after this step, given the one it held
   * before: an ADAPTING or TRANSFERRED transfer links it to the practice; the same transfer
   * ABANDONED unlinks it (the town gave the practice up); any other step, and any transfer of
   * another town, leaves it as it was.
   */
  public Optional<AdaptedFrom> applyTo(String initiativeCity, Optional<AdaptedFrom> before) {
    if (!city.equals(initiativeCity)) {
      return before;
    }
    return switch (status) {
      case ADAPTING, TRANSFERRED ->
          Optional.of(new AdaptedFrom(practiceId, transferId, sourceCity));
      case ABANDONED -> before.filter(link -> !link.transferId().equals(transferId));
      default -> before;
    };
  }
}
