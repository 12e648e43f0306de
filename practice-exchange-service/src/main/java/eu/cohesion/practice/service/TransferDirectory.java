package eu.cohesion.practice.service;

import eu.cohesion.kit.paging.Filter;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticeStatus;
import eu.cohesion.practice.domain.Transfer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Reads transfers. Where a published practice travelled is public; a transfer of a practice the
 * caller cannot see (no longer published) does not exist to them.
 */
@ApplicationScoped
public class TransferDirectory {

  private final TransferRepository transfers;
  private final PracticeCatalogue catalogue;

  TransferDirectory(TransferRepository transfers, PracticeCatalogue catalogue) {
    this.transfers = transfers;
    this.catalogue = catalogue;
  }

  public ResultPage<Transfer> list(TransferQuery query) {
    return Filter.of(query.paging())
        .and("practice.status = :published", "published", PracticeStatus.PUBLISHED)
        .and("practiceId = :practice", "practice", query.practiceId())
        .and("(cityCode = :city or sourceCity = :city)", "city", query.city())
        .and("initiativeId = :initiative", "initiative", query.initiativeId())
        .page(transfers, query.paging());
  }

  public Transfer get(Actor actor, UUID id) {
    return transfers
        .findByIdOptional(id)
        .filter(transfer -> catalogue.visible(actor, transfer.practice()))
        .orElseThrow(() -> new ResourceNotFoundException("transfer", id));
  }
}
