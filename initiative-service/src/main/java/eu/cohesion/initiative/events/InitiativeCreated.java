package eu.cohesion.initiative.events;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativeContent;
import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.initiative.created}: ids and public facts only, the content as
 * taxonomy codes and budget (see {@link ContentFacts}).
 */
public record InitiativeCreated(
    UUID initiativeId,
    UUID panelId,
    String city,
    String title,
    String language,
    List<Theme> themes,
    List<TargetGroup> targetGroups,
    List<String> sdgTargets,
    ContentFacts.Amount budget)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.initiative.created";

  public static InitiativeCreated of(Initiative initiative) {
    InitiativeContent content = initiative.content();
    ContentFacts facts = ContentFacts.of(content);
    return new InitiativeCreated(
        initiative.id(),
        initiative.panelId(),
        initiative.cityCode(),
        content.title(),
        facts.language(),
        facts.themes(),
        facts.targetGroups(),
        facts.sdgTargets(),
        facts.budget());
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
