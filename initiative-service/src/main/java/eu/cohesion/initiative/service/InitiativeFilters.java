package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import java.util.List;
import java.util.UUID;

/**
 * What a list of initiatives is narrowed to. Values within one filter are alternatives (any of
 * them), filters combine (all of them); an empty list does not filter.
 *
 * @param city only this town's initiatives; {@code null} means the caller's own town, or every town
 *     for a caller who may read them all
 */
public record InitiativeFilters(
    String city,
    List<UUID> panelIds,
    List<InitiativeStatus> statuses,
    List<Theme> themes,
    List<TargetGroup> targetGroups,
    List<String> sdgTargets) {

  public InitiativeFilters {
    panelIds = panelIds == null ? List.of() : List.copyOf(panelIds);
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
    themes = themes == null ? List.of() : List.copyOf(themes);
    targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
    sdgTargets = sdgTargets == null ? List.of() : List.copyOf(sdgTargets);
  }

  /** The same filters in the town the caller may list. */
  InitiativeFilters in(String town) {
    return new InitiativeFilters(town, panelIds, statuses, themes, targetGroups, sdgTargets);
  }
}
