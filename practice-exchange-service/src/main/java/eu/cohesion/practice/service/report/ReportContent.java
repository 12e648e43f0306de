package eu.cohesion.practice.service.report;

import eu.cohesion.practice.domain.PracticeReading;
import eu.cohesion.practice.domain.finding.Audience;
import eu.cohesion.practice.domain.finding.CommonFinding;
import eu.cohesion.practice.domain.finding.EvidenceCheck;
import eu.cohesion.practice.domain.finding.PublicationStatus;
import eu.cohesion.practice.domain.finding.Recommendation;
import eu.cohesion.practice.service.finding.FindingCatalogue;
import eu.cohesion.practice.service.finding.FindingRepository;
import eu.cohesion.practice.service.finding.RecommendationCatalogue;
import eu.cohesion.practice.service.finding.RecommendationRepository;
import eu.cohesion.practice.service.report.ReportView.AudienceGroup;
import eu.cohesion.practice.service.report.ReportView.Citation;
import eu.cohesion.practice.service.report.ReportView.Figure;
import eu.cohesion.practice.service.report.ReportView.FindingView;
import eu.cohesion.practice.service.report.ReportView.PanelRow;
import eu.cohesion.practice.service.report.ReportView.RecommendationView;
import eu.cohesion.practice.service.report.ReportView.Text;
import eu.cohesion.practice.service.report.ReportView.TownRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gathers what the report prints (docs/report.md): the peers' public aggregates as they publish
 * them, this service's counts per town, and every published finding and recommendation read in the
 * requested language by the findings API's rules (translated, or the original marked as fallback).
 */
@ApplicationScoped
public class ReportContent {

  /** The counted initiative statuses, as initiative-service lists them (drafts never counted). */
  static final List<String> INITIATIVE_STATUSES =
      List.of("PROPOSED", "APPROVED", "PILOTING", "UNDER_REVIEW", "CONCLUDED", "WITHDRAWN");

  static final String WITHHELD = "< 5";
  private static final String NONE = "–";
  private static final DateTimeFormatter GENERATED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final FindingRepository findings;
  private final FindingCatalogue findingCatalogue;
  private final RecommendationRepository recommendations;
  private final RecommendationCatalogue recommendationCatalogue;
  private final TownResults results;

  ReportContent(
      FindingRepository findings,
      FindingCatalogue findingCatalogue,
      RecommendationRepository recommendations,
      RecommendationCatalogue recommendationCatalogue,
      TownResults results) {
    this.findings = findings;
    this.findingCatalogue = findingCatalogue;
    this.recommendations = recommendations;
    this.recommendationCatalogue = recommendationCatalogue;
    this.results = results;
  }

  public ReportView view(
      String lang,
      Optional<PanelComposition> panels,
      Optional<InitiativeStatistics> initiatives,
      Instant now) {
    Map<String, String> labels = ReportLabels.of(lang);
    Map<String, String> townNames = new LinkedHashMap<>();
    panels.ifPresent(p -> p.cities().forEach(t -> townNames.put(t.city(), t.name())));
    Function<String, String> town =
        code -> code == null ? NONE : townNames.getOrDefault(code, code);

    Map<UUID, FindingView> published = new LinkedHashMap<>();
    for (CommonFinding finding :
        findings.list("status = ?1 order by publishedAt, id", PublicationStatus.PUBLISHED)) {
      published.put(finding.id(), finding(finding, lang, labels, town));
    }
    return new ReportView(
        lang,
        labels,
        GENERATED.format(now),
        panels.map(p -> network(p, labels)).orElse(null),
        towns(panels, initiatives, labels),
        INITIATIVE_STATUSES.stream().map(s -> labels.get("status." + s)).toList(),
        initiatives.isPresent(),
        List.copyOf(published.values()),
        recommendations(lang, labels, town, published));
  }

  private static ReportView.Network network(PanelComposition p, Map<String, String> labels) {
    return new ReportView.Network(
        List.of(
            new Figure(labels.get("network.towns"), Long.toString(p.towns())),
            new Figure(labels.get("network.panels"), Long.toString(p.panels())),
            new Figure(labels.get("network.activePanels"), Long.toString(p.activePanels())),
            new Figure(labels.get("network.members"), seats(p.members()))),
        p.pillars().stream()
            .map(s -> new Figure(labels.get("pillar." + s.pillar()), seats(s.count())))
            .toList());
  }

