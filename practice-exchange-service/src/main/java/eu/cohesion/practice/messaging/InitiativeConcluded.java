package eu.cohesion.practice.messaging;

import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import eu.cohesion.practice.domain.IndicatorEvidence;
import eu.cohesion.practice.domain.InitiativeOutcome;
import eu.cohesion.practice.domain.PracticeEvidence;
import eu.cohesion.practice.domain.PracticeProfile;
import eu.cohesion.practice.domain.ReviewEvidence;
import eu.cohesion.practice.service.ConcludedInitiative;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.initiative.concluded} on {@code initiative-events}. Fields the
 * producer adds later are ignored ({@code ReceivedEvent.dataAs}): the contract stays additive. The
 * constraints are the facts a practice is drafted from; an event without them is dead-lettered.
 * {@code reviewResults} (reviews) and {@code indicatorOutcomes} (indicators) are the evidence the
 * practice keeps; either may be absent.
 */
public record InitiativeConcluded(
    @NotNull UUID initiativeId,
    UUID panelId,
    @NotBlank String city,
    @NotBlank String title,
    String summary,
    @NotNull InitiativeOutcome outcome,
    String conclusion,
    Instant concludedAt,
    @Valid ReviewResults reviewResults,
    List<@NotNull @Valid IndicatorOutcome> indicatorOutcomes,
    String language,
    List<@NotNull Theme> themes,
    List<@NotNull TargetGroup> targetGroups,
    List<@NotNull String> sdgTargets) {

  public static final String TYPE = "eu.cohesion.initiative.concluded";

  /** The review round's results as initiative-service sends them; null without a round. */
  public record ReviewResults(
      @NotNull UUID roundId,
      int eligible,
      int submitted,
      List<ReviewEvidence.CriterionResult> criteria,
      List<ReviewEvidence.PillarResult> byPillar) {}

  /** One indicator's outcome as initiative-service sends it. */
  public record IndicatorOutcome(
      @NotNull UUID indicatorId,
      @NotBlank String name,
      String unit,
      String direction,
      BigDecimal baseline,
      BigDecimal target,
      BigDecimal latestValue,
      String latestMeasuredOn,
      BigDecimal progressPercent,
      boolean targetMet) {

    IndicatorEvidence toEvidence() {
      return new IndicatorEvidence(
          indicatorId,
          name,
          unit,
          direction,
          baseline,
          target,
          latestValue,
          latestMeasuredOn,
          progressPercent,
          targetMet);
    }
  }

  ConcludedInitiative toConclusion() {
    ReviewEvidence review =
        reviewResults == null
            ? null
            : new ReviewEvidence(
                reviewResults.roundId(),
                reviewResults.eligible(),
                reviewResults.submitted(),
                reviewResults.criteria(),
                reviewResults.byPillar());
    List<IndicatorEvidence> indicators =
        indicatorOutcomes == null
            ? List.of()
            : indicatorOutcomes.stream().map(IndicatorOutcome::toEvidence).toList();
    return new ConcludedInitiative(
        initiativeId,
        city,
        title,
        summary,
        outcome,
        conclusion,
        new PracticeEvidence(review, indicators),
        new PracticeProfile(language, themes, targetGroups, sdgTargets, null));
  }
}
