package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.TransferStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Records on an initiative the practice of another town it adapts, from the transfers that
 * practice-exchange-service announces (see {@link TransferStep}).
 */
@ApplicationScoped
public class InitiativeAdaptations {

  private static final Logger LOG = Logger.getLogger(InitiativeAdaptations.class);

  private final InitiativeRepository initiatives;
  private final Clock clock;

  InitiativeAdaptations(InitiativeRepository initiatives, Clock clock) {
    this.initiatives = initiatives;
    this.clock = clock;
  }

  /**
   * Applies the step to the initiative it names. MANDATORY: it commits with the consumed event's
   * id, so each event applies at most once. An initiative this service does not hold (deleted
   * since) is nobody's to link.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void follow(UUID initiativeId, TransferStep step) {
    initiatives
        .findByIdOptional(initiativeId)
        .ifPresentOrElse(
            initiative -> {
              if (initiative.follow(step, Instant.now(clock).truncatedTo(ChronoUnit.MICROS))) {
                LOG.infof(
                    "initiative %s: transfer %s is %s",
                    initiativeId, step.transferId(), step.status());
              }
            },
            () ->
                LOG.debugf(
                    "transfer %s names initiative %s, which is not here",
                    step.transferId(), initiativeId));
  }
}
