package eu.cohesion.practice.service;

import eu.cohesion.practice.domain.Transfer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Applies {@code eu.cohesion.person.erased}: transfers the person registered keep their town, state
 * and texts (the town's words) but name {@value Transfer#ERASED} as author. In the consumed event's
 * transaction, so it happens at most once per event id; a second erasure finds nothing.
 */
@ApplicationScoped
public class PersonalDataErasure {

  private final TransferRepository transfers;

  PersonalDataErasure(TransferRepository transfers) {
    this.transfers = transfers;
  }

  /**
   * @return how many transfers forgot the person
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int erase(String keycloakUserId) {
    int forgotten = 0;
    for (Transfer transfer : transfers.authoredBy(keycloakUserId)) {
      if (transfer.forgetAuthor(keycloakUserId)) {
        forgotten++;
      }
    }
    return forgotten;
  }
}
