package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.Criterion;
import eu.cohesion.initiative.domain.CriterionScore;
import eu.cohesion.initiative.domain.InitiativeRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReviewRequest",
    description = "A reviewer's scores: every criterion 1–5 with a reason")
public record ReviewRequest(
    @NotNull @Valid Score relevance,
    @NotNull @Valid Score effectiveness,
    @NotNull @Valid Score inclusiveness,
    @NotNull @Valid Score sustainability,
    @NotNull @Valid Score transferability) {

  @Schema(name = "ReviewScore", description = "A score 1 (poor) to 5 (excellent) and why")
  public record Score(
      @Schema(minimum = "1", maximum = "5") @NotNull @Min(1) @Max(5) Integer score,
      @Schema(description = "Why; seen by the reviewer only, never published")
          @NotBlank
          @Size(max = InitiativeRules.REVIEW_REASON_MAX_LENGTH)
          String reason) {}

  List<CriterionScore> scores() {
    return List.of(
        score(Criterion.RELEVANCE, relevance),
        score(Criterion.EFFECTIVENESS, effectiveness),
        score(Criterion.INCLUSIVENESS, inclusiveness),
        score(Criterion.SUSTAINABILITY, sustainability),
        score(Criterion.TRANSFERABILITY, transferability));
  }

  private static CriterionScore score(Criterion criterion, Score score) {
    return new CriterionScore(criterion, score.score(), score.reason());
  }
}
