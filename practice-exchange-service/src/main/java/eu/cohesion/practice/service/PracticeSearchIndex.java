package eu.cohesion.practice.service;

import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticeProfile;
import eu.cohesion.practice.domain.PracticeText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
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
   * The original text in its language and each translation in its own (an untranslated field of a
   * translation is found through the original), with the practice's themes, target groups and SDG
   * targets as facets. Title and summary shown in results stay the original's.
   */
  static SearchDocument document(GoodPractice practice, int transferCount) {
    PracticeProfile profile = practice.profile();
    List<SearchDocument.LanguageText> texts = new ArrayList<>();
    texts.add(languageText(profile.language(), practice.text()));
    practice.translations().forEach(t -> texts.add(languageText(t.language(), t.text())));
    return new SearchDocument(
        practice.id(),
        practice.cityCode(),
        practice.outcome().name(),
        profile.language(),
        texts,
        profile.themes().stream().map(Enum::name).toList(),
        profile.targetGroups().stream().map(Enum::name).toList(),
        profile.sdgTargets(),
        transferCount,
        practice.publishedAt(),
        practice.title(),
        practice.summary());
  }

  private static SearchDocument.LanguageText languageText(String language, PracticeText text) {
    String body =
        Stream.of(
                text.context(),
                text.approach(),
                text.results(),
                text.resources(),
                text.transferability(),
                text.lessons())
            .filter(Objects::nonNull)
            .collect(Collectors.joining("\n"));
    return new SearchDocument.LanguageText(language, text.title(), text.summary(), body);
  }

  private Session session() {
    return entityManager.unwrap(Session.class);
  }
}
