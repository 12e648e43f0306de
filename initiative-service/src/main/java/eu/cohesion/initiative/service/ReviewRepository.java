package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.Review;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

  List<Review> ofRound(UUID roundId) {
    return list("roundId", roundId);
  }

  Optional<Review> ofMember(UUID roundId, UUID memberId) {
    return find("roundId = ?1 and memberId = ?2", roundId, memberId).firstResultOptional();
  }
}
