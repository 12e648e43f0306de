package eu.cohesion.practice.service;

import eu.cohesion.kit.audit.AdminAudit;
import eu.cohesion.practice.domain.Transfer;
import eu.cohesion.practice.service.discussion.DiscussionErasure;
import eu.cohesion.practice.service.follow.FollowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Applies {@code eu.cohesion.person.erased} to everything this service holds about a person:
 * transfers the person registered keep their town, state and texts (the town's words) but name
 * {@value Transfer#ERASED} as author, and the discussion forgets them (see {@link
 * DiscussionErasure}); what they followed is deleted; the audit of administrative changes keeps
 * each change but names {@code erased} as its actor. In the consumed event's transaction, so it
 * happens at most once per event id; a second erasure finds nothing.
 */
@ApplicationScoped
public class PersonalDataErasure {

  private final TransferRepository transfers;
  private final DiscussionErasure discussion;
  private final FollowRepository follows;
  private final AdminAudit audit;

  PersonalDataErasure(
      TransferRepository transfers,
      DiscussionErasure discussion,
      FollowRepository follows,
      AdminAudit audit) {
    this.transfers = transfers;
    this.discussion = discussion;
    this.follows = follows;
    this.audit = audit;
  }

  /**
   * @return how many transfers forgot the person
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int erase(UUID keycloakUserId) {
    String subject = keycloakUserId.toString();
    int forgotten = 0;
    for (Transfer transfer : transfers.authoredBy(subject)) {
      if (transfer.forgetAuthor(subject)) {
        forgotten++;
      }
    }
    discussion.erase(keycloakUserId);
    follows.forget(subject);
    audit.anonymise(subject);
    return forgotten;
  }
}
