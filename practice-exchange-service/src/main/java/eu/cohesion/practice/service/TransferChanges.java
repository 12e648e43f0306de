package eu.cohesion.practice.service;

import static eu.cohesion.practice.domain.PracticeAction.ANSWER_TRANSFER;
import static eu.cohesion.practice.domain.PracticeAction.MOVE_TRANSFER;
import static eu.cohesion.practice.domain.PracticeAction.REGISTER_TRANSFER;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.Transfer;
import eu.cohesion.practice.domain.TransferRuleException;
import eu.cohesion.practice.domain.TransferStatus;
import eu.cohesion.practice.events.TransferChanged;
import eu.cohesion.practice.events.TransferChanged.Change;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Registers, moves and answers transfers; each change and its {@code eu.cohesion.transfer.changed}
 * commit together, with the practice's transfer count in the search index.
 */
@ApplicationScoped
public class TransferChanges {

  private final TransferRepository transfers;
  private final PracticeCatalogue catalogue;
  private final PracticeSearchIndex searchIndex;
  private final ChangeGate gate;

  TransferChanges(
      TransferRepository transfers,
      PracticeCatalogue catalogue,
      PracticeSearchIndex searchIndex,
      ChangeGate gate) {
    this.transfers = transfers;
    this.catalogue = catalogue;
    this.searchIndex = searchIndex;
    this.gate = gate;
  }

  /**
   * The caller's town's interest in a published practice of another town: 404 for a practice the
   * caller cannot see, 403 for its own town's or without a town, 422 for a second open one.
   */
  @Transactional
  public Transfer register(Actor actor, UUID practiceId, String note) {
    GoodPractice practice = catalogue.get(actor, practiceId);
    PracticePermissions.TABLE.require(
        REGISTER_TRANSFER,
        actor,
        practice.cityCode(),
        "you may not register a transfer of a practice of town " + practice.cityCode());
    if (actor.city() == null) {
      throw new ActionNotPermittedException("a transfer is registered for the caller's own town");
    }
    transfers
        .openOf(practiceId, actor.city())
        .ifPresent(
            open -> {
              throw TransferRuleException.alreadyOpen(actor.city(), open.id());
            });
    Instant now = gate.now();
    Transfer transfer = Transfer.register(practice, actor.city(), actor.subject(), note, now);
    transfers.persist(transfer);
    searchIndex.refreshTransferCount(practiceId);
    gate.created(
        actor,
        REGISTER_TRANSFER,
        "transfer",
        transfer,
        now,
        List.of(TransferChanged.of(transfer, Change.REGISTERED)));
    return transfer;
  }

  /** A step of the adopting town's coordinator. */
  @Transactional
  public Transfer move(
      Actor actor,
      UUID id,
      Long expectedVersion,
      TransferStatus to,
      UUID initiativeId,
      String text) {
    return gate.load("transfer", id, transfers.findByIdOptional(id))
        .permit(PracticePermissions.TABLE, MOVE_TRANSFER, actor, "move transfers")
        .ifMatch(expectedVersion)
        .apply(
            (transfer, now) -> {
              transfer.move(to, initiativeId, text, now);
              searchIndex.refreshTransferCount(transfer.practiceId());
              return List.of(TransferChanged.of(transfer, Change.MOVED));
            });
  }

  /** The answer of the practice's own town, which may not move the transfer. */
  @Transactional
  public Transfer answer(Actor actor, UUID id, Long expectedVersion, String text) {
    ChangeGate.Change<Transfer> change = gate.load("transfer", id, transfers.findByIdOptional(id));
    String source = change.admitted().sourceCity();
    PracticePermissions.TABLE.require(
        ANSWER_TRANSFER,
        actor,
        source,
        "you may not answer transfers of practices of town " + source);
    return change
        .ifMatch(expectedVersion)
        .apply(
            (transfer, now) -> {
              transfer.answer(text, now);
              return List.of(TransferChanged.of(transfer, Change.ANSWERED));
            });
  }
}
