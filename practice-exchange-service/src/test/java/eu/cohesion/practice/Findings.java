package eu.cohesion.practice;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.kit.vocabulary.Theme;
import eu.cohesion.practice.domain.finding.Audience;
import eu.cohesion.practice.domain.finding.Citation;
import eu.cohesion.practice.domain.finding.CitationKind;
import eu.cohesion.practice.domain.finding.CommonFinding;
import eu.cohesion.practice.domain.finding.FindingContent;
import eu.cohesion.practice.domain.finding.Recommendation;
import eu.cohesion.practice.domain.finding.RecommendationContent;
import eu.cohesion.practice.service.finding.FindingWriting;
import eu.cohesion.practice.service.finding.RecommendationWriting;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Findings and recommendations for tests, made through the use cases as the network admin (or a
 * town's coordinator) makes them; tests of anonymous callers need this, since a test's requests all
 * carry one identity.
 */
@ApplicationScoped
public class Findings {

  public static final Actor ADMIN = new Actor("fixture-admin", Set.of(Role.NETWORK_ADMIN), null);

  private final Practices practices;
  private final FindingWriting findings;
  private final RecommendationWriting recommendations;

  Findings(Practices practices, FindingWriting findings, RecommendationWriting recommendations) {
    this.practices = practices;
    this.findings = findings;
    this.recommendations = recommendations;
  }

  public static Actor coordinator(String city) {
    return new Actor("fixture-coordinator-" + city, Set.of(Role.CITY_COORDINATOR), city);
  }

  /** A draft citing one published practice of each town: version 0. */
  public UUID draft(Actor author, String statement, String... towns) {
    return draft(author, statement, List.of(), towns);
  }

  /** A draft of these themes citing one published practice of each town: version 0. */
  public UUID draft(Actor author, String statement, List<Theme> themes, String... towns) {
    List<Citation> evidence =
        java.util.Arrays.stream(towns)
            .map(town -> new Citation(CitationKind.PRACTICE, practices.published(town, statement)))
            .toList();
    CommonFinding finding =
        findings.draft(
            author, new FindingContent("en", statement, "Explained", themes, List.of(), evidence));
    return finding.id();
  }

  /** A published finding citing a published practice of Tartu and one of Celje: version 1. */
  public UUID published(String statement) {
    UUID id = draft(ADMIN, statement, "tartu", "celje");
    findings.publish(ADMIN, id, 0L);
    return id;
  }

  public UUID recommendation(Actor author, String title, List<UUID> findingIds) {
    Recommendation recommendation =
        recommendations.draft(
            author,
            new RecommendationContent(
                "en", Audience.LOCAL_AUTHORITIES, title, "Summary", List.of("Act"), findingIds));
    return recommendation.id();
  }

  /** A published recommendation backed by a fresh published finding: version 1. */
  public UUID publishedRecommendation(String title) {
    UUID id = recommendation(ADMIN, title, List.of(published("Backing " + title)));
    recommendations.publish(ADMIN, id, 0L);
    return id;
  }
}
