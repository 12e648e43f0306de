package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.Criterion;
import eu.cohesion.initiative.domain.Pillar;
import eu.cohesion.initiative.domain.Review;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewDetail", description = "The caller's own review in a round")
public record ReviewDetail(
    UUID roundId,
    @Schema(description = "The reviewer's pillar on the panel") Pillar pillar,
    List<CriterionEntry> scores,
    @Schema(description = "ISO-8601 UTC") Instant submittedAt,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt,
    @Schema(description = "Send it back in If-Match to change the review; also the ETag")
        long version) {

  @Schema(name = "ReviewCriterionEntry")
  public record CriterionEntry(Criterion criterion, int score, String reason) {}

  static ReviewDetail of(Review review) {
    return new ReviewDetail(
        review.roundId(),
        review.pillar(),
        review.scores().stream()
            .map(s -> new CriterionEntry(s.criterion(), s.score(), s.reason()))
            .toList(),
        review.submittedAt(),
        review.updatedAt(),
        review.version());
  }
}
