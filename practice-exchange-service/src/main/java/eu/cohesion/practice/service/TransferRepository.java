package eu.cohesion.practice.service;

import eu.cohesion.practice.domain.Transfer;
import eu.cohesion.practice.domain.TransferStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TransferRepository implements PanacheRepositoryBase<Transfer, UUID> {

  private static final List<TransferStatus> OPEN =
      List.of(TransferStatus.INTERESTED, TransferStatus.ADAPTING);

  /** Same question as the partial unique index {@code uq_practice_transfer_open}. */
  Optional<Transfer> openOf(UUID practiceId, String city) {
    return find("practiceId = ?1 and cityCode = ?2 and status in ?3", practiceId, city, OPEN)
        .firstResultOptional();
  }

  /** What practice_search counts: every transfer that was not abandoned. */
  long countNotAbandoned(UUID practiceId) {
    return count("practiceId = ?1 and status <> ?2", practiceId, TransferStatus.ABANDONED);
  }

  List<Transfer> authoredBy(String keycloakUserId) {
    return list("createdBy = ?1 order by createdAt, id", keycloakUserId);
  }
}
