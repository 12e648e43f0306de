package eu.cohesion.practice.domain.finding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything a writer of a recommendation sets, replaced as a whole by an edit: original language,
 * audience, title and summary, the actions it asks for (in order) and the findings that back it.
 */
public record RecommendationContent(
    String language,
    Audience audience,
    String title,
    String summary,
    List<String> actions,
    List<UUID> findingIds) {

  public static final int TITLE_MAX_LENGTH = 200;

  public RecommendationContent {
    language = PublicationRules.language(language);
    Objects.requireNonNull(audience, "audience");
    title = PublicationRules.required("title", title, TITLE_MAX_LENGTH);
    summary = PublicationRules.text("summary", summary, PublicationRules.TEXT_MAX_LENGTH);
    actions = actions(actions);
    findingIds = List.copyOf(new LinkedHashSet<>(findingIds == null ? List.of() : findingIds));
    if (findingIds.size() > PublicationRules.MAX_FINDINGS) {
      throw new IllegalArgumentException(
          "a recommendation cites at most " + PublicationRules.MAX_FINDINGS + " findings");
    }
  }

  /** Blank actions are no actions. */
  static List<String> actions(List<String> actions) {
    List<String> kept =
        (actions == null ? List.<String>of() : actions)
            .stream()
                .map(a -> PublicationRules.text("action", a, PublicationRules.ACTION_MAX_LENGTH))
                .filter(Objects::nonNull)
                .toList();
    if (kept.size() > PublicationRules.MAX_ACTIONS) {
      throw new IllegalArgumentException(
          "a recommendation asks for at most " + PublicationRules.MAX_ACTIONS + " actions");
    }
    return kept;
  }

  public RecommendationText text() {
    return new RecommendationText(title, summary, actions);
  }
}
