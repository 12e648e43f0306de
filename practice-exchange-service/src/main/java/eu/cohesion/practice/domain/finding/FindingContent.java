package eu.cohesion.practice.domain.finding;

import eu.cohesion.kit.vocabulary.Theme;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Everything a writer of a common finding sets, replaced as a whole by an edit: the original
 * language, the statement and its explanation in it, themes and SDG targets from the network's
 * vocabulary (deduplicated, in the vocabulary's order) and the evidence (deduplicated, in the
 * writer's order).
 */
public record FindingContent(
    String language,
    String statement,
    String explanation,
    List<Theme> themes,
    List<String> sdgTargets,
    List<Citation> evidence) {

  public FindingContent {
    language = PublicationRules.language(language);
    statement =
        PublicationRules.required("statement", statement, PublicationRules.STATEMENT_MAX_LENGTH);
    explanation =
        PublicationRules.text("explanation", explanation, PublicationRules.TEXT_MAX_LENGTH);
    themes = PublicationRules.themes(themes);
    sdgTargets = PublicationRules.sdgTargets(sdgTargets);
    evidence = List.copyOf(new LinkedHashSet<>(evidence == null ? List.of() : evidence));
    if (evidence.size() > PublicationRules.MAX_CITATIONS) {
      throw new IllegalArgumentException(
          "a finding cites at most " + PublicationRules.MAX_CITATIONS + " pieces of evidence");
    }
  }

  /** The written part, the one a revision keeps. */
  public FindingText text() {
    return new FindingText(statement, explanation);
  }
}
