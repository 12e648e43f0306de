package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.ReviewRound;
import eu.cohesion.initiative.domain.ReviewRoundStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReviewRoundRepository implements PanacheRepositoryBase<ReviewRound, UUID> {

  /** The initiative's most recent round, open or closed. */
  Optional<ReviewRound> latestOf(UUID initiativeId) {
    return find("initiativeId = ?1 order by openedAt desc", initiativeId).firstResultOptional();
  }

  List<ReviewRound> openClosingBefore(Instant limit) {
    return list("status = ?1 and closesAt <= ?2", ReviewRoundStatus.OPEN, limit);
  }
}
