package eu.cohesion.practice.service;

import eu.cohesion.practice.domain.GoodPractice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * Keeps {@code practice_search} in step with the practices: the one place the index is written.
 * Called by the use cases that publish or change a practice, in their transaction, so that a
 * practice is findable exactly when its publication commits.
 */
@ApplicationScoped
public class PracticeSearchIndex {

  private final PracticeRepository practices;
  private final TransferRepository transfers;
  private final EntityManager entityManager;

  PracticeSearchIndex(
      PracticeRepository practices, TransferRepository transfers, EntityManager entityManager) {
    this.practices = practices;
    this.transfers = transfers;
    this.entityManager = entityManager;
  }

  /**
   * Writes the practice's row as it now is (its changes in this transaction included), or removes
   * it when the practice is not published.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void refresh(UUID practiceId) {
    GoodPractice practice = practices.findById(practiceId);
    if (practice == null || !practice.isPublished()) {
      session().doWork(connection -> PracticeSearchSql.remove(connection, practiceId));
    } else {
      store(document(practice, (int) transfers.countNotAbandoned(practiceId)));
    }
  }

  /**
   * Counts the practice's transfers that were not abandoned into its row (none while it is not
   * published), in the transaction that registered or moved one of them.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void refreshTransferCount(UUID practiceId) {
    entityManager.flush();
    entityManager
        .createNativeQuery("update practice_search set transfer_count = ?1 where practice_id = ?2")
        .setParameter(1, (int) transfers.countNotAbandoned(practiceId))
        .setParameter(2, practiceId)
        .executeUpdate();
  }

  /** Writes one row as given: refresh's second half, also for tests of richer documents. */
  @Transactional
  public void store(SearchDocument document) {
    session().doWork(connection -> PracticeSearchSql.store(connection, document));
  }

  /**
   * Practices carry one text in no named language yet, nor themes, target groups or SDG targets:
   * the text is indexed with the simple configuration and the facet lists stay empty.
   */
  static SearchDocument document(GoodPractice practice, int transferCount) {
    String body =
        Stream.of(
                practice.context(),
                practice.approach(),
                practice.results(),
                practice.resources(),
                practice.transferability(),
                practice.lessons())
            .filter(Objects::nonNull)
            .collect(Collectors.joining("\n"));
    return new SearchDocument(
        practice.id(),
        practice.cityCode(),
        practice.outcome().name(),
        null,
        List.of(new SearchDocument.LanguageText(null, practice.title(), practice.summary(), body)),
        List.of(),
        List.of(),
        List.of(),
        transferCount,
        practice.publishedAt(),
        practice.title(),
        practice.summary());
  }

  private Session session() {
    return entityManager.unwrap(Session.class);
  }
}
