package eu.cohesion.initiative.events;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativeContent;
import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.initiative.changed}, sent when a coordinator rewrites an initiative's
 * content: the facts after the edit, whole, so that a consumer needs no earlier event.
 */
public record InitiativeChanged(
    UUID initiativeId,
    UUID panelId,
    String city,
    String title,
    String language,
    List<Theme> themes,
    List<TargetGroup> targetGroups,
    List<String> sdgTargets,
    ContentFacts.Amount budget,
    Instant changedAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.initiative.changed";

  public static InitiativeChanged of(Initiative initiative) {
    InitiativeContent content = initiative.content();
    ContentFacts facts = ContentFacts.of(content);
    return new InitiativeChanged(
        initiative.id(),
        initiative.panelId(),
        initiative.cityCode(),
        content.title(),
        facts.language(),
        facts.themes(),
        facts.targetGroups(),
        facts.sdgTargets(),
        facts.budget(),
        initiative.updatedAt());
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
