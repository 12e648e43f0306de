package eu.cohesion.initiative.service;

import java.util.List;

/**
 * How many initiatives a list holds, and per facet value how many it would hold with that value
 * chosen instead of the facet's current choice.
 */
public record InitiativeFacets(
    long totalItems,
    List<Count> statuses,
    List<Count> themes,
    List<Count> targetGroups,
    List<Count> sdgTargets,
    List<Count> panels,
    List<Count> cities) {

  /**
   * @param label a name to show for the value (a panel's name), or {@code null}
   */
  public record Count(String value, String label, long count) {}
}
