package eu.cohesion.practice.service.report;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;

/**
 * What the report template prints, already in the requested language and formatted: counts as text
 * (a withheld count as {@code < 5}), labels resolved, towns by name.
 *
 * @param lang the report's language, the document's lang attribute
 * @param labels the report's words in {@code lang} (report/labels*.properties)
 * @param network the network's totals; {@code null} when panel-service's figures are not available
 * @param towns every partner town (or, without panel-service, every town this service knows of)
 * @param initiativeStatuses the initiative status columns, as labels
 * @param initiativesAvailable whether initiative-service's counts are in {@link TownRow}
 */
@TemplateData
public record ReportView(
    String lang,
    Map<String, String> labels,
    String generatedAt,
    Network network,
    List<TownRow> towns,
    List<String> initiativeStatuses,
    boolean initiativesAvailable,
    List<FindingView> findings,
    List<AudienceGroup> recommendations) {

  /** A text in the report's language, or in its original one when not translated. */
  @TemplateData
  public record Text(String text, String lang, boolean fallback) {}

  @TemplateData
  public record Figure(String label, String value) {}

  @TemplateData
  public record Network(List<Figure> figures, List<Figure> pillars) {}

  /**
   * @param panel {@code null} when the town has no ACTIVE panel or panel figures are not available
   * @param initiatives counts per status, in the order of {@link #initiativeStatuses}; empty when
   *     initiative-service's counts are not available
   */
  @TemplateData
  public record TownRow(
      String name,
      String country,
      PanelRow panel,
      List<String> initiatives,
      String practices,
      String takenUp,
      String adopted) {}

  @TemplateData
  public record PanelRow(
      String name, String score, String state, String seats, List<String> pillars) {}

  @TemplateData
  public record FindingView(
      Text statement, Text explanation, List<Citation> evidence, String towns) {}

  @TemplateData
  public record Citation(String kind, String town, String state) {}

  @TemplateData
  public record AudienceGroup(String audience, List<RecommendationView> recommendations) {}

  @TemplateData
  public record RecommendationView(
      Text title,
      Text summary,
      List<String> actions,
      String actionsLang,
      boolean actionsFallback,
      String endorsedBy,
      List<String> findings) {}
}
