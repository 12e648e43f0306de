package eu.cohesion.initiative.events;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativeTransition;
import eu.cohesion.initiative.domain.Outcome;
import eu.cohesion.initiative.domain.ReviewSummary;
import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.initiative.concluded}, sent after the status change to CONCLUDED: what
 * practice-exchange-service needs to draft a good practice from the conclusion, with where each
 * indicator stood and the panel's review results as evidence, and the initiative's language and
 * classification for the practice to start from.
 */
public record InitiativeConcluded(
    UUID initiativeId,
    UUID panelId,
    String city,
    String title,
    String summary,
    Outcome outcome,
    String conclusion,
    Instant concludedAt,
    List<IndicatorOutcome> indicatorOutcomes,
    LocalDate reviewAgainOn,
    ReviewSummary reviewResults,
    String language,
    List<Theme> themes,
    List<TargetGroup> targetGroups,
    List<String> sdgTargets)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.initiative.concluded";

  /**
   * @param reviewResults of the initiative's latest (closed) review round, {@code null} when its
   *     panel opened none
   */
  public static InitiativeConcluded of(
      Initiative initiative,
      InitiativeTransition step,
      List<IndicatorOutcome> indicatorOutcomes,
      ReviewSummary reviewResults) {
    return new InitiativeConcluded(
        initiative.id(),
        initiative.panelId(),
        initiative.cityCode(),
        initiative.title(),
        initiative.summary(),
        initiative.outcome(),
        initiative.conclusion(),
        step.at(),
        List.copyOf(indicatorOutcomes),
        initiative.reviewAgainOn(),
        reviewResults,
        initiative.content().language(),
        initiative.content().themes(),
        initiative.content().targetGroups(),
        initiative.content().sdgTargets());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public UUID subject() {
    return initiativeId;
  }
}
