package eu.cohesion.practice.domain.finding;

import java.util.List;

/**
 * The written part of a recommendation in one language. In a translation, {@code actions} is either
 * empty (read in the original) or translates every action, in the original's order.
 */
public record RecommendationText(String title, String summary, List<String> actions) {

  public RecommendationText {
    actions = actions == null ? List.of() : List.copyOf(actions);
  }
}