  private List<TownRow> towns(
      Optional<PanelComposition> panels,
      Optional<InitiativeStatistics> initiatives,
      Map<String, String> labels) {
    Map<String, TownResults.Counts> counts = results.byTown();
    Map<String, InitiativeStatistics.Counts> initiativeCounts =
        initiatives
            .map(
                i ->
                    i.cities().stream()
                        .collect(
                            Collectors.toMap(
                                InitiativeStatistics.TownCounts::city,
                                InitiativeStatistics.TownCounts::counts)))
            .orElse(Map.of());
    List<PanelComposition.Town> towns = new ArrayList<>();
    if (panels.isPresent()) {
      towns.addAll(panels.get().cities());
    } else {
      TreeSet<String> known = new TreeSet<>(counts.keySet());
      known.addAll(initiativeCounts.keySet());
      known.forEach(code -> towns.add(new PanelComposition.Town(code, code, null, null)));
    }
    TownResults.Counts nothing = new TownResults.Counts(0, 0, 0);
    return towns.stream()
        .map(
            t -> {
              TownResults.Counts own = counts.getOrDefault(t.city(), nothing);
              return new TownRow(
                  t.name(),
                  t.countryCode() == null ? NONE : t.countryCode(),
                  panel(t.activePanel(), labels),
                  initiatives.isPresent() ? byStatus(initiativeCounts.get(t.city())) : List.of(),
                  Long.toString(own.practices()),
                  Long.toString(own.takenUp()),
                  Long.toString(own.adopted()));
            })
        .toList();
  }

  private static PanelRow panel(PanelComposition.ActivePanel panel, Map<String, String> labels) {
    if (panel == null) {
      return null;
    }
    String state =
        "BALANCED".equals(panel.state())
            ? labels.get("state.BALANCED")
            : labels.get("state.GAPS").replace("{0}", Integer.toString(panel.gaps()));
    return new PanelRow(
        panel.name(),
        Integer.toString(panel.score()),
        state,
        seats(panel.seats()),
        panel.pillars().stream().map(s -> seats(s.count())).toList());
  }

  private static List<String> byStatus(InitiativeStatistics.Counts counts) {
    Map<String, Long> byStatus = new LinkedHashMap<>();
    if (counts != null) {
      counts.byStatus().forEach(s -> byStatus.put(s.status(), s.count()));
    }
    return INITIATIVE_STATUSES.stream()
        .map(s -> Long.toString(byStatus.getOrDefault(s, 0L)))
        .toList();
  }

  /** A withheld count (below 5) is printed as withheld, exactly as panel-service publishes it. */
  private static String seats(PanelComposition.Seats seats) {
    return seats == null || seats.suppressed() || seats.count() == null
        ? WITHHELD
        : seats.count().toString();
  }

  private static String seats(Integer count) {
    return count == null ? WITHHELD : count.toString();
  }

  private FindingView finding(
      CommonFinding finding,
      String lang,
      Map<String, String> labels,
      Function<String, String> town) {
    Map<String, Text> texts = texts(finding.reading(lang));
    EvidenceCheck check = findingCatalogue.evidence(finding);
    return new FindingView(
        texts.get("statement"),
        texts.get("explanation"),
        check.citations().stream()
            .map(
                c ->
                    new Citation(
                        labels.get("citation." + c.citation().kind().name()),
                        town.apply(c.town()),
                        c.state() == EvidenceCheck.State.PUBLISHED
                            ? null
                            : labels.get("citation.state." + c.state().name())))
            .toList(),
        check.towns().stream().map(town).collect(Collectors.joining(", ")));
  }

  private List<AudienceGroup> recommendations(
      String lang,
      Map<String, String> labels,
      Function<String, String> town,
      Map<UUID, FindingView> published) {
    Map<Audience, List<RecommendationView>> byAudience = new LinkedHashMap<>();
    Arrays.stream(Audience.values()).forEach(a -> byAudience.put(a, new ArrayList<>()));
    for (Recommendation r :
        recommendations.list("status = ?1 order by publishedAt, id", PublicationStatus.PUBLISHED)) {
      Map<String, Text> texts = texts(r.reading(lang));
      boolean actionsTranslated = r.actionsSource(lang) == PracticeReading.Source.TRANSLATED;
      List<String> endorsing = recommendationCatalogue.endorsingTowns(r.id());
      byAudience
          .get(r.audience())
          .add(
              new RecommendationView(
                  texts.get("title"),
                  texts.get("summary"),
                  r.actionsFor(lang),
                  actionsTranslated ? lang : r.language(),
                  !actionsTranslated && !r.language().equals(lang),
                  endorsing.isEmpty()
                      ? labels.get("recommendation.notEndorsed")
                      : endorsing.stream().map(town).collect(Collectors.joining(", ")),
                  r.findingIds().stream()
                      .map(published::get)
                      .filter(f -> f != null)
                      .map(f -> f.statement().text())
                      .toList()));
    }
    return byAudience.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .map(e -> new AudienceGroup(labels.get("audience." + e.getKey().name()), e.getValue()))
        .toList();
  }

  private static Map<String, Text> texts(List<PracticeReading.Field> fields) {
    Map<String, Text> texts = new LinkedHashMap<>();
    for (PracticeReading.Field f : fields) {
      texts.put(
          f.name(),
          f.text() == null
              ? null
              : new Text(f.text(), f.language(), f.source() == PracticeReading.Source.FALLBACK));
    }
    return texts;
  }
}
